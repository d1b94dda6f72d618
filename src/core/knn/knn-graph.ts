import type { DistanceMetric } from '../../shared/contract';
import type { Cooperation } from '../jobs/cooperation';
import { uninterruptible } from '../jobs/cooperation';
import type { EmbeddingMatrix } from '../math/matrix-types';
import type { ParallelExecutor } from '../parallel/parallel-executor';
import { exactKnn } from './exact-knn';
import { rerankExactly } from './exact-rerank';
import { nnDescent } from './nn-descent';
import { searchEffort } from './search-effort';
import { prepareVectorSpace, reportedDistance, type VectorSpace } from './vector-space';

/**
 * An all-points k-nearest-neighbour graph: row `i`'s neighbours are `indices[i·k .. (i+1)·k)` at
 * `distances[i·k .. (i+1)·k)`, ascending, never `i` itself. Distances are in the metric's own units
 * (euclidean length, or cosine distance 1 − cos θ in [0, 2]).
 */
export interface KnnGraph {
  readonly rows: number;
  readonly k: number;
  readonly indices: Int32Array;
  readonly distances: Float32Array;
  /** True when the neighbours are exact (brute force), false when approximate (NN-descent). */
  readonly exact: boolean;
}

/** What {@link buildKnnGraph} needs besides the vectors. */
export interface KnnOptions {
  /** Neighbours per row; clamped to `rows − 1`. */
  readonly k: number;
  readonly metric: DistanceMetric;
  /** Seeds the random-projection trees and NN-descent's sampling. */
  readonly seed: number;
  /** Yielding and cancellation; defaults to one that never aborts. */
  readonly cooperation?: Cooperation;
  /** Share of the graph finished, in [0, 1]. */
  readonly onProgress?: (fraction: number) => void;
  /** Threads for NN-descent's joins; the graph is the same bytes with any executor (default: this thread). */
  readonly executor?: ParallelExecutor;
}

/**
 * Up to this many rows the graph is computed exactly. Brute force costs rows²/2 distance evaluations; NN-descent
 * spends roughly 300–600 per row (trees plus a few joins at k ≈ 15), so below ~1,000–2,000 rows exact is as
 * fast and has no approximation error; above, brute force grows quadratically (10,000 × 384 would take ~15 s).
 */
export const EXACT_KNN_MAX_ROWS = 2048;

/**
 * Builds the k-nearest-neighbour graph of the rows: exact below {@link EXACT_KNN_MAX_ROWS} rows, else
 * approximate by NN-descent seeded from random-projection trees (ranked on 16-bit copies of the rows, each
 * row's final candidates re-ranked with exact distances). Throws `invalid-vectors` on NaN/Infinity.
 */
export async function buildKnnGraph(matrix: EmbeddingMatrix, options: KnnOptions): Promise<KnnGraph> {
  const space = prepareVectorSpace(matrix, options.metric);
  return knnOfSpace(space, options);
}

/** {@link buildKnnGraph} on rows already prepared (UMAP reuses the prepared rows for its initial layout). */
export async function knnOfSpace(space: VectorSpace, options: KnnOptions): Promise<KnnGraph> {
  const k = Math.max(0, Math.min(Math.floor(options.k), space.rows - 1));
  const cooperation = options.cooperation ?? uninterruptible();
  const onProgress = options.onProgress ?? (() => undefined);
  const exact = space.rows <= EXACT_KNN_MAX_ROWS;
  const searchK = exact ? k : Math.min(space.rows - 1, k + searchEffort(space.rows).slack);
  const sorted = exact
    ? (await exactKnn(space, k, cooperation, onProgress)).sortAscending((distance) =>
        reportedDistance(space, distance),
      )
    : rerankExactly(
        await nnDescent(space, searchK, options.seed, cooperation, onProgress, options.executor),
        space,
      );
  onProgress(1);
  const { indices, distances } = truncate(sorted, space.rows, searchK, k);
  return { rows: space.rows, k, indices, distances, exact };
}

/** Keeps the first `k` of each row's `width` sorted neighbours. */
function truncate(
  sorted: { indices: Int32Array; distances: Float32Array },
  rows: number,
  width: number,
  k: number,
): { indices: Int32Array; distances: Float32Array } {
  if (width === k) return sorted;
  const indices = new Int32Array(rows * k);
  const distances = new Float32Array(rows * k);
  for (let row = 0; row < rows; row++) {
    indices.set(sorted.indices.subarray(row * width, row * width + k), row * k);
    distances.set(sorted.distances.subarray(row * width, row * width + k), row * k);
  }
  return { indices, distances };
}
