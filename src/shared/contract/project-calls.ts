import { z } from 'zod';
import { datasetPreviewSchema, idSchema, LIMITS, mapResultSchema } from './schemas';

/** Sixteen maps: more layouts than a person compares side by side, and it bounds one project's size. */
export const MAX_PROJECT_MAPS = 16;

/** The renderer's view state (camera, colouring, labels, selection, bookmarks): opaque JSON to the core. */
export const projectViewSchema = z.json();

export const exportProjectInput = z.object({
  /** The maps to save, in order; each must still be kept by the core (the latest few are). */
  mapIds: z.array(idSchema).min(1).max(MAX_PROJECT_MAPS),
  view: projectViewSchema,
});

export const exportProjectOutput = z.object({
  /** The project file's bytes (a ZIP container, docs/project-format.md). */
  bytes: z.instanceof(Uint8Array),
});

export const importProjectInput = z.object({
  fileName: z.string().min(1).max(LIMITS.maxFileNameLength),
  bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= LIMITS.maxFileBytes, {
    error: `file is larger than ${LIMITS.maxFileBytes} bytes`,
  }),
});

export const importProjectOutput = z.object({
  datasets: z.array(datasetPreviewSchema),
  /** The saved maps, in saved order, restored under new ids. */
  maps: z.array(mapResultSchema),
  view: projectViewSchema,
  /** Saved map id → the id it has now, so the view's references can be followed. */
  renamedMaps: z.record(z.string(), idSchema),
});

/** The renderer's view state as the core carries it: any JSON value. */
export type ProjectView = z.infer<typeof projectViewSchema>;
