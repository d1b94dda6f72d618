import { rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { expandColumnSpec } from '../core/dataset/column-spec';
import { PRECOMPUTED_VECTORS_ID, type DatasetPreview, type MapRequest } from '../shared/contract';
import type { MapOptions } from './map-options';

/**
 * The request fields `map`'s import flags add: a sample, and a precomputed source (`--vectors SPEC|file`,
 * `--coords SPEC`, whose dims follow the number of columns), with column specs expanded against the file.
 */
export function sourceOf(options: MapOptions, preview: DatasetPreview): Partial<MapRequest> {
  const { sample, vectors, coords } = options.import;
  const sampled = sample === undefined ? {} : { sample };
  if (coords !== undefined) {
    const columns = expandColumnSpec(coords, preview.columns);
    const dims = columns.length === 3 ? 3 : 2;
    return { ...sampled, dims, embedderId: PRECOMPUTED_VECTORS_ID, source: { kind: 'coordinates', columns } };
  }
  if (vectors === 'file')
    return { ...sampled, embedderId: PRECOMPUTED_VECTORS_ID, source: { kind: 'file-vectors' } };
  if (vectors !== undefined) {
    const columns = expandColumnSpec(vectors, preview.columns);
    return { ...sampled, embedderId: PRECOMPUTED_VECTORS_ID, source: { kind: 'vectors', columns } };
  }
  if (options.token !== undefined) return { ...sampled, source: { kind: 'token', word: options.token } };
  return sampled;
}

/** Writes a project atomically: a temporary file beside the target, then a rename. */
export async function writeProjectFile(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (error) {
    throw new Error(`Cannot write --project-out "${path}": ${(error as Error).message}`);
  }
}
