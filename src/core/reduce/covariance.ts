import type { Cooperation } from '../jobs/cooperation';
import { createGramBlock, type GramBlock } from '../math/gram-block-kernel';
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
 * 256 rows per block: a centred block of 256 × 384 floats is 384 KiB, which stays in L2 cache while every
 * pair of columns is multiplied, and each single-precision product sums only 64 terms per SIMD lane, so its
 * rounding (~1e-6 relative) stays far below the 1e-4 the explained variance is held to. Blocks are summed in
 * double precision.
 */
const BLOCK_ROWS = 256;

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

/**
 * Adds the products of the centred block (column-major in `gram.data`) into the upper triangle: columns are
 * taken two at a time against every four-column tile from their own diagonal tile on (the few products
 * below the diagonal that this computes are dropped).
 */
function accumulateBlock(gram: GramBlock, cols: number, upper: Float64Array): void {
  const { out } = gram;
  for (let a = 0; a < cols; a += 2) {
    const first = a - (a % 4);
    const tiles = (gram.cols - first) / 4;
    gram.tiles(a, first, tiles);
    for (let t = 0; t < tiles; t++) {
      for (let i = 0; i < 2; i++) {
        const row = a + i;
        if (row >= cols) break;
        for (let j = 0; j < 4; j++) {
          const col = first + 4 * t + j;
          if (col < row || col >= cols) continue;
          upper[row * cols + col] = (upper[row * cols + col] ?? 0) + (out[8 * t + 4 * i + j] ?? 0);
        }
      }
    }
  }
}

/**
 * Centred covariance, accumulated over blocks of rows into a `Float64Array` by the SIMD Gram kernel (see
 * {@link createGramBlock}), so the memory used is `cols²` doubles plus one block however many rows there are. Yields between blocks through `cooperation`.
 */
export async function covariance(
  matrix: EmbeddingMatrix,
  cooperation: Cooperation,
  onProgress?: (fraction: number) => void,
): Promise<CovarianceSummary> {
  const { data, rows, cols } = matrix;
  const mean = columnMeans(matrix);
  const upper = new Float64Array(cols * cols);
  const gram = createGramBlock(BLOCK_ROWS, cols);
  const block = gram.data;
  const stride = gram.rows;
  await cooperation.forEachChunk(
    rows,
    BLOCK_ROWS,
    (start, end) => {
      // Transposing into column-major makes both operands of the inner dot product contiguous; a short last
      // block leaves zeros in its unused rows, which add nothing.
      if (end - start < BLOCK_ROWS) block.fill(0);
      for (let row = start; row < end; row++) {
        const offset = row * cols;
        for (let col = 0; col < cols; col++) {
          block[col * stride + (row - start)] = (data[offset + col] ?? 0) - (mean[col] ?? 0);
        }
      }
      accumulateBlock(gram, cols, upper);
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
