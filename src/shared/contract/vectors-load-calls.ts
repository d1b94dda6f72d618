import { z } from 'zod';
import { embedderInfoSchema, idSchema, LIMITS } from './schemas';

/**
 * Streamed loading of a big word-vector file (GloVe text, .vec, word2vec .bin): the caller sends the file in
 * chunks (awaiting each, which paces it to the parser), and the core parses each chunk as it arrives, so a
 * 2 GB GloVe file never sits in memory whole and the UI can show progress and offer Cancel. The one-call
 * `loadWordVectors` stays for the CLI and small files. Declared here and spread into `coreCalls`.
 */

/** 16 MiB: the largest chunk one `appendVectorsLoad` carries (the renderer sends ~8 MiB slices of the file). */
export const MAX_VECTORS_CHUNK_BYTES = 16 * 1024 * 1024;

/** 1 TiB: a bound on the size a caller announces (the progress bar's total), far above any real file. */
const MAX_VECTORS_TOTAL_BYTES = 2 ** 40;

export const beginVectorsLoadInput = z.object({
  fileName: z.string().min(1).max(LIMITS.maxFileNameLength),
  /** The file's size, for progress; the parser does not rely on it. */
  totalBytes: z.number().int().nonnegative().max(MAX_VECTORS_TOTAL_BYTES),
  /** Keep only the first N words (files are ordered by frequency); null keeps all. */
  maxWords: z.number().int().positive().nullable(),
  /** Skip and count malformed lines instead of failing on the first one. */
  lenient: z.boolean(),
});

export const appendVectorsLoadInput = z.object({
  loadId: idSchema,
  bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_VECTORS_CHUNK_BYTES, {
    error: `a chunk is larger than ${MAX_VECTORS_CHUNK_BYTES} bytes`,
  }),
});

/** Where a load stands after a chunk. */
export const vectorsLoadProgressSchema = z.object({
  /** Bytes received so far, including any ignored after the word limit was reached. */
  bytesRead: z.number().int().nonnegative(),
  /** Words kept so far. */
  words: z.number().int().nonnegative(),
  /** The word limit is reached: later chunks are acknowledged and ignored, so the caller may finish now. */
  full: z.boolean(),
});

/** The loaded file, as `loadWordVectors` answers. */
export const vectorsLoadedSchema = z.object({
  embedder: embedderInfoSchema,
  words: z.number().int().nonnegative(),
  dimension: z.number().int().positive(),
  skippedLines: z.number().int().nonnegative(),
});

const loadIdInput = z.object({ loadId: idSchema });

export const vectorsLoadCalls = {
  /** Starts a streamed load; a load still open is aborted (one at a time bounds memory). */
  beginVectorsLoad: { input: beginVectorsLoadInput, output: z.object({ loadId: idSchema }) },
  /**
   * Parses the next chunk, answering once it is consumed; fails with the file's line for a malformed entry
   * (the load is then dropped).
   */
  appendVectorsLoad: { input: appendVectorsLoadInput, output: vectorsLoadProgressSchema },
  /** Ends the file: the vectors become the embedder `vectors:<file name>` (replacing one of the same name). */
  finishVectorsLoad: { input: loadIdInput, output: vectorsLoadedSchema },
  /** Cancels a load and frees it; embedders loaded before are untouched. `aborted` is false for an unknown id. */
  abortVectorsLoad: { input: loadIdInput, output: z.object({ aborted: z.boolean() }) },
} as const;

/** Where a streamed word-vector load stands after a chunk. */
export type VectorsLoadProgress = z.infer<typeof vectorsLoadProgressSchema>;
