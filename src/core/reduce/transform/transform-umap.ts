import type { UmapParams } from '../../../shared/contract';
import type { EmbeddingMatrix, LayoutCoordinates } from '../../math/matrix-types';
import { toLayoutCoordinates } from '../../math/matrix-types';
import { fitCurve } from '../umap/curve-fit';
import { smoothKnnDistances } from '../umap/smooth-knn';
import { fittedNeighbors } from './fitted-neighbors';
import { optimizeAdded, type TransformEdges } from './transform-sgd';

/** A fitted UMAP map: the vectors it was fitted on, their layout and the parameters used. */
export interface UmapFit {
  readonly data: EmbeddingMatrix;
  readonly layout: LayoutCoordinates;
  readonly params: UmapParams;
}

/** umap-learn's transform epochs when the fit's epochs were left open: 100 up to 10,000 fitted rows, else 30. */
const EPOCHS_SMALL = 100;
const EPOCHS_LARGE = 30;
const LARGE_ROWS = 10_000;

/** Transform epochs: a third of the fit's when the user chose them, as umap-learn does. */
function transformEpochs(fit: UmapFit): number {
  const chosen = fit.params.epochs;
  if (chosen !== null) return Math.max(1, Math.floor(chosen / 3));
  return fit.data.rows <= LARGE_ROWS ? EPOCHS_SMALL : EPOCHS_LARGE;
}

/**
 * Places new rows into an existing UMAP map without recomputing it (umap-learn's `transform`): each new
 * row's neighbours among the fitted rows get fuzzy memberships (smooth kNN distances, as in the fit), the
 * row starts at its neighbours' membership-weighted mean position, then a few epochs of UMAP's SGD move
 * only the new rows — pulled towards their neighbours, pushed from random fitted rows — while every fitted
 * point stays where it is. Deterministic for a seed.
 */
export function transformUmap(fit: UmapFit, added: EmbeddingMatrix, seed: number): LayoutCoordinates {
  const { layout } = fit;
  if (layout.rows !== fit.data.rows)
    throw new RangeError(`transformUmap: ${fit.data.rows} fitted rows but ${layout.rows} layout rows`);
  const dims = layout.dims;
  const out = new Float32Array(added.rows * dims);
  if (added.rows === 0 || fit.data.rows === 0) return toLayoutCoordinates(out, added.rows, dims);
  // As in the fit, `neighbors` counts the point itself: a new row looks for neighbors − 1 fitted rows.
  const graph = fittedNeighbors(fit.data, added, Math.max(1, fit.params.neighbors - 1), fit.params.metric);
  const { rhos, sigmas } = smoothKnnDistances(graph);
  const { k, indices, distances } = graph;
  const weights = new Float64Array(added.rows * k);
  for (let q = 0; q < added.rows; q++) {
    let total = 0;
    for (let slot = q * k; slot < (q + 1) * k; slot++) {
      const d = (distances[slot] ?? 0) - (rhos[q] ?? 0);
      const w = d <= 0 ? 1 : Math.exp(-d / (sigmas[q] ?? 1));
      weights[slot] = w;
      total += w;
    }
    for (let slot = q * k; slot < (q + 1) * k; slot++) {
      const share = (weights[slot] ?? 0) / total;
      const tail = (indices[slot] ?? 0) * dims;
      for (let d = 0; d < dims; d++)
        out[q * dims + d] = (out[q * dims + d] ?? 0) + share * (layout.data[tail + d] ?? 0);
    }
  }
  const epochs = transformEpochs(fit);
  const edges: TransformEdges = { tails: indices, weights, k };
  optimizeAdded(out, layout.data, dims, edges, {
    epochs,
    curve: fitCurve(fit.params.minDist, fit.params.spread),
    seed,
  });
  return toLayoutCoordinates(out, added.rows, dims);
}
