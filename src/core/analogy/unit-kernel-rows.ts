import { StudioError } from '../../shared/errors';
import type { SearchMatrix } from '../knn/nearest-rows';
import { allocateKernelSpace } from '../knn/kernel-memory';
import { KERNEL_BLOCK, squaredDistanceJs } from '../knn/squared-distance-kernel';

/**
 * A matrix's rows normalised to unit length and padded to the SIMD kernel's stride, followed by `extraRows`
 * zero rows for the caller's queries, all in the kernel's memory. For unit rows u and any query t,
 * |u − t|² = 1 + |t|² − 2 u·t, so the nearest row by squared distance is the one with the highest cosine.
 */
export interface UnitKernelRows {
  readonly data: Float32Array<ArrayBuffer>;
  /** Floats per row, padding included. */
  readonly stride: number;
  /** 1 for a row of zero length: it has no direction and is never an answer. */
  readonly zero: Uint8Array;
  /** |row a − row b|², by the WebAssembly SIMD kernel where there is one, else its exact plain-JS replay. */
  distance(a: number, b: number): number;
}

/** Copies (normalising) `matrix` once; too large for memory is `insufficient-memory`, not a crashed worker. */
export function unitKernelRows(matrix: SearchMatrix, extraRows: number): UnitKernelRows {
  const { data: source, norms, rows, dimension } = matrix;
  const stride = Math.max(KERNEL_BLOCK, Math.ceil(dimension / KERNEL_BLOCK) * KERNEL_BLOCK);
  const floats = (rows + extraRows) * stride;
  let space: ReturnType<typeof allocateKernelSpace>;
  try {
    space = allocateKernelSpace(floats);
  } catch (error) {
    if (!(error instanceof RangeError) && !(error instanceof Error && /memory/iu.test(error.message)))
      throw error;
    const megabytes = Math.ceil((floats * 4) / 2 ** 20);
    throw new StudioError(
      'insufficient-memory',
      `There is not enough memory for a normalised copy of ${rows} vectors (${megabytes} MiB); load fewer words.`,
      { rows, megabytes },
    );
  }
  const { data, kernel } = space;
  const zero = new Uint8Array(rows);
  for (let row = 0; row < rows; row++) {
    const norm = norms[row] ?? 0;
    if (norm === 0) {
      zero[row] = 1;
      continue;
    }
    for (let i = 0; i < dimension; i++) data[row * stride + i] = (source[row * dimension + i] ?? 0) / norm;
  }
  const distance =
    kernel === null
      ? (a: number, b: number): number => squaredDistanceJs(data, a * stride, b * stride, stride)
      : (a: number, b: number): number => kernel(a * stride * 4, b * stride * 4, stride);
  return { data, stride, zero, distance };
}
