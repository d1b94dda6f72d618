import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { CoreApi, CoreOutput, EncodingChoice, SampleSpec } from '../shared/contract';
import { StudioError } from '../shared/errors';

/** 8 MiB per chunk: what the app sends too; few calls, and half the contract's 16 MiB limit. */
const CHUNK_BYTES = 8 * 1024 * 1024;

/** How `--input` is read. */
export interface InputImport {
  readonly encoding: EncodingChoice;
  readonly lenient: boolean;
  /** Keep a seeded (stratified) sample while reading instead of every row. */
  readonly sample: SampleSpec | null;
}

function readError(path: string, error: unknown): StudioError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
  return new StudioError('unsupported-format', `Cannot read --input "${path}": ${reason}.`, { file: path });
}

/**
 * Opens `--input` through the core's streamed import: the file is read as a Node stream and each chunk is
 * parsed before the next is read, so a file of several gigabytes never sits in memory whole (and with a
 * sample only the sample is kept). A failure aborts the import and names the file (and line).
 */
export async function importInput(
  core: CoreApi,
  path: string,
  options: InputImport,
): Promise<CoreOutput<'finishImport'>> {
  const { importId } = await core.beginImport({
    fileName: basename(path),
    totalBytes: 0,
    encoding: options.encoding,
    lenient: options.lenient,
    sample: options.sample,
  });
  try {
    const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES });
    try {
      for await (const chunk of stream) {
        const buffer = chunk as Buffer;
        // A file stream's buffers sit on plain ArrayBuffers (never shared memory).
        const memory = buffer.buffer as ArrayBuffer;
        await core.appendImport({
          importId,
          bytes: new Uint8Array(memory, buffer.byteOffset, buffer.byteLength),
        });
      }
    } catch (error) {
      throw error instanceof StudioError ? error : readError(path, error);
    }
    return await core.finishImport({ importId });
  } catch (error) {
    await core.abortImport({ importId });
    throw error;
  }
}
