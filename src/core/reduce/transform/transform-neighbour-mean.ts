import type { DistanceMetric } from '../../../shared/contract';
import type { EmbeddingMatrix, LayoutCoordinates } from '../../math/matrix-types';
import { toLayoutCoordinates } from '../../math/matrix-types';
import { smoothKnnDistances } from '../umap/smooth-knn';
import { fittedNeighbors } from './fitted-neighbors';

/** A fitted layout as the neighbour-mean placement needs it: the vectors the layout was made from, and the layout. */
export interface NeighbourFit {
  readonly data: EmbeddingMatrix;
  readonly layout: LayoutCoordinates;
  readonly metric: DistanceMetric;
}

/**
 * Neighbours a new row is placed among: umap-learn's default neighbourhood (15, the row itself included),
 * wide enough that one odd neighbour cannot drag the point off its cluster.
 */
export const PLACEMENT_NEIGHBOURS = 14;

/**
 * Places new rows at the membership-weighted mean position of their nearest fitted rows in the original
 * space, with UMAP's smooth-kNN memberships — exactly the starting point of umap-learn's `transform`, without
 * its optimisation epochs. Used for t-SNE maps, which have no transform of their own (t-SNE's objective is not
 * defined for points outside the fit): a new point lands where its true neighbours are drawn, which is honest
 * about the neighbourhood but can sit between clusters when its neighbours are split between them.
 */
export function transformNeighbourMean(fit: NeighbourFit, added: EmbeddingMatrix): LayoutCoordinates {
  const { layout } = fit;
  if (layout.rows !== fit.data.rows)
    throw new RangeError(
      `transformNeighbourMean: ${fit.data.rows} fitted rows but ${layout.rows} layout rows`,
    );
  const dims = layout.dims;
  const out = new Float32Array(added.rows * dims);
  if (added.rows === 0 || fit.data.rows === 0) return toLayoutCoordinates(out, added.rows, dims);
  const graph = fittedNeighbors(fit.data, added, PLACEMENT_NEIGHBOURS, fit.metric);
  const { rhos, sigmas } = smoothKnnDistances(graph);
  const { k, indices, distances } = graph;
  for (let q = 0; q < added.rows; q++) {
    let total = 0;
    const sum = new Float64Array(dims);
    for (let slot = q * k; slot < (q + 1) * k; slot++) {
      const d = (distances[slot] ?? 0) - (rhos[q] ?? 0);
      const weight = d <= 0 ? 1 : Math.exp(-d / (sigmas[q] ?? 1));
      total += weight;
      const tail = (indices[slot] ?? 0) * dims;
      for (let d2 = 0; d2 < dims; d2++) sum[d2] = (sum[d2] ?? 0) + weight * (layout.data[tail + d2] ?? 0);
    }
    for (let d2 = 0; d2 < dims; d2++) out[q * dims + d2] = (sum[d2] ?? 0) / total;
  }
  return toLayoutCoordinates(out, added.rows, dims);
}
