/**
 * A sparse matrix in compressed sparse row (CSR) form: row `i`'s entries are
 * `indices[rowStart[i] .. rowStart[i + 1])` (column numbers) with the matching `values`.
 */
export interface CsrMatrix {
  readonly rows: number;
  readonly cols: number;
  /** Length `rows + 1`. */
  readonly rowStart: Int32Array;
  readonly indices: Int32Array;
  readonly values: Float32Array;
}

/**
 * `out[i, :] = A[i, :] · dense` for rows `[from, to)`, where `dense` is row-major `A.cols × width` and
 * `out` row-major `A.rows × width`. The `width` entries of a dense row are contiguous, so each nonzero costs
 * one cache-friendly axpy.
 */
export function multiplyRows(
  matrix: CsrMatrix,
  dense: Float64Array,
  width: number,
  out: Float64Array,
  from: number,
  to: number,
): void {
  const { rowStart, indices, values } = matrix;
  for (let row = from; row < to; row++) {
    const target = row * width;
    out.fill(0, target, target + width);
    for (let entry = rowStart[row] ?? 0; entry < (rowStart[row + 1] ?? 0); entry++) {
      const source = (indices[entry] ?? 0) * width;
      const value = values[entry] ?? 0;
      for (let c = 0; c < width; c++)
        out[target + c] = (out[target + c] ?? 0) + value * (dense[source + c] ?? 0);
    }
  }
}

/**
 * Adds rows `[from, to)`'s share of `Aᵀ · dense` into `out`, where `dense` is row-major `A.rows × width` and
 * `out` row-major `A.cols × width` (zero it before the first call). Going through A by rows avoids storing a
 * transposed copy.
 */
export function accumulateTransposedRows(
  matrix: CsrMatrix,
  dense: Float64Array,
  width: number,
  out: Float64Array,
  from: number,
  to: number,
): void {
  const { rowStart, indices, values } = matrix;
  for (let row = from; row < to; row++) {
    const source = row * width;
    for (let entry = rowStart[row] ?? 0; entry < (rowStart[row + 1] ?? 0); entry++) {
      const target = (indices[entry] ?? 0) * width;
      const value = values[entry] ?? 0;
      for (let c = 0; c < width; c++)
        out[target + c] = (out[target + c] ?? 0) + value * (dense[source + c] ?? 0);
    }
  }
}
