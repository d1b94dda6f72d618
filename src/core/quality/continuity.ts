import type { DistanceMetric } from '../../shared/contract';
import type { EmbeddingMatrix, LayoutCoordinates } from '../math/matrix-types';
import { neighbourhoodRankScore } from './neighbourhood-rank-score';

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
  return neighbourhoodRankScore('continuity', matrix, layout, k, metric, 'data');
}
