import type { DistanceMetric } from '../../shared/contract';
import { StudioError } from '../../shared/errors';
import type { EmbeddingMatrix } from '../math/matrix-types';
import { sharedUint8Array } from '../parallel/shared-arrays';
import { allocateKernelSpace } from './kernel-memory';
import { KERNEL_BLOCK, squaredDistanceJs, type SquaredDistanceKernel } from './squared-distance-kernel';

/**
 * Rows prepared once for fast distance evaluation: copied into WebAssembly memory (where the SIMD kernel
 * reads them) with each row padded with zeros to a multiple of 8 floats, and for cosine normalised to unit
 * length, so that the cosine distance is |a − b|² / 2. The search works on squared euclidean distances (same
 * order as euclidean, no square root per pair); {@link reportedDistance} converts.
 */
export interface VectorSpace {
  /** `rows × cols` floats, row-major; `cols` is the padded stride. */
  readonly data: Float32Array<ArrayBuffer>;
  readonly rows: number;
  /** Floats per row including the zero padding (≥ the source's columns, a multiple of 8). */
  readonly cols: number;
  readonly cosine: boolean;
  /** 1 where a row is all zeros: it has no direction, so under cosine it is maximally distant (2) from all. */
  readonly zero: Uint8Array;
  /** The SIMD kernel bound to this space's memory, or null where WebAssembly SIMD is unavailable. */
  readonly kernel: SquaredDistanceKernel | null;
  /**
   * The shared WebAssembly memory holding `data`, for worker threads to bind their own kernel; null or
   * absent when `data` is not in one (spaces built by hand run their tasks on this thread's JS path).
   */
  readonly memory?: object | null;
}

/** How many offending rows an `invalid-vectors` error names; enough to find them, short enough to read. */
const ROWS_NAMED = 5;

/** Cosine distance of a zero vector to anything: the largest cosine distance, so it is nobody's neighbour. */
export const ZERO_VECTOR_COSINE_DISTANCE = 2;

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
  const { rows, cols: sourceCols } = matrix;
  const cols = Math.max(KERNEL_BLOCK, Math.ceil(sourceCols / KERNEL_BLOCK) * KERNEL_BLOCK);
  const { data, kernel, memory } = allocateKernelSpace(rows * cols);
  const zero = sharedUint8Array(rows);
  const cosine = metric === 'cosine';
  for (let row = 0; row < rows; row++) {
    const source = matrix.data.subarray(row * sourceCols, (row + 1) * sourceCols);
    let norm = 0;
    for (let c = 0; c < sourceCols; c++) norm += (source[c] ?? 0) ** 2;
    if (norm === 0) zero[row] = 1;
    // Zero rows stay zero; the search never measures them under cosine (see ZERO_VECTOR_COSINE_DISTANCE).
    const scale = cosine && norm > 0 ? 1 / Math.sqrt(norm) : 1;
    for (let c = 0; c < sourceCols; c++) data[row * cols + c] = (source[c] ?? 0) * scale;
  }
  return { data, rows, cols, cosine, zero, kernel, memory };
}

/**
 * The search distance between rows `a` and `b`: squared euclidean, or cosine distance (1 − cos θ, in
 * [0, 2]) as half the squared distance of the unit rows. Duplicates come out exactly 0, which UMAP's rho
 * (the nearest non-identical neighbour) relies on.
 */
export function searchDistance(space: VectorSpace, a: number, b: number): number {
  const { cols, kernel } = space;
  if (space.cosine && (space.zero[a] ?? 0) + (space.zero[b] ?? 0) > 0) return ZERO_VECTOR_COSINE_DISTANCE;
  const squared =
    kernel === null
      ? squaredDistanceJs(space.data, a * cols, b * cols, cols)
      : kernel(a * cols * 4, b * cols * 4, cols);
  return space.cosine ? 0.5 * squared : squared;
}

/** Converts a search distance into the metric's own distance (the square root for euclidean). */
export function reportedDistance(space: VectorSpace, distance: number): number {
  return space.cosine ? distance : Math.sqrt(distance);
}
