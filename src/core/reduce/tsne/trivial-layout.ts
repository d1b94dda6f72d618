import type { EmbeddingMatrix, LayoutCoordinates } from '../../math/matrix-types';
import { toLayoutCoordinates } from '../../math/matrix-types';

/** Whether rows `a` and `b` hold the same vector. */
function sameRow(matrix: EmbeddingMatrix, a: number, b: number): boolean {
  const { data, cols } = matrix;
  for (let c = 0; c < cols; c++) if (data[a * cols + c] !== data[b * cols + c]) return false;
  return true;
}

/**
 * The layout of three rows or fewer, where t-SNE has no neighbourhoods to balance (perplexity would be
 * below 1): distinct rows one layout unit apart along the first axis, centred on the origin; a row equal
 * to an earlier one sits on it.
 */
export function trivialLayout(matrix: EmbeddingMatrix, dims: 2 | 3): LayoutCoordinates {
  const { rows } = matrix;
  const slot = new Int32Array(rows);
  let distinct = 0;
  for (let row = 0; row < rows; row++) {
    let earlier = -1;
    for (let other = 0; other < row && earlier < 0; other++) if (sameRow(matrix, row, other)) earlier = other;
    slot[row] = earlier < 0 ? distinct++ : (slot[earlier] ?? 0);
  }
  const out = new Float32Array(rows * dims);
  for (let row = 0; row < rows; row++) out[row * dims] = (slot[row] ?? 0) - (distinct - 1) / 2;
  return toLayoutCoordinates(out, rows, dims);
}
