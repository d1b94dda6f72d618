import type { DistanceMetric } from '../../shared/contract';
import { NeighborHeaps } from '../knn/neighbor-heaps';
import { prepareVectorSpace, searchDistance } from '../knn/vector-space';
import type { EmbeddingMatrix, LayoutCoordinates } from '../math/matrix-types';

/** Squared euclidean distance between two layout rows. */
function layoutDistance(coords: Float32Array, dims: number, a: number, b: number): number {
  let sum = 0;
  for (let d = 0; d < dims; d++) {
    const diff = (coords[a * dims + d] ?? 0) - (coords[b * dims + d] ?? 0);
    sum += diff * diff;
  }
  return sum;
}

/**
 * Trustworthiness (Venna & Kaski 2001; sklearn's `trustworthiness`): how far the layout's k nearest
 * neighbours of each row are from being its true neighbours, penalising each intruder by how far down the
 * high-dimensional ranking it really is. 1 means every layout neighbourhood is a true one; random layouts
 * score ≈ 0.5. Costs rows² distance evaluations, so measure a sample of a few thousand rows at most.
 */
export function trustworthiness(
  matrix: EmbeddingMatrix,
  layout: LayoutCoordinates,
  k: number,
  metric: DistanceMetric,
): number {
  const rows = matrix.rows;
  if (layout.rows !== rows)
    throw new RangeError(`trustworthiness: ${rows} vectors but ${layout.rows} layout rows`);
  if (!(k >= 1 && k < rows / 2))
    throw new RangeError(`trustworthiness: k must be in [1, rows / 2), got ${k}`);
  const space = prepareVectorSpace(matrix, metric);
  const high = new Float64Array(rows);
  const nearest = new NeighborHeaps(1, k);
  let penalty = 0;
  for (let i = 0; i < rows; i++) {
    nearest.clear();
    for (let j = 0; j < rows; j++) {
      if (j === i) continue;
      high[j] = searchDistance(space, i, j);
      nearest.push(0, j, layoutDistance(layout.data, layout.dims, i, j), 0);
    }
    high[i] = -Infinity;
    for (let slot = 0; slot < k; slot++) {
      const j = nearest.indices[slot] ?? 0;
      const reference = high[j] ?? 0;
      // 1-based rank of j among i's true neighbours: how many others are strictly closer, plus one.
      let rank = 1;
      for (let other = 0; other < rows; other++) if (other !== i && (high[other] ?? 0) < reference) rank++;
      if (rank > k) penalty += rank - k;
    }
  }
  return 1 - (2 / (rows * k * (2 * rows - 3 * k - 1))) * penalty;
}
