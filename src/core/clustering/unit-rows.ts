import { StudioError } from '../../shared/errors';
import type { SearchMatrix } from '../knn/nearest-rows';
import { toEmbeddingMatrix, type EmbeddingMatrix } from '../math/matrix-types';

/**
 * The map's original vectors scaled to unit length: on unit rows the squared euclidean distance is
 * 2 (1 − cos θ), so k-means, the silhouette and the density method all work in cosine geometry. A zero row
 * (no direction) stays zero and is equally far (1 in cosine distance) from every unit row.
 */
export interface UnitRows {
  readonly data: Float32Array<ArrayBuffer>;
  readonly rows: number;
  readonly cols: number;
}

/** Copies and unit-normalises the rows; throws `invalid-vectors` on NaN or infinite values. */
export function unitRows(matrix: SearchMatrix): UnitRows {
  const { rows, dimension: cols } = matrix;
  const data = new Float32Array(rows * cols);
  for (let row = 0; row < rows; row++) {
    const offset = row * cols;
    let squares = 0;
    for (let c = 0; c < cols; c++) squares += (matrix.data[offset + c] ?? 0) ** 2;
    if (!Number.isFinite(squares)) {
      throw new StudioError(
        'invalid-vectors',
        `The vector of item ${row + 1} contains NaN or infinite values.`,
        {
          rows: String(row + 1),
          count: 1,
        },
      );
    }
    const scale = squares > 0 ? 1 / Math.sqrt(squares) : 0;
    for (let c = 0; c < cols; c++) data[offset + c] = (matrix.data[offset + c] ?? 0) * scale;
  }
  return { data, rows, cols };
}

/** The unit rows as an embedding matrix, for the kNN graph. */
export function asEmbeddingMatrix(unit: UnitRows): EmbeddingMatrix {
  return toEmbeddingMatrix(unit.data, unit.rows, unit.cols);
}

/** Dot product of unit rows `a` and `b` (their cosine, or 0 with a zero row). */
export function rowDot(unit: UnitRows, a: number, b: number): number {
  const { data, cols } = unit;
  const offsetA = a * cols;
  const offsetB = b * cols;
  // Two accumulators let the CPU overlap the multiply-adds.
  let even = 0;
  let odd = 0;
  let c = 0;
  for (; c + 1 < cols; c += 2) {
    even += (data[offsetA + c] ?? 0) * (data[offsetB + c] ?? 0);
    odd += (data[offsetA + c + 1] ?? 0) * (data[offsetB + c + 1] ?? 0);
  }
  if (c < cols) even += (data[offsetA + c] ?? 0) * (data[offsetB + c] ?? 0);
  return even + odd;
}

/** The rows `indices` of `unit`, in that order, as new unit rows. */
export function pickRows(unit: UnitRows, indices: ArrayLike<number>): UnitRows {
  const { cols } = unit;
  const data = new Float32Array(indices.length * cols);
  for (let i = 0; i < indices.length; i++) {
    const row = indices[i] ?? 0;
    data.set(unit.data.subarray(row * cols, (row + 1) * cols), i * cols);
  }
  return { data, rows: indices.length, cols };
}
