import { z } from 'zod';

/**
 * Runtime schemas for everything that crosses a process boundary. The TypeScript types in this folder are
 * inferred from them, so a type and its validator can never drift apart.
 */

/** Limits that keep a single request bounded; they are generous for the skeleton and tightened by the data issue. */
export const LIMITS = {
  /** 512 MiB: the largest file accepted in one `openFile` call (bytes travel in memory). */
  maxFileBytes: 512 * 1024 * 1024,
  /** Identifiers are short machine strings; 200 chars leaves room for generated ids. */
  maxIdLength: 200,
  /** File names as shown to the user. */
  maxFileNameLength: 1024,
} as const;

export const idSchema = z.string().min(1).max(LIMITS.maxIdLength);

export const localizedTextSchema = z.object({ en: z.string(), ru: z.string() });

export const sampleInfoSchema = z.object({
  id: idSchema,
  title: localizedTextSchema,
  description: localizedTextSchema,
  fileName: z.string(),
});

export const embedderInfoSchema = z.object({
  id: idSchema,
  name: localizedTextSchema,
  description: localizedTextSchema,
  /** Languages it handles well, as BCP-47 codes, or ['*'] for language-agnostic. */
  languages: z.array(z.string()),
  /** Output dimension, or the upper bound when it depends on the corpus. */
  dimension: z.number().int().positive(),
  /** Whether it learns from the user's own texts (no weights to download). */
  trainsOnInput: z.boolean(),
  needsDownload: z.boolean(),
});

export const tableFormatSchema = z.enum(['txt', 'csv', 'tsv']);

export const datasetPreviewSchema = z.object({
  datasetId: idSchema,
  name: z.string(),
  format: tableFormatSchema,
  columns: z.array(z.string()),
  rowCount: z.number().int().nonnegative(),
  /** The first rows, as decoded text, so the user sees what will be used before running anything. */
  previewRows: z.array(z.array(z.string())),
  suggestedTextColumn: z.string(),
  suggestedLabelColumn: z.string().nullable(),
});

export const reductionMethodSchema = z.enum(['pca']);
export const layoutDimsSchema = z.union([z.literal(2), z.literal(3)]);

export const mapRequestSchema = z.object({
  datasetId: idSchema,
  textColumn: z.string().min(1),
  labelColumn: z.string().min(1).nullable(),
  embedderId: idSchema,
  method: reductionMethodSchema,
  dims: layoutDimsSchema,
  /** Seeds every random choice (SVD sketch, later UMAP/t-SNE), so the same request gives the same map. */
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1),
});

export const mapResultSchema = z.object({
  datasetId: idSchema,
  count: z.number().int().nonnegative(),
  dims: layoutDimsSchema,
  texts: z.array(z.string()),
  labels: z.array(z.string().nullable()),
  /** Row-major coordinates, `count × dims`. */
  coords: z.instanceof(Float32Array),
  /** Share of variance each output axis explains (PCA), in [0, 1]. */
  explainedVariance: z.array(z.number()),
  embedderId: idSchema,
  embeddingDimension: z.number().int().positive(),
  method: reductionMethodSchema,
  seed: z.number().int(),
  elapsedMs: z.number().nonnegative(),
});

export const jobStageSchema = z.enum(['prepare', 'embed', 'reduce']);

export const errorInfoSchema = z.object({
  code: z.string(),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
