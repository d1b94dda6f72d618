import type { DistanceMetric } from '../../shared/contract';
import { NeighborHeaps } from '../knn/neighbor-heaps';
import { prepareVectorSpace, searchDistance } from '../knn/vector-space';
import type { EmbeddingMatrix, LayoutCoordinates } from '../math/matrix-types';

/**
 * Continuity (Venna & Kaski 2001), trustworthiness's mirror image: how many of each row's k true
 * neighbours the layout tears away, penalising each missing one by how far down the layout's ranking it
 * landed. 1 means every true neighbourhood survives in the layout; random layouts score ≈ 0.5. Low
 * continuity with high trustworthiness means the map splits neighbourhoods without inventing false ones.
 * Costs rows² distance evaluations, so measure a sample of a few thousand rows at most.
 */
export function continuity(
  matrix: EmbeddingMatrix,
  layout: LayoutCoordinates,
  k: number,
  metric: DistanceMetric,
): number {
  const rows = matrix.rows;
  if (layout.rows !== rows)
    throw new RangeError(`continuity: ${rows} vectors but ${layout.rows} layout rows`);
  if (!(k >= 1 && k < rows / 2)) throw new RangeError(`continuity: k must be in [1, rows / 2), got ${k}`);
  const space = prepareVectorSpace(matrix, metric);
  const { data, dims } = layout;
  const low = new Float64Array(rows);
  const nearest = new NeighborHeaps(1, k);
  let penalty = 0;
  for (let i = 0; i < rows; i++) {
    nearest.clear();
    for (let j = 0; j < rows; j++) {
      if (j === i) continue;
      nearest.push(0, j, searchDistance(space, i, j), 0);
      let sum = 0;
      for (let d = 0; d < dims; d++) sum += ((data[i * dims + d] ?? 0) - (data[j * dims + d] ?? 0)) ** 2;
      low[j] = sum;
    }
    low[i] = -Infinity;
    for (let slot = 0; slot < k; slot++) {
      const j = nearest.indices[slot] ?? 0;
      const reference = low[j] ?? 0;
      // 1-based rank of j among i's layout neighbours: how many others are strictly closer, plus one.
      let rank = 1;
      for (let other = 0; other < rows; other++) if (other !== i && (low[other] ?? 0) < reference) rank++;
      if (rank > k) penalty += rank - k;
    }
  }
  return 1 - (2 / (rows * k * (2 * rows - 3 * k - 1))) * penalty;
}
