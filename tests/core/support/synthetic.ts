import { createRandom } from '../../../src/core/math/random';
import { toEmbeddingMatrix, type EmbeddingMatrix } from '../../../src/core/math/matrix-types';

/** Seeded Gaussian clusters: `clusters` random centres (spread 3) with unit noise around each. */
export function gaussianClusters(
  rows: number,
  cols: number,
  clusters: number,
  seed: number,
): EmbeddingMatrix {
  const random = createRandom(seed);
  const centres = Float64Array.from({ length: clusters * cols }, () => 3 * random.nextGaussian());
  const data = new Float32Array(rows * cols);
  for (let row = 0; row < rows; row++) {
    const cluster = row % clusters;
    for (let col = 0; col < cols; col++) {
      data[row * cols + col] = (centres[cluster * cols + col] ?? 0) + random.nextGaussian();
    }
  }
  return toEmbeddingMatrix(data, rows, cols);
}

/** A random orthogonal `size × size` matrix (row-major), by Gram–Schmidt on Gaussian rows. */
export function randomRotation(size: number, seed: number): Float64Array {
  const random = createRandom(seed);
  const q = Float64Array.from({ length: size * size }, () => random.nextGaussian());
  for (let r = 0; r < size; r++) {
    for (let p = 0; p < r; p++) {
      let dot = 0;
      for (let i = 0; i < size; i++) dot += (q[r * size + i] ?? 0) * (q[p * size + i] ?? 0);
      for (let i = 0; i < size; i++) q[r * size + i] = (q[r * size + i] ?? 0) - dot * (q[p * size + i] ?? 0);
    }
    let norm = 0;
    for (let i = 0; i < size; i++) norm += (q[r * size + i] ?? 0) ** 2;
    for (let i = 0; i < size; i++) q[r * size + i] = (q[r * size + i] ?? 0) / Math.sqrt(norm);
  }
  return q;
}

/** Row-major product `matrix · rotation` (rotation `cols × cols`). */
export function rotate(matrix: EmbeddingMatrix, rotation: Float64Array): EmbeddingMatrix {
  const { rows, cols, data } = matrix;
  const out = new Float32Array(rows * cols);
  for (let row = 0; row < rows; row++) {
    for (let c = 0; c < cols; c++) {
      let sum = 0;
      for (let k = 0; k < cols; k++) sum += (data[row * cols + k] ?? 0) * (rotation[k * cols + c] ?? 0);
      out[row * cols + c] = sum;
    }
  }
  return toEmbeddingMatrix(out, rows, cols);
}

/** Pearson correlation of column `column` of two row-major `rows × width` arrays. */
export function columnCorrelation(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  width: number,
  column: number,
): number {
  const rows = a.length / width;
  let meanA = 0;
  let meanB = 0;
  for (let r = 0; r < rows; r++) {
    meanA += a[r * width + column] ?? 0;
    meanB += b[r * width + column] ?? 0;
  }
  meanA /= rows;
  meanB /= rows;
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let r = 0; r < rows; r++) {
    const x = (a[r * width + column] ?? 0) - meanA;
    const y = (b[r * width + column] ?? 0) - meanB;
    ab += x * y;
    aa += x * x;
    bb += y * y;
  }
  return ab / Math.sqrt(aa * bb);
}
