import type { Cooperation } from '../jobs/cooperation';

/** A column whose norm shrinks below this share of its original norm is linearly dependent on the others. */
const DEPENDENT_COLUMN_SHARE = 1e-10;

function transpose(source: Float64Array, rows: number, cols: number): Float64Array {
  const out = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) out[c * rows + r] = source[r * cols + c] ?? 0;
  }
  return out;
}

function dot(data: Float64Array, a: number, b: number, length: number): number {
  let sum = 0;
  for (let i = 0; i < length; i++) sum += (data[a + i] ?? 0) * (data[b + i] ?? 0);
  return sum;
}

/** Makes column `c` (column-major) orthogonal to columns `0..c-1` and unit length, or zero if dependent. */
function orthonormalizeColumn(columns: Float64Array, rows: number, c: number): void {
  const offset = c * rows;
  const originalNorm = Math.sqrt(dot(columns, offset, offset, rows));
  // Two passes of modified Gram–Schmidt ("twice is enough", Giraud et al. 2005) restore orthogonality lost
  // to rounding when columns are nearly dependent, as power iterations make them.
  for (let pass = 0; pass < 2; pass++) {
    for (let p = 0; p < c; p++) {
      const projection = dot(columns, offset, p * rows, rows);
      for (let i = 0; i < rows; i++)
        columns[offset + i] = (columns[offset + i] ?? 0) - projection * (columns[p * rows + i] ?? 0);
    }
  }
  const norm = Math.sqrt(dot(columns, offset, offset, rows));
  const scale = norm > DEPENDENT_COLUMN_SHARE * originalNorm && norm > 0 ? 1 / norm : 0;
  for (let i = 0; i < rows; i++) columns[offset + i] = (columns[offset + i] ?? 0) * scale;
}

/**
 * Replaces the columns of a row-major `rows × cols` matrix by an orthonormal basis of their span (the Q of
 * a thin QR), in place. Dependent columns become zero rather than amplified noise.
 */
export async function orthonormalizeColumns(
  matrix: Float64Array,
  rows: number,
  cols: number,
  cooperation: Cooperation,
): Promise<void> {
  // Column-major while working, so every dot product runs over contiguous memory.
  const columns = transpose(matrix, rows, cols);
  for (let c = 0; c < cols; c++) {
    orthonormalizeColumn(columns, rows, c);
    await cooperation.checkpoint();
  }
  matrix.set(transpose(columns, cols, rows));
}
