import type { Cooperation } from '../jobs/cooperation';
import type { EmbeddingMatrix } from '../math/matrix-types';

/** Per-column mean and the upper triangle of the covariance matrix of an embedding matrix. */
export interface CovarianceSummary {
  /** Column means, length `cols`. */
  readonly mean: Float64Array;
  /** Row-major `cols × cols`; only the upper triangle (col ≥ row) is filled. Divided by `rows - 1`. */
  readonly upper: Float64Array;
  /** Sum of the variances (the trace), the denominator of the explained-variance ratio. */
  readonly totalVariance: number;
}

/**
 * 64 rows per block: a centred block of 64 × 384 doubles is 192 KiB, which stays in L2 cache while every
 * pair of columns is multiplied, and each block is long enough for the inner loop to run at full speed.
 */
const BLOCK_ROWS = 64;

/** Column means in double precision (a float32 running sum would lose digits over 100k rows). */
function columnMeans(matrix: EmbeddingMatrix): Float64Array {
  const { data, rows, cols } = matrix;
  const mean = new Float64Array(cols);
  for (let row = 0; row < rows; row++) {
    const offset = row * cols;
    for (let col = 0; col < cols; col++) mean[col] = (mean[col] ?? 0) + (data[offset + col] ?? 0);
  }
  for (let col = 0; col < cols; col++) mean[col] = (mean[col] ?? 0) / Math.max(1, rows);
  return mean;
}

/** Adds `Σ_r block[a, r] · block[b, r]` for one pair of columns of a column-major block. */
function addPair(block: Float64Array, blockRows: number, a: number, b: number): number {
  let sum = 0;
  for (let r = 0; r < blockRows; r++)
    sum += (block[a * BLOCK_ROWS + r] ?? 0) * (block[b * BLOCK_ROWS + r] ?? 0);
  return sum;
}

/**
 * Adds the products of a centred, column-major block (`cols × blockRows`) into the upper triangle. Four
 * columns `b` share each load of column `a`, which cuts memory traffic enough to run ~1.5× faster in V8.
 */
function accumulateBlock(block: Float64Array, blockRows: number, cols: number, upper: Float64Array): void {
  for (let a = 0; a < cols; a++) {
    const aOffset = a * BLOCK_ROWS;
    const row = a * cols;
    let b = a;
    for (; b + 3 < cols; b += 4) {
      const b0 = b * BLOCK_ROWS;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let r = 0; r < blockRows; r++) {
        const x = block[aOffset + r] ?? 0;
        s0 += x * (block[b0 + r] ?? 0);
        s1 += x * (block[b0 + BLOCK_ROWS + r] ?? 0);
        s2 += x * (block[b0 + 2 * BLOCK_ROWS + r] ?? 0);
        s3 += x * (block[b0 + 3 * BLOCK_ROWS + r] ?? 0);
      }
      upper[row + b] = (upper[row + b] ?? 0) + s0;
      upper[row + b + 1] = (upper[row + b + 1] ?? 0) + s1;
      upper[row + b + 2] = (upper[row + b + 2] ?? 0) + s2;
      upper[row + b + 3] = (upper[row + b + 3] ?? 0) + s3;
    }
    for (; b < cols; b++) upper[row + b] = (upper[row + b] ?? 0) + addPair(block, blockRows, a, b);
  }
}

/**
 * Centred covariance, accumulated over blocks of rows into a `Float64Array`, so the memory used is
 * `cols²` doubles however many rows there are. Yields between blocks through `cooperation`.
 */
export async function covariance(
  matrix: EmbeddingMatrix,
  cooperation: Cooperation,
  onProgress?: (fraction: number) => void,
): Promise<CovarianceSummary> {
  const { data, rows, cols } = matrix;
  const mean = columnMeans(matrix);
  const upper = new Float64Array(cols * cols);
  const block = new Float64Array(cols * BLOCK_ROWS);
  await cooperation.forEachChunk(
    rows,
    BLOCK_ROWS,
    (start, end) => {
      // Transposing into column-major makes both operands of the inner dot product contiguous.
      for (let row = start; row < end; row++) {
        const offset = row * cols;
        for (let col = 0; col < cols; col++) {
          block[col * BLOCK_ROWS + (row - start)] = (data[offset + col] ?? 0) - (mean[col] ?? 0);
        }
      }
      accumulateBlock(block, end - start, cols, upper);
    },
    onProgress,
  );
  const divisor = Math.max(1, rows - 1);
  let totalVariance = 0;
  for (let a = 0; a < cols; a++) {
    for (let b = a; b < cols; b++) upper[a * cols + b] = (upper[a * cols + b] ?? 0) / divisor;
    totalVariance += upper[a * cols + a] ?? 0;
  }
  return { mean, upper, totalVariance };
}
