import type { SearchMatrix } from '../../knn/nearest-rows';
import { toEmbeddingMatrix, type EmbeddingMatrix } from '../../math/matrix-types';

/**
 * A kept map's vectors as an embedding matrix: the same memory when it sits in a plain ArrayBuffer (as every
 * map's embeddings do), a copy otherwise, so a 100,000 × 384 map is not duplicated for each question.
 */
export function keptMatrix(matrix: SearchMatrix): EmbeddingMatrix {
  const length = matrix.rows * matrix.dimension;
  const { data } = matrix;
  const own =
    data.buffer instanceof ArrayBuffer
      ? new Float32Array(data.buffer, data.byteOffset, length)
      : new Float32Array(data.subarray(0, length));
  return toEmbeddingMatrix(own, matrix.rows, matrix.dimension);
}
