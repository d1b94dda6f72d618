import type { Cooperation } from '../jobs/cooperation';
import { exactKnn } from '../knn/exact-knn';
import { nnDescent } from '../knn/nn-descent';
import type { SearchMatrix } from '../knn/nearest-rows';
import { toEmbeddingMatrix } from '../math/matrix-types';
import { prepareVectorSpace } from '../knn/vector-space';

/**
 * Up to this many items the neighbours are exact (brute force, items²/2 cosines: 20,000 × 384-d takes about
 * ten seconds on one core); beyond, NN-descent (recall ≈ 0.98 at k ≈ 15), so a 100,000-item comparison stays
 * in tens of seconds instead of minutes. An approximate graph makes the overlap slightly lower, never higher.
 */
export const EXACT_OVERLAP_MAX_ITEMS = 20_000;

/** Seed of NN-descent's sampling, fixed so the same two maps always give the same scores. */
const NN_DESCENT_SEED = 7;

/**
 * Row `i`'s k nearest rows by cosine, `rows × k` (ascending distance, never `i` itself). `onProgress` gets
 * the finished share of the search; `cooperation` yields and stops it with `cancelled` between blocks.
 */
export async function cosineNeighbours(
  matrix: SearchMatrix,
  k: number,
  cooperation: Cooperation,
  onProgress: (fraction: number) => void = () => undefined,
): Promise<Int32Array> {
  const embedding = toEmbeddingMatrix(
    new Float32Array(matrix.data.subarray(0, matrix.rows * matrix.dimension)),
    matrix.rows,
    matrix.dimension,
  );
  const space = prepareVectorSpace(embedding, 'cosine');
  const heaps =
    space.rows <= EXACT_OVERLAP_MAX_ITEMS
      ? await exactKnn(space, k, cooperation, onProgress)
      : await nnDescent(space, k, NN_DESCENT_SEED, cooperation, onProgress);
  return heaps.sortAscending((distance) => distance).indices;
}

/**
 * Per row: |kNN_A(i) ∩ kNN_B(i)| / k, from two `rows × k` neighbour lists. Rows beyond the lists' length
 * (none in practice) score 0.
 */
export function neighbourhoodOverlap(
  a: Int32Array,
  b: Int32Array,
  rows: number,
  k: number,
): Float32Array<ArrayBuffer> {
  const overlap = new Float32Array(rows);
  if (k === 0) return overlap.fill(1);
  const mark = new Int32Array(rows).fill(-1);
  for (let row = 0; row < rows; row++) {
    for (let j = 0; j < k; j++) {
      const neighbour = a[row * k + j] ?? -1;
      if (neighbour >= 0) mark[neighbour] = row;
    }
    let shared = 0;
    for (let j = 0; j < k; j++) {
      const neighbour = b[row * k + j] ?? -1;
      if (neighbour >= 0 && mark[neighbour] === row) shared++;
    }
    overlap[row] = shared / k;
  }
  return overlap;
}
