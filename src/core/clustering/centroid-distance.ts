import type { UnitRows } from './unit-rows';

/**
 * Squared euclidean distance between unit row `row` and centre `centre` of `centres` (`k × cols`, row-major),
 * whose squared length is `centreSquares[centre]`: |x|² + |c|² − 2 x·c, with |x|² = 1 (0 for a zero row,
 * passed as `rowSquare`). Clamped at 0 against rounding.
 */
export function centroidDistance(
  unit: UnitRows,
  row: number,
  rowSquare: number,
  centres: Float64Array,
  centreSquares: Float64Array,
  centre: number,
): number {
  const { data, cols } = unit;
  const rowOffset = row * cols;
  const centreOffset = centre * cols;
  let dot = 0;
  for (let c = 0; c < cols; c++) dot += (data[rowOffset + c] ?? 0) * (centres[centreOffset + c] ?? 0);
  return Math.max(0, rowSquare + (centreSquares[centre] ?? 0) - 2 * dot);
}

/** Each row's squared length: 1 for unit rows, 0 for zero rows. */
export function rowSquares(unit: UnitRows): Float64Array {
  const squares = new Float64Array(unit.rows);
  for (let row = 0; row < unit.rows; row++) {
    let sum = 0;
    for (let c = 0; c < unit.cols; c++) sum += (unit.data[row * unit.cols + c] ?? 0) ** 2;
    squares[row] = sum;
  }
  return squares;
}

/** Each centre's squared length. */
export function centreSquaresOf(centres: Float64Array, k: number, cols: number): Float64Array {
  const squares = new Float64Array(k);
  for (let centre = 0; centre < k; centre++) {
    let sum = 0;
    for (let c = 0; c < cols; c++) sum += (centres[centre * cols + c] ?? 0) ** 2;
    squares[centre] = sum;
  }
  return squares;
}
