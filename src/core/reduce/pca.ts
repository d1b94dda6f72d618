import type { Cooperation } from '../jobs/cooperation';
import { uninterruptible } from '../jobs/cooperation';
import type { EmbeddingMatrix, LayoutCoordinates } from '../math/matrix-types';
import { toLayoutCoordinates } from '../math/matrix-types';
import { topSymmetricEigen } from '../math/top-eigen';
import { covariance } from './covariance';

/** What {@link pca} needs besides the data. */
export interface PcaOptions {
  /** Number of output axes (k). Axes beyond the data's dimension come back as zeros with variance 0. */
  readonly components: number;
  /** Yielding and cancellation; defaults to one that never aborts. */
  readonly cooperation?: Cooperation;
  /** Share of the reduction finished, in [0, 1]. */
  readonly onProgress?: (fraction: number) => void;
}

/** A fitted PCA and the projected rows. */
export interface PcaResult {
  /** `rows × components` projections of the centred rows. */
  readonly coordinates: LayoutCoordinates;
  /** Share of the total variance each output axis explains: in [0, 1], descending, summing to ≤ 1. */
  readonly explainedVarianceRatio: number[];
  /** Column-major loadings, `cols × components`: axis `c` is `components[c * cols .. (c + 1) * cols)`. */
  readonly components: Float64Array;
  /** Column means that were subtracted. */
  readonly mean: Float64Array;
}

/**
 * Eigenvalues below this share of the total variance are rounding noise (float32 input carries ~7 digits),
 * not structure: their axes are reported as zeros with variance 0 rather than as amplified noise.
 */
const NEGLIGIBLE_VARIANCE_SHARE = 1e-10;

/**
 * Deterministic sign convention: each axis is flipped so that its loading with the largest absolute value
 * (the first such loading on a tie) is positive. Eigenvectors are only defined up to sign, and without this
 * the same data could mirror from run to run or between libraries.
 */
function fixSign(vectors: Float64Array, offset: number, length: number): void {
  let best = 0;
  for (let i = 1; i < length; i++) {
    if (Math.abs(vectors[offset + i] ?? 0) > Math.abs(vectors[offset + best] ?? 0)) best = i;
  }
  if ((vectors[offset + best] ?? 0) >= 0) return;
  for (let i = 0; i < length; i++) vectors[offset + i] = -(vectors[offset + i] ?? 0);
}

/** Keeps the top `k` eigenvectors (sign-fixed) and their variance ratios; padding axes stay zero. */
function selectComponents(
  upper: Float64Array,
  cols: number,
  totalVariance: number,
  k: number,
): { components: Float64Array; ratios: number[] } {
  const components = new Float64Array(cols * k);
  const ratios = new Array<number>(k).fill(0);
  if (cols === 0 || !(totalVariance > 0)) return { components, ratios };
  const eigen = topSymmetricEigen(upper, cols, k);
  for (let c = 0; c < Math.min(k, cols); c++) {
    const variance = Math.max(0, eigen.values[c] ?? 0);
    if (variance <= NEGLIGIBLE_VARIANCE_SHARE * totalVariance) break;
    components.set(eigen.vectors.subarray(c * cols, (c + 1) * cols), c * cols);
    fixSign(components, c * cols, cols);
    ratios[c] = Math.min(1, variance / totalVariance);
  }
  return { components, ratios };
}

/**
 * Projects rows `start..end` onto axes `c` and `c + 1` (when it exists) in one pass over each row: the row is
 * read once for two dot products, which halves the memory traffic of the projection.
 */
function projectPair(
  data: Float32Array,
  cols: number,
  components: Float64Array,
  c: number,
  k: number,
  meanProjection: Float64Array,
  out: Float32Array,
  start: number,
  end: number,
): void {
  const first = c * cols;
  const pair = c + 1 < k;
  const second = pair ? first + cols : first;
  for (let row = start; row < end; row++) {
    const offset = row * cols;
    let sum0 = 0;
    let sum1 = 0;
    for (let d = 0; d < cols; d++) {
      const x = data[offset + d] ?? 0;
      sum0 += x * (components[first + d] ?? 0);
      sum1 += x * (components[second + d] ?? 0);
    }
    out[row * k + c] = sum0 - (meanProjection[c] ?? 0);
    if (pair) out[row * k + c + 1] = sum1 - (meanProjection[c + 1] ?? 0);
  }
}

/** Projects centred rows onto the `k` kept axes only (never the full `cols × cols` basis). */
async function project(
  matrix: EmbeddingMatrix,
  mean: Float64Array,
  components: Float64Array,
  k: number,
  cooperation: Cooperation,
): Promise<Float32Array<ArrayBuffer>> {
  const { data, rows, cols } = matrix;
  const out = new Float32Array(rows * k);
  // (x − μ)·v = x·v − μ·v: subtracting the projected mean once keeps the inner loop a plain dot product.
  const meanProjection = new Float64Array(k);
  for (let c = 0; c < k; c++) {
    let sum = 0;
    for (let d = 0; d < cols; d++) sum += (mean[d] ?? 0) * (components[c * cols + d] ?? 0);
    meanProjection[c] = sum;
  }
  // 4096 rows × a few axes × 384 columns is a few million multiply-adds: well inside one time slice.
  await cooperation.forEachChunk(rows, 4096, (start, end) => {
    for (let c = 0; c < k; c += 2) projectPair(data, cols, components, c, k, meanProjection, out, start, end);
  });
  return out;
}

/**
 * Principal component analysis by eigendecomposition of the covariance matrix (accumulated in double
 * precision, blocked over rows). Returns the top `components` axes with a deterministic sign (see
 * {@link fixSign}) and the rows projected onto them. Degenerate input (constant data, a single row, fewer
 * columns than axes) gives zeros and variance ratio 0 for the missing axes, never NaN.
 */
export async function pca(matrix: EmbeddingMatrix, options: PcaOptions): Promise<PcaResult> {
  const k = options.components;
  if (!Number.isInteger(k) || k < 1)
    throw new RangeError(`pca: components must be a positive integer, got ${k}`);
  const cooperation = options.cooperation ?? uninterruptible();
  const report = options.onProgress ?? (() => undefined);
  // The covariance pass dominates (rows × cols² / 2 multiply-adds); projection is rows × cols × k.
  const summary = await covariance(matrix, cooperation, (fraction) => {
    report(0.8 * fraction);
  });
  const { components, ratios } = selectComponents(summary.upper, matrix.cols, summary.totalVariance, k);
  await cooperation.checkpoint();
  const projected = await project(matrix, summary.mean, components, k, cooperation);
  report(1);
  return {
    coordinates: toLayoutCoordinates(projected, matrix.rows, k),
    explainedVarianceRatio: ratios,
    components,
    mean: summary.mean,
  };
}
