import { EVD, Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { Cooperation } from '../../../src/core/jobs/cooperation';
import { toEmbeddingMatrix } from '../../../src/core/math/matrix-types';
import { createRandom } from '../../../src/core/math/random';
import { pca } from '../../../src/core/reduce/pca';
import { expectStudioError } from '../support/expect-studio-error';
import { gaussianClusters, randomRotation, rotate } from '../support/synthetic';

const data = gaussianClusters(600, 24, 5, 7);

/** Largest |a − s·b| over a column, with s = ±1 chosen to match (PCA axes are defined up to sign). */
function maxDifferenceUpToSign(a: Float32Array, b: Float32Array, width: number, column: number): number {
  let same = 0;
  let flipped = 0;
  for (let i = column; i < a.length; i += width) {
    same = Math.max(same, Math.abs((a[i] ?? 0) - (b[i] ?? 0)));
    flipped = Math.max(flipped, Math.abs((a[i] ?? 0) + (b[i] ?? 0)));
  }
  return Math.min(same, flipped);
}

describe('pca', () => {
  it('returns rows × k finite coordinates, the same on every run', async () => {
    const first = await pca(data, { components: 3 });
    const second = await pca(data, { components: 3 });
    expect(first.coordinates.rows).toBe(600);
    expect(first.coordinates.dims).toBe(3);
    expect(first.coordinates.data).toHaveLength(1800);
    expect(first.coordinates.data.every(Number.isFinite)).toBe(true);
    expect(second.coordinates.data).toEqual(first.coordinates.data);
  });

  it('reports variance ratios in [0, 1], descending, summing to at most 1', async () => {
    const { explainedVarianceRatio: ratios } = await pca(data, { components: 3 });
    expect(ratios).toHaveLength(3);
    for (const ratio of ratios) expect(ratio).toBeGreaterThanOrEqual(0);
    expect([...ratios].sort((a, b) => b - a)).toEqual(ratios);
    expect(ratios.reduce((sum, ratio) => sum + ratio, 0)).toBeLessThanOrEqual(1);
    expect(ratios[0]).toBeGreaterThan(0.1);
  });

  it('centres the output and makes the largest loading of each axis positive', async () => {
    const { coordinates, components } = await pca(data, { components: 2 });
    for (let c = 0; c < 2; c++) {
      const mean = coordinates.data.filter((_, i) => i % 2 === c).reduce((s, v) => s + v, 0) / 600;
      expect(Math.abs(mean)).toBeLessThan(1e-4);
      const axis = Array.from(components.subarray(c * 24, (c + 1) * 24));
      const largest = axis.reduce((best, value) => (Math.abs(value) > Math.abs(best) ? value : best), 0);
      expect(largest).toBeGreaterThan(0);
    }
  });

  it('is invariant to translating the data', async () => {
    const shifted = Float32Array.from(data.data, (value, i) => value + 50 * Math.sin(i % 24));
    const a = await pca(data, { components: 2 });
    const b = await pca(toEmbeddingMatrix(shifted, 600, 24), { components: 2 });
    for (let c = 0; c < 2; c++)
      expect(maxDifferenceUpToSign(a.coordinates.data, b.coordinates.data, 2, c)).toBeLessThan(1e-3);
  });

  it('is invariant, up to sign, to an orthogonal rotation of the input', async () => {
    const a = await pca(data, { components: 3 });
    const b = await pca(rotate(data, randomRotation(24, 99)), { components: 3 });
    for (let c = 0; c < 3; c++)
      expect(maxDifferenceUpToSign(a.coordinates.data, b.coordinates.data, 3, c)).toBeLessThan(1e-3);
    b.explainedVarianceRatio.forEach((ratio, c) => {
      expect(ratio).toBeCloseTo(a.explainedVarianceRatio[c] ?? 0, 5);
    });
  });

  it('finds a known principal axis and its share of the variance', async () => {
    const cols = 5;
    const axis = [1, 2, -3, 0.5, 1].map((v, _, all) => v / Math.hypot(...all));
    const random = createRandom(3);
    const rows = 2000;
    const values = new Float32Array(rows * cols);
    for (let r = 0; r < rows; r++) {
      const t = 10 * random.nextGaussian();
      for (let c = 0; c < cols; c++) values[r * cols + c] = t * (axis[c] ?? 0) + 0.1 * random.nextGaussian();
    }
    const result = await pca(toEmbeddingMatrix(values, rows, cols), { components: 2 });
    const found = Array.from(result.components.subarray(0, cols));
    const alignment = found.reduce((sum, value, c) => sum + value * (axis[c] ?? 0), 0);
    // The largest |loading| (−3) must come out positive, so the axis is flipped relative to `axis`.
    expect(alignment).toBeLessThan(-0.9999);
    // Variance 100 along the axis against 5 × 0.01 of noise.
    expect(result.explainedVarianceRatio[0]).toBeCloseTo(100 / 100.05, 3);
    const scores = result.coordinates.data.filter((_, i) => i % 2 === 0);
    const variance = scores.reduce((sum, v) => sum + v * v, 0) / (rows - 1);
    expect(variance).toBeGreaterThan(90);
    expect(variance).toBeLessThan(110);
  });

  it('matches an exact double-precision reference to 1e-6 relative at 160 columns (SIMD Gram, top-k eigen)', async () => {
    const rows = 3000;
    const cols = 160;
    const wide = gaussianClusters(rows, cols, 8, 21);
    const result = await pca(wide, { components: 3 });
    // The reference: the covariance summed in doubles row by row and ml-matrix's full decomposition.
    const mean = new Float64Array(cols);
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) mean[c] = (mean[c] ?? 0) + (wide.data[r * cols + c] ?? 0) / rows;
    const covariance = new Matrix(cols, cols);
    const centred = new Float64Array(cols);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) centred[c] = (wide.data[r * cols + c] ?? 0) - (mean[c] ?? 0);
      for (let a = 0; a < cols; a++)
        for (let b = a; b < cols; b++)
          covariance.set(a, b, covariance.get(a, b) + (centred[a] ?? 0) * (centred[b] ?? 0));
    }
    for (let a = 0; a < cols; a++) for (let b = a; b < cols; b++) covariance.set(b, a, covariance.get(a, b));
    const values = [...new EVD(covariance, { assumeSymmetric: true }).realEigenvalues].sort((x, y) => y - x);
    const total = values.reduce((sum, value) => sum + value, 0);
    for (let c = 0; c < 3; c++) {
      const expected = (values[c] ?? 0) / total;
      expect(Math.abs((result.explainedVarianceRatio[c] ?? 0) - expected) / expected).toBeLessThan(1e-6);
      // The scores' variance along each axis is that axis's eigenvalue.
      let variance = 0;
      for (let r = 0; r < rows; r++) variance += (result.coordinates.data[r * 3 + c] ?? 0) ** 2;
      expect(variance / (values[c] ?? 1)).toBeCloseTo(1, 4);
    }
  });

  it('gives zeros and zero variance for constant data, never NaN', async () => {
    const constant = toEmbeddingMatrix(new Float32Array(40).fill(0.3), 10, 4);
    const result = await pca(constant, { components: 2 });
    expect(Array.from(result.coordinates.data)).toEqual(new Array(20).fill(0));
    expect(result.explainedVarianceRatio).toEqual([0, 0]);
  });

  it('pads with zero axes when asked for more components than the data has', async () => {
    const line = toEmbeddingMatrix(Float32Array.from([0, 0, 1, 1, 2, 2, 3, 3]), 4, 2);
    const result = await pca(line, { components: 3 });
    expect(result.coordinates.dims).toBe(3);
    expect(result.explainedVarianceRatio[0]).toBeCloseTo(1, 6);
    expect(result.explainedVarianceRatio.slice(1)).toEqual([0, 0]);
    for (let r = 0; r < 4; r++) expect(result.coordinates.data[r * 3 + 2]).toBe(0);
  });

  it('stops with `cancelled` when its signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expectStudioError(
      () => pca(data, { components: 2, cooperation: new Cooperation(controller.signal) }),
      'cancelled',
    );
  });
});
