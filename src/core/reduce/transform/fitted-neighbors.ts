import type { DistanceMetric } from '../../../shared/contract';
import type { KnnGraph } from '../../knn/knn-graph';
import { NeighborHeaps } from '../../knn/neighbor-heaps';
import { prepareVectorSpace, reportedDistance } from '../../knn/vector-space';
import { searchDistance } from '../../knn/vector-space';
import type { EmbeddingMatrix } from '../../math/matrix-types';
import { toEmbeddingMatrix } from '../../math/matrix-types';

/**
 * The exact `k` nearest fitted rows of every new row (brute force: fitted × new distances, which for the
 * few items a user adds is far cheaper than any index). Row `q` of the returned graph is new row `q`; its
 * indices point into the fitted rows. Throws `invalid-vectors` on NaN/Infinity in either matrix.
 */
export function fittedNeighbors(
  fitted: EmbeddingMatrix,
  added: EmbeddingMatrix,
  k: number,
  metric: DistanceMetric,
): KnnGraph {
  if (added.cols !== fitted.cols)
    throw new RangeError(`transform: the fit has ${fitted.cols} columns but the new rows have ${added.cols}`);
  const both = new Float32Array((fitted.rows + added.rows) * fitted.cols);
  both.set(fitted.data);
  both.set(added.data, fitted.data.length);
  // One space for both, so the SIMD kernel and the cosine normalisation treat them identically.
  const space = prepareVectorSpace(toEmbeddingMatrix(both, fitted.rows + added.rows, fitted.cols), metric);
  const width = Math.max(0, Math.min(k, fitted.rows));
  const heaps = new NeighborHeaps(added.rows, width);
  for (let q = 0; q < added.rows; q++) {
    for (let row = 0; row < fitted.rows; row++)
      heaps.push(q, row, searchDistance(space, fitted.rows + q, row), 0);
  }
  const sorted = heaps.sortAscending((distance) => reportedDistance(space, distance));
  return { rows: added.rows, k: width, indices: sorted.indices, distances: sorted.distances, exact: true };
}
