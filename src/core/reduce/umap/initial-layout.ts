import type { Cooperation } from '../../jobs/cooperation';
import type { VectorSpace } from '../../knn/vector-space';
import { orthonormalizeColumns } from '../../math/orthonormalize';
import { createRandom, type RandomSource } from '../../math/random';

/** umap-learn scales its initial layout so the largest coordinate is 10 layout units. */
const BOX = 10;
/** Seeded jitter (layout units) that separates duplicate rows, which would otherwise never feel a force. */
const JITTER = 1e-4 * BOX;
/** Extra search directions beyond `dims`: they make subspace iteration converge to the top axes faster. */
const OVERSAMPLE = 3;
/** Subspace iterations: on embedding spectra the top 2–3 axes settle in well under ten (Halko et al.). */
const ITERATIONS = 6;
/**
 * The axes are fitted on every step-th row so that at most ~4,096 rows take part: plenty to find the top
 * two or three directions of a start layout, and it keeps the fit a small fixed cost as rows grow.
 */
const FIT_ROWS = 4096;

/**
 * The starting layout: the rows' top principal axes (found by randomised subspace iteration, rows × cols ×
 * (dims + 3) multiply-adds per step) scaled to a box of ±10 with a tiny seeded jitter. Why PCA rather than
 * umap-learn's spectral start: it is deterministic, costs a fraction of the kNN search, and stays well defined
 * when the graph falls apart into components (well separated clusters), where the Laplacian's leading
 * eigenvectors are degenerate and need a special multi-component layout. Constant data falls back to a
 * seeded uniform box.
 */
export async function initialLayout(
  space: VectorSpace,
  dims: number,
  seed: number,
  cooperation: Cooperation,
): Promise<Float32Array<ArrayBuffer>> {
  const { rows, cols } = space;
  const random = createRandom(seed);
  const width = Math.min(cols, dims + OVERSAMPLE);
  const step = Math.max(1, Math.ceil(rows / FIT_ROWS));
  const mean = columnMeans(space, step);
  const basis = Float64Array.from({ length: cols * width }, () => random.nextGaussian());
  const projected = new Float64Array(rows * width);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    await orthonormalizeColumns(basis, cols, width, cooperation);
    project(space, mean, basis, width, projected, step);
    backProject(space, mean, projected, width, basis, step);
    await cooperation.checkpoint();
  }
  await orthonormalizeColumns(basis, cols, width, cooperation);
  project(space, mean, basis, width, projected, 1);
  return scaleToBox(projected, rows, width, dims, random);
}

/** Column means over every step-th row. */
function columnMeans(space: VectorSpace, step: number): Float64Array {
  const { data, rows, cols } = space;
  const mean = new Float64Array(cols);
  let counted = 0;
  for (let r = 0; r < rows; r += step, counted++)
    for (let c = 0; c < cols; c++) mean[c] = (mean[c] ?? 0) + (data[r * cols + c] ?? 0);
  for (let c = 0; c < cols; c++) mean[c] = (mean[c] ?? 0) / Math.max(1, counted);
  return mean;
}

/** out (rows × width) = (X − mean) · basis for every step-th row, basis row-major `cols × width`. */
function project(
  space: VectorSpace,
  mean: Float64Array,
  basis: Float64Array,
  width: number,
  out: Float64Array,
  step: number,
): void {
  const { data, rows, cols } = space;
  out.fill(0);
  for (let r = 0; r < rows; r += step) {
    for (let c = 0; c < cols; c++) {
      const x = (data[r * cols + c] ?? 0) - (mean[c] ?? 0);
      for (let w = 0; w < width; w++)
        out[r * width + w] = (out[r * width + w] ?? 0) + x * (basis[c * width + w] ?? 0);
    }
  }
}

/** basis (cols × width) = (X − mean)ᵀ · projected over every step-th row. */
function backProject(
  space: VectorSpace,
  mean: Float64Array,
  projected: Float64Array,
  width: number,
  basis: Float64Array,
  step: number,
): void {
  const { data, rows, cols } = space;
  basis.fill(0);
  for (let r = 0; r < rows; r += step) {
    for (let c = 0; c < cols; c++) {
      const x = (data[r * cols + c] ?? 0) - (mean[c] ?? 0);
      for (let w = 0; w < width; w++)
        basis[c * width + w] = (basis[c * width + w] ?? 0) + x * (projected[r * width + w] ?? 0);
    }
  }
}

/** Keeps the first `dims` axes, scales the largest |coordinate| to BOX and adds the jitter. */
function scaleToBox(
  projected: Float64Array,
  rows: number,
  width: number,
  dims: number,
  random: RandomSource,
): Float32Array<ArrayBuffer> {
  let largest = 0;
  for (let r = 0; r < rows; r++) {
    for (let d = 0; d < Math.min(dims, width); d++)
      largest = Math.max(largest, Math.abs(projected[r * width + d] ?? 0));
  }
  const out = new Float32Array(rows * dims);
  // Relative to the data's own spread: anything below 1e-9 of BOX is rounding in a constant data set.
  const degenerate = !(largest > 1e-9);
  const scale = degenerate ? 0 : BOX / largest;
  for (let r = 0; r < rows; r++) {
    for (let d = 0; d < dims; d++) {
      const base = d < width ? (projected[r * width + d] ?? 0) * scale : 0;
      out[r * dims + d] = degenerate ? BOX * (2 * random.next() - 1) : base + JITTER * random.nextGaussian();
    }
  }
  return out;
}
