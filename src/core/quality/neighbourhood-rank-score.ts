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

/** Venna & Kaski's rank score taken one row at a time, so a job can yield between rows. */
export interface RankScorer {
  /** How far beyond k row `i`'s k nearest neighbours in one space rank in the other (0 = none beyond). */
  penaltyOfRow(i: number): number;
  /** The score of the summed penalty of every row: 1 − 2 / (rows · k · (2 · rows − 3k − 1)) · penalty. */
  score(penalty: number): number;
}

/**
 * Venna & Kaski's rank penalty, shared by trustworthiness and continuity: for each row, take its k nearest
 * neighbours in one space (`chooseIn`) and penalise each by how far beyond k it ranks in the other space.
 * Trustworthiness chooses in the layout and ranks in the data; continuity does the opposite. Each row costs
 * rows distance evaluations and k · rows comparisons.
 */
export function rankScorer(
  name: string,
  matrix: EmbeddingMatrix,
  layout: LayoutCoordinates,
  k: number,
  metric: DistanceMetric,
  chooseIn: 'layout' | 'data',
): RankScorer {
  const rows = matrix.rows;
  if (layout.rows !== rows) throw new RangeError(`${name}: ${rows} vectors but ${layout.rows} layout rows`);
  if (!(k >= 1 && k < rows / 2)) throw new RangeError(`${name}: k must be in [1, rows / 2), got ${k}`);
  const space = prepareVectorSpace(matrix, metric);
  const dataDistance = (i: number, j: number): number => searchDistance(space, i, j);
  const mapDistance = (i: number, j: number): number => layoutDistance(layout.data, layout.dims, i, j);
  const [choose, rank] = chooseIn === 'layout' ? [mapDistance, dataDistance] : [dataDistance, mapDistance];
  const ranked = new Float64Array(rows);
  const nearest = new NeighborHeaps(1, k);
  return {
    penaltyOfRow(i) {
      nearest.clear();
      for (let j = 0; j < rows; j++) {
        if (j === i) continue;
        ranked[j] = rank(i, j);
        nearest.push(0, j, choose(i, j), 0);
      }
      ranked[i] = -Infinity;
      let penalty = 0;
      for (let slot = 0; slot < k; slot++) {
        const reference = ranked[nearest.indices[slot] ?? 0] ?? 0;
        // 1-based rank of the neighbour in the other space: how many others are strictly closer, plus one.
        let position = 1;
        for (let other = 0; other < rows; other++)
          if (other !== i && (ranked[other] ?? 0) < reference) position++;
        if (position > k) penalty += position - k;
      }
      return penalty;
    },
    score(penalty) {
      return 1 - (2 / (rows * k * (2 * rows - 3 * k - 1))) * penalty;
    },
  };
}

/**
 * Venna & Kaski's rank score of every row at once (see {@link rankScorer}). 1 means no penalty; random
 * layouts score ≈ 0.5. Costs rows² distance evaluations.
 */
export function neighbourhoodRankScore(
  name: string,
  matrix: EmbeddingMatrix,
  layout: LayoutCoordinates,
  k: number,
  metric: DistanceMetric,
  chooseIn: 'layout' | 'data',
): number {
  const scorer = rankScorer(name, matrix, layout, k, metric, chooseIn);
  let penalty = 0;
  for (let i = 0; i < matrix.rows; i++) penalty += scorer.penaltyOfRow(i);
  return scorer.score(penalty);
}
