import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { StudioError } from '../shared/errors';
import { parseWordVectors } from '../core/embedders/word-vectors/word-vector-parser';
import type { NeighborsOptions } from './neighbors-options';

/** 4 MiB reads: the stream's default 64 KiB costs more in per-chunk overhead on a multi-gigabyte file. */
const READ_CHUNK_BYTES = 4 << 20;

async function checkReadable(path: string): Promise<void> {
  let reason: string | null = null;
  try {
    if ((await stat(path)).isDirectory()) reason = 'it is a folder';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    reason = code === 'ENOENT' ? 'no such file' : (error as Error).message;
  }
  if (reason !== null) {
    throw new StudioError('unsupported-format', `Cannot read --vectors "${path}": ${reason}.`, {
      file: path,
    });
  }
}

/**
 * Runs `embedding-studio neighbors`: streams the vector file through the parser (never reading it whole),
 * looks the word up and prints its nearest words as `word<TAB>score`, one per line.
 */
export async function runNeighborsCommand(
  options: NeighborsOptions,
  stdout: NodeJS.WritableStream,
  stderr: NodeJS.WritableStream,
): Promise<void> {
  await checkReadable(options.vectors);
  const fileName = basename(options.vectors);
  const parsed = await parseWordVectors(
    createReadStream(options.vectors, { highWaterMark: READ_CHUNK_BYTES }),
    {
      fileName,
      maxWords: options.maxWords,
      lenient: options.lenient,
    },
  );
  const { vectors } = parsed;
  if (parsed.skippedLines > 0)
    stderr.write(`Skipped ${parsed.skippedLines} malformed lines of ${fileName}.\n`);
  const row = vectors.find(options.word);
  if (row === undefined) {
    const count = vectors.rows.toLocaleString('en-US');
    throw new Error(`"${options.word.trim()}" is not in the vocabulary of ${count} words of ${fileName}.`);
  }
  const neighbors = vectors.nearestToWord(row, { k: options.k, metric: options.metric });
  stdout.write(neighbors.map((neighbor) => `${neighbor.word}\t${neighbor.score.toFixed(4)}\n`).join(''));
}
