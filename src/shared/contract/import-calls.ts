import { z } from 'zod';
import { datasetPreviewSchema, encodingChoiceSchema, idSchema, LIMITS, sampleSpecSchema } from './schemas';

/**
 * Streamed import of big files: the caller sends a file in chunks (awaiting each, which paces it to the
 * core), and the core decodes and parses each chunk as it arrives, keeping every row or a bounded random
 * sample, so a 1 GB CSV never sits in memory whole. Declared here and spread into `coreCalls`.
 */

/** 16 MiB: the largest chunk one `appendImport` carries (the renderer sends ~8 MiB slices of the file). */
export const MAX_IMPORT_CHUNK_BYTES = 16 * 1024 * 1024;

/** 1 TiB: a bound on the size a caller announces (the progress bar's total), far above any real file. */
const MAX_IMPORT_TOTAL_BYTES = 2 ** 40;

export const beginImportInput = z.object({
  fileName: z.string().min(1).max(LIMITS.maxFileNameLength),
  /** The file's size, for progress; the import does not rely on it. */
  totalBytes: z.number().int().nonnegative().max(MAX_IMPORT_TOTAL_BYTES),
  /** The text encoding; detected from the head of the file when absent or 'auto'. */
  encoding: encodingChoiceSchema.optional(),
  /** Pad short rows and truncate long ones (counted in the preview) instead of failing on the first. */
  lenient: z.boolean().optional(),
  /** Keep a seeded random sample of rows (stratified by a column) instead of all; null keeps every row. */
  sample: sampleSpecSchema.nullable(),
});

export const appendImportInput = z.object({
  importId: idSchema,
  bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_IMPORT_CHUNK_BYTES, {
    error: `a chunk is larger than ${MAX_IMPORT_CHUNK_BYTES} bytes`,
  }),
});

/** Where an import stands after a chunk. */
export const importProgressSchema = z.object({
  bytesRead: z.number().int().nonnegative(),
  /** Data rows read so far, before sampling. */
  rows: z.number().int().nonnegative(),
});

/** The preview of a streamed file: the usual preview, and how many rows the file had before sampling. */
export const streamedPreviewSchema = datasetPreviewSchema.extend({
  /** Data rows the file had; `rowCount` is how many were kept (fewer when sampled). */
  rowsRead: z.number().int().nonnegative(),
  sampled: z.boolean(),
});

export const importCalls = {
  /** Starts a streamed import; an import still open is dropped (one at a time bounds memory). */
  beginImport: { input: beginImportInput, output: z.object({ importId: idSchema }) },
  /** Reads the next chunk of the file; fails with the file's line for bad data (the import is then dropped). */
  appendImport: { input: appendImportInput, output: importProgressSchema },
  /** Ends the file: the data set is opened and previewed. */
  finishImport: { input: z.object({ importId: idSchema }), output: streamedPreviewSchema },
  /** Drops an import (Cancel); data sets opened before are untouched. `aborted` is false for an unknown id. */
  abortImport: { input: z.object({ importId: idSchema }), output: z.object({ aborted: z.boolean() }) },
} as const;

/** The preview `finishImport` returns. */
export type StreamedPreview = z.infer<typeof streamedPreviewSchema>;
