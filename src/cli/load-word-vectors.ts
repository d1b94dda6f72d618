import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { StudioError } from '../shared/errors';
import { parseWordVectors } from '../core/embedders/word-vectors/word-vector-parser';
import type { WordVectors } from '../core/embedders/word-vectors/word-vectors';
import type { VectorsOptions } from './vectors-options';

/** 4 MiB reads: the stream's default 64 KiB costs more in per-chunk overhead on a multi-gigabyte file. */
const READ_CHUNK_BYTES = 4 << 20;

/** Fails with a one-line reason naming `flag` when `path` is missing or a folder, before any reading starts. */
export async function checkReadable(flag: string, path: string): Promise<void> {
  let reason: string | null = null;
  try {
    if ((await stat(path)).isDirectory()) reason = 'it is a folder';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    reason = code === 'ENOENT' ? 'no such file' : (error as Error).message;
  }
  if (reason !== null) {
    throw new StudioError('unsupported-format', `Cannot read ${flag} "${path}": ${reason}.`, { file: path });
  }
}

/**
 * Streams the --vectors file through the parser (never reading it whole), as `neighbors` and `analogy` do;
 * malformed lines skipped under --lenient are counted on `stderr`.
 */
export async function loadWordVectors(
  options: VectorsOptions,
  stderr: NodeJS.WritableStream,
): Promise<{ readonly vectors: WordVectors; readonly fileName: string }> {
  await checkReadable('--vectors', options.vectors);
  const fileName = basename(options.vectors);
  const parsed = await parseWordVectors(
    createReadStream(options.vectors, { highWaterMark: READ_CHUNK_BYTES }),
    { fileName, maxWords: options.maxWords, lenient: options.lenient },
  );
  if (parsed.skippedLines > 0)
    stderr.write(`Skipped ${parsed.skippedLines} malformed lines of ${fileName}.\n`);
  return { vectors: parsed.vectors, fileName };
}
