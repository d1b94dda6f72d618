import type { DistanceMetric } from '../../shared/contract';
import { exactKnnOfRows } from '../knn/exact-knn';
import type { KnnGraph } from '../knn/knn-graph';
import type { EmbeddingMatrix } from '../math/matrix-types';
import { prepareVectorSpace } from '../knn/vector-space';

/**
 * Recall of an approximate kNN graph: the share of each query row's exact k nearest neighbours (in
 * `metric`, self excluded) that the graph lists, averaged over `queries` (all rows when omitted; a sample
 * of a few hundred keeps this at rows × sample distances instead of rows²).
 */
export function knnRecall(
  matrix: EmbeddingMatrix,
  graph: KnnGraph,
  metric: DistanceMetric,
  queries?: Int32Array,
): number {
  const rows = queries ?? Int32Array.from({ length: graph.rows }, (_, i) => i);
  const { k } = graph;
  if (k === 0 || rows.length === 0) return 1;
  const exact = exactKnnOfRows(prepareVectorSpace(matrix, metric), rows, k);
  let found = 0;
  for (let q = 0; q < rows.length; q++) {
    const row = rows[q] ?? 0;
    const listed = graph.indices.subarray(row * k, (row + 1) * k);
    for (let i = q * k; i < (q + 1) * k; i++) if (listed.includes(exact.indices[i] ?? -1)) found++;
  }
  return found / (rows.length * k);
}
