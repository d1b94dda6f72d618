import type { DistanceMetric } from '../../shared/contract';
import type { EmbeddingMatrix, LayoutCoordinates } from '../math/matrix-types';
import { neighbourhoodRankScore } from './neighbourhood-rank-score';

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
  return neighbourhoodRankScore('trustworthiness', matrix, layout, k, metric, 'layout');
}
