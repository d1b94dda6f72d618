import type { DistanceMetric } from '../../shared/contract';
import type { SearchMatrix } from '../knn/nearest-rows';

/**
 * Row-major `n × n` cosine similarities (1 on the diagonal; 0 against a zero vector) or euclidean distances of
 * the rows `indices` of `matrix`, computed once per pair in double precision and mirrored.
 */
export function similarityValues(
  matrix: SearchMatrix,
  indices: readonly number[],
  metric: DistanceMetric,
): Float32Array<ArrayBuffer> {
  const n = indices.length;
  const { data, dimension, norms } = matrix;
  const values = new Float32Array(n * n);
  for (let i = 0; i < n; i++) {
    const rowI = indices[i] ?? 0;
    for (let j = i; j < n; j++) {
      const rowJ = indices[j] ?? 0;
      let value: number;
      if (metric === 'cosine') {
        let dot = 0;
        for (let c = 0; c < dimension; c++)
          dot += (data[rowI * dimension + c] ?? 0) * (data[rowJ * dimension + c] ?? 0);
        const lengths = (norms[rowI] ?? 0) * (norms[rowJ] ?? 0);
        value = rowI === rowJ && lengths > 0 ? 1 : lengths === 0 ? 0 : dot / lengths;
      } else {
        let squares = 0;
        for (let c = 0; c < dimension; c++)
          squares += ((data[rowI * dimension + c] ?? 0) - (data[rowJ * dimension + c] ?? 0)) ** 2;
        value = Math.sqrt(squares);
      }
      values[i * n + j] = value;
      values[j * n + i] = value;
    }
  }
  return values;
}
