import { z } from 'zod';
import { MAX_IMPORT_CHUNK_BYTES } from './import-calls';
import { importProjectOutput } from './project-calls';
import { idSchema, LIMITS } from './schemas';

/**
 * A project file sent in chunks: `importProject` carries the whole file in one call and is bounded by
 * LIMITS.maxFileBytes (512 MiB), but an autosave of a large data set with its embeddings can be bigger (a
 * million 384-d rows are 1.5 GB of float32). The core gathers the chunks into one buffer of the announced size
 * and opens it as `importProject` would. Declared here and spread into `coreCalls`.
 */

/**
 * 4 GiB: the largest single buffer V8 gives a typed array on every 64-bit host we run on (Node's
 * buffer.constants.MAX_LENGTH), and so the largest project the core can hold to unzip.
 */
export const MAX_PROJECT_UPLOAD_BYTES = 4 * 1024 * 1024 * 1024;

export const projectUploadCalls = {
  /** Starts a chunked project import of `totalBytes` bytes; one at a time (a new one drops the last). */
  beginProjectImport: {
    input: z.object({
      fileName: z.string().min(1).max(LIMITS.maxFileNameLength),
      totalBytes: z.number().int().min(1).max(MAX_PROJECT_UPLOAD_BYTES),
    }),
    output: z.object({ uploadId: idSchema }),
  },
  /** The next chunk, in order; fails (and drops the upload) if it would run past the announced size. */
  appendProjectImport: {
    input: z.object({
      uploadId: idSchema,
      bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_IMPORT_CHUNK_BYTES, {
        error: `a chunk is larger than ${MAX_IMPORT_CHUNK_BYTES} bytes`,
      }),
    }),
    output: z.object({ bytesReceived: z.number().int().nonnegative() }),
  },
  /** Opens the gathered file exactly as `importProject` does; the upload is gone afterwards. */
  finishProjectImport: {
    input: z.object({ uploadId: idSchema }),
    output: importProjectOutput,
  },
  /** Drops an upload; `aborted` is false for an unknown id. */
  abortProjectImport: {
    input: z.object({ uploadId: idSchema }),
    output: z.object({ aborted: z.boolean() }),
  },
} as const;
