import type { MapRequest } from '../../shared/contract';
import { DEFAULT_TSNE_PARAMS, DEFAULT_UMAP_PARAMS } from '../../shared/contract/schemas';
import { StudioError } from '../../shared/errors';
import type { Table } from '../dataset/table';
import { estimateJobMemory, largestRowsWithin, toMegabytes, type MemoryJobShape } from './memory-estimate';

/**
 * t-SNE's kNN graph holds 3 × perplexity neighbours per point (the usual rule of openTSNE and
 * scikit-learn's Barnes–Hut t-SNE).
 */
const TSNE_NEIGHBORS_PER_PERPLEXITY = 3;

/** The shape of the map a request asks for: rows after sampling, vector width, method and neighbours. */
export function mapJobShape(
  request: MapRequest,
  table: Table,
  embedderDimension: () => number,
): MemoryJobShape {
  const rows = Math.min(table.rows.length, request.sample?.size ?? Number.POSITIVE_INFINITY);
  const source = request.source ?? { kind: 'embed' };
  const dims = request.dims;
  if (source.kind === 'coordinates') return { rows, dimension: dims, method: 'precomputed', dims };
  const dimension =
    source.kind === 'vectors'
      ? source.columns.length
      : source.kind === 'file-vectors'
        ? (table.vectors?.cols ?? 1)
        : embedderDimension();
  switch (request.method) {
    case 'umap':
      return {
        rows,
        dimension,
        method: 'umap',
        dims,
        neighbors: (request.umap ?? DEFAULT_UMAP_PARAMS).neighbors,
      };
    case 'tsne': {
      const perplexity = (request.tsne ?? DEFAULT_TSNE_PARAMS).perplexity;
      return { rows, dimension, method: 'tsne', dims, neighbors: TSNE_NEIGHBORS_PER_PERPLEXITY * perplexity };
    }
    case 'pca':
      return { rows, dimension, method: 'pca', dims };
  }
}

/**
 * Refuses a job whose estimated memory exceeds what the host says is free, before any work starts, with
 * `insufficient-memory` and the params the UI offers a sample from: `neededMb`, `availableMb` and
 * `suggestedRows`, the largest sample that fits (0 when nothing does).
 */
export function checkJobMemory(shape: MemoryJobShape, budgetBytes: number): void {
  const needed = estimateJobMemory(shape).bytes;
  if (needed <= budgetBytes) return;
  const suggestedRows = largestRowsWithin(shape, budgetBytes);
  const neededMb = toMegabytes(needed);
  const availableMb = Math.floor(Math.max(0, budgetBytes) / (1024 * 1024));
  const advice =
    suggestedRows > 0
      ? `map a sample of at most ${suggestedRows} rows instead`
      : 'close other programs or use a smaller data set';
  throw new StudioError(
    'insufficient-memory',
    `This ${shape.method} map of ${shape.rows} rows × ${shape.dimension} dimensions needs about ${neededMb} MB of memory, ` +
      `but only ${availableMb} MB are available; ${advice}.`,
    { neededMb, availableMb, suggestedRows },
  );
}
