import { describe, expect, it } from 'vitest';
import { DEFAULT_UMAP_PARAMS } from '../../../../src/shared/contract';
import { toEmbeddingMatrix, type EmbeddingMatrix } from '../../../../src/core/math/matrix-types';
import { pca } from '../../../../src/core/reduce/pca';
import { transformPca } from '../../../../src/core/reduce/transform/transform-pca';
import { transformUmap } from '../../../../src/core/reduce/transform/transform-umap';
import { umap } from '../../../../src/core/reduce/umap/umap';
import { gaussianClusters } from '../../support/synthetic';

/** Splits rows into the fitted ones and every `every`-th row held out (cluster = row % clusters). */
function holdOut(
  data: EmbeddingMatrix,
  every: number,
): { fitted: EmbeddingMatrix; held: EmbeddingMatrix; heldRows: number[] } {
  const fittedRows: number[] = [];
  const heldRows: number[] = [];
  for (let row = 0; row < data.rows; row++) (row % every === every - 1 ? heldRows : fittedRows).push(row);
  const pick = (rows: number[]): EmbeddingMatrix => {
    const out = new Float32Array(rows.length * data.cols);
    rows.forEach((row, i) => {
      out.set(data.data.subarray(row * data.cols, (row + 1) * data.cols), i * data.cols);
    });
    return toEmbeddingMatrix(out, rows.length, data.cols);
  };
  return { fitted: pick(fittedRows), held: pick(heldRows), heldRows };
}

/** The cluster of the fitted point nearest to `point` in the layout. */
function nearestCluster(
  layout: Float32Array,
  dims: number,
  fittedRows: number[],
  point: Float32Array,
  clusters: number,
): number {
  let best = Infinity;
  let cluster = -1;
  fittedRows.forEach((row, i) => {
    let sum = 0;
    for (let d = 0; d < dims; d++) sum += ((layout[i * dims + d] ?? 0) - (point[d] ?? 0)) ** 2;
    if (sum < best) {
      best = sum;
      cluster = row % clusters;
    }
  });
  return cluster;
}

describe('transformPca', () => {
  it('puts a fitted row back on its own point and a held-out row among its cluster', async () => {
    const data = gaussianClusters(300, 20, 3, 4);
    const { fitted, held, heldRows } = holdOut(data, 10);
    const fit = await pca(fitted, { components: 2 });
    const again = transformPca(fit, fitted);
    for (let i = 0; i < again.data.length; i++)
      expect(again.data[i]).toBeCloseTo(fit.coordinates.data[i] ?? 0, 3);
    const placed = transformPca(fit, held);
    const fittedRows = Array.from({ length: data.rows }, (_, r) => r).filter((r) => r % 10 !== 9);
    heldRows.forEach((row, i) => {
      expect(
        nearestCluster(fit.coordinates.data, 2, fittedRows, placed.data.subarray(i * 2, i * 2 + 2), 3),
      ).toBe(row % 3);
    });
    expect(() => transformPca(fit, gaussianClusters(2, 5, 1, 1))).toThrow(RangeError);
  });
});

describe('transformUmap', () => {
  it('places held-out rows of cluster A among cluster A, deterministically, leaving the fit alone', async () => {
    const data = gaussianClusters(500, 30, 4, 6);
    const { fitted, held, heldRows } = holdOut(data, 10);
    const params = { ...DEFAULT_UMAP_PARAMS, epochs: 200 };
    const fit = await umap(fitted, { ...params, dims: 2, seed: 3 });
    const before = Float32Array.from(fit.coordinates.data);
    const placed = transformUmap({ data: fitted, layout: fit.coordinates, params }, held, 9);
    expect(placed.rows).toBe(held.rows);
    expect(placed.data.every(Number.isFinite)).toBe(true);
    expect(fit.coordinates.data).toEqual(before);
    const fittedRows = Array.from({ length: data.rows }, (_, r) => r).filter((r) => r % 10 !== 9);
    heldRows.forEach((row, i) => {
      expect(nearestCluster(before, 2, fittedRows, placed.data.subarray(i * 2, i * 2 + 2), 4)).toBe(row % 4);
    });
    const again = transformUmap({ data: fitted, layout: fit.coordinates, params }, held, 9);
    expect(Buffer.from(again.data.buffer).equals(Buffer.from(placed.data.buffer))).toBe(true);
  });

  it('handles 3D layouts, euclidean distance and a duplicate of a fitted row', async () => {
    const fitted = gaussianClusters(120, 8, 2, 2);
    const params = { ...DEFAULT_UMAP_PARAMS, metric: 'euclidean' as const, epochs: 90 };
    const fit = await umap(fitted, { ...params, dims: 3, seed: 1 });
    const copy = toEmbeddingMatrix(Float32Array.from(fitted.data.subarray(0, 8)), 1, 8);
    const placed = transformUmap({ data: fitted, layout: fit.coordinates, params }, copy, 1);
    expect(placed.dims).toBe(3);
    expect(placed.data.every(Number.isFinite)).toBe(true);
    expect(
      nearestCluster(
        fit.coordinates.data,
        3,
        Array.from({ length: 120 }, (_, r) => r),
        placed.data,
        2,
      ),
    ).toBe(0);
  });
});
