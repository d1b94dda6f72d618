import type { DistanceMetric } from '../../shared/contract';
import { StudioError } from '../../shared/errors';
import type { EmbeddingMatrix } from '../math/matrix-types';

/**
 * Rows prepared once for fast distance evaluation. For cosine the rows are normalised to unit length, so the
 * distance is `1 − a·b`; for euclidean they are kept as they are and the search works on squared distances
 * (same order, no square root per pair). {@link reportedDistance} turns a search distance into the metric's.
 */
export interface VectorSpace {
  readonly data: Float32Array;
  readonly rows: number;
  readonly cols: number;
  readonly cosine: boolean;
  /** 1 where a row is all zeros: it has no direction, so under cosine it is maximally distant (2) from all. */
  readonly zero: Uint8Array;
  /** Squared row norms (euclidean only; empty for cosine): |a − b|² = |a|² + |b|² − 2a·b needs one dot. */
  readonly squaredNorms: Float64Array;
}

/** How many offending rows an `invalid-vectors` error names; enough to find them, short enough to read. */
const ROWS_NAMED = 5;

/** Cosine distance of a zero vector to anything: the largest cosine distance, so it is nobody's neighbour. */
const ZERO_VECTOR_COSINE_DISTANCE = 2;

/**
 * Cosine distances below this are rounding, not data: each normalised float32 component carries a relative
 * error ≤ 2⁻²⁴, so a unit row's dot with itself may miss 1 by up to 2·2⁻²⁴ ≈ 1.2e-7. Snapping to 0 keeps
 * duplicates exactly identical, which UMAP's rho (nearest non-identical neighbour) relies on.
 */
const COSINE_ROUNDING = 2.5e-7;

/** Throws `invalid-vectors` naming the first few 1-based rows that hold NaN or ±Infinity. */
export function assertFiniteVectors(matrix: EmbeddingMatrix): void {
  const { data, rows, cols } = matrix;
  const bad: number[] = [];
  let count = 0;
  for (let row = 0; row < rows; row++) {
    const offset = row * cols;
    for (let c = 0; c < cols; c++) {
      // x − x is 0 for every finite x and NaN for NaN and ±Infinity: one test for both.
      const value = data[offset + c] ?? 0;
      if (value - value !== 0) {
        count++;
        if (bad.length < ROWS_NAMED) bad.push(row + 1);
        break;
      }
    }
  }
  if (count === 0) return;
  const more = count > bad.length ? ` and ${count - bad.length} more` : '';
  throw new StudioError(
    'invalid-vectors',
    `${count} vector${count === 1 ? '' : 's'} contain NaN or infinite values (rows ${bad.join(', ')}${more}).`,
    { rows: bad.join(', '), count },
  );
}

/** Validates the rows (see {@link assertFiniteVectors}) and prepares them for `metric`. */
export function prepareVectorSpace(matrix: EmbeddingMatrix, metric: DistanceMetric): VectorSpace {
  assertFiniteVectors(matrix);
  const { rows, cols } = matrix;
  const zero = new Uint8Array(rows);
  if (metric === 'euclidean') {
    const squaredNorms = new Float64Array(rows);
    for (let row = 0; row < rows; row++)
      squaredNorms[row] = dotRows(matrix.data, row * cols, row * cols, cols);
    return { data: matrix.data, rows, cols, cosine: false, zero, squaredNorms };
  }
  const data = new Float32Array(matrix.data);
  for (let row = 0; row < rows; row++) {
    const offset = row * cols;
    let norm = 0;
    for (let c = 0; c < cols; c++) norm += (data[offset + c] ?? 0) ** 2;
    if (norm === 0) {
      zero[row] = 1;
      continue;
    }
    const scale = 1 / Math.sqrt(norm);
    for (let c = 0; c < cols; c++) data[offset + c] = (data[offset + c] ?? 0) * scale;
  }
  return { data, rows, cols, cosine: true, zero, squaredNorms: new Float64Array(0) };
}

/** Dot product of two rows of `data` starting at `oa` and `ob`, unrolled by four (the kNN's hot loop). */
export function dotRows(data: Float32Array, oa: number, ob: number, cols: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let c = 0;
  for (const end4 = cols - 3; c < end4; c += 4) {
    s0 += (data[oa + c] ?? 0) * (data[ob + c] ?? 0);
    s1 += (data[oa + c + 1] ?? 0) * (data[ob + c + 1] ?? 0);
    s2 += (data[oa + c + 2] ?? 0) * (data[ob + c + 2] ?? 0);
    s3 += (data[oa + c + 3] ?? 0) * (data[ob + c + 3] ?? 0);
  }
  for (; c < cols; c++) s0 += (data[oa + c] ?? 0) * (data[ob + c] ?? 0);
  return s0 + s1 + s2 + s3;
}

/**
 * The search distance between rows `a` and `b`: squared euclidean, or cosine distance in [0, 2]. Both come
 * from one dot product; rounding can make either a hair negative for (near-)identical rows, hence the clamp.
 */
export function searchDistance(space: VectorSpace, a: number, b: number): number {
  const { data, cols } = space;
  const dot = dotRows(data, a * cols, b * cols, cols);
  if (space.cosine) {
    if ((space.zero[a] ?? 0) + (space.zero[b] ?? 0) > 0) return ZERO_VECTOR_COSINE_DISTANCE;
    const distance = 1 - dot;
    return distance < COSINE_ROUNDING ? 0 : distance;
  }
  return Math.max(0, (space.squaredNorms[a] ?? 0) + (space.squaredNorms[b] ?? 0) - 2 * dot);
}

/** Converts a search distance into the metric's own distance (the square root for euclidean). */
export function reportedDistance(space: VectorSpace, distance: number): number {
  return space.cosine ? distance : Math.sqrt(distance);
}
