import { z } from 'zod';
import {
  mapMethodSchema,
  mapRequestSchema,
  tableFormatSchema,
  textEncodingSchema,
} from '../../shared/contract';

/** Identifies the container's content, so a random ZIP is not mistaken for a project. */
export const PROJECT_FORMAT = 'embedding-studio-project';

/** The format version this build writes and the newest it reads (docs/project-format.md). */
export const PROJECT_FORMAT_VERSION = 1;

const count = z.number().int().nonnegative();

/** One data set in the manifest: where its entries are and what shape they have. */
export const manifestDatasetSchema = z.object({
  path: z.string(),
  name: z.string(),
  format: tableFormatSchema,
  encoding: textEncodingSchema.nullable(),
  rows: count,
  columns: z.array(z.string()),
  /** The shape of `vectors.f32` when the file carried vectors (.npy), else null. */
  vectors: z.object({ rows: count, cols: z.number().int().positive() }).nullable(),
});

/** One map in the manifest: its ids, shapes, and the full request (every parameter and seed). */
export const manifestMapSchema = z.object({
  path: z.string(),
  /** Index into `datasets`. */
  dataset: count,
  savedMapId: z.string(),
  request: mapRequestSchema.omit({ datasetId: true }),
  embedderId: z.string(),
  method: mapMethodSchema,
  dims: z.union([z.literal(2), z.literal(3)]),
  count,
  embeddingDimension: z.number().int().positive(),
  seed: z.number().int(),
});

export const projectManifestSchema = z.object({
  format: z.literal(PROJECT_FORMAT),
  formatVersion: z.number().int().positive(),
  appVersion: z.string(),
  /** ISO 8601, UTC. */
  createdAt: z.string(),
  datasets: z.array(manifestDatasetSchema),
  maps: z.array(manifestMapSchema),
});

export type ProjectManifest = z.infer<typeof projectManifestSchema>;
export type ManifestDataset = z.infer<typeof manifestDatasetSchema>;
export type ManifestMap = z.infer<typeof manifestMapSchema>;

/** `datasets/<i>/table.json`: the rows as strings, exactly as opened. */
export const tableEntrySchema = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.string())),
});

/** `maps/<i>/map.json`: what a map shows besides its coordinates. */
export const mapEntrySchema = z.object({
  texts: z.array(z.string()),
  labels: z.array(z.string().nullable()),
  columns: z.array(z.object({ name: z.string(), values: z.array(z.string()) })),
  explainedVariance: z.array(z.number()),
  unembedded: z.array(z.string()),
  elapsedMs: z.number().nonnegative(),
});

/** The entry names inside the container. */
export const ENTRY = {
  manifest: 'manifest.json',
  view: 'view.json',
  table: (path: string) => `${path}table.json`,
  vectors: (path: string) => `${path}vectors.f32`,
  map: (path: string) => `${path}map.json`,
  coords: (path: string) => `${path}coords.f32`,
  embeddings: (path: string) => `${path}embeddings.f32`,
} as const;
