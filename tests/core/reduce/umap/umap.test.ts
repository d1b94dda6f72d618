import { describe, expect, it } from 'vitest';
import { DEFAULT_UMAP_PARAMS } from '../../../../src/shared/contract';
import { Cooperation } from '../../../../src/core/jobs/cooperation';
import { toEmbeddingMatrix, type EmbeddingMatrix } from '../../../../src/core/math/matrix-types';
import { umap, type UmapOptions } from '../../../../src/core/reduce/umap/umap';
import { expectStudioError } from '../../support/expect-studio-error';
import { gaussianClusters } from '../../support/synthetic';

const options: UmapOptions = { ...DEFAULT_UMAP_PARAMS, epochs: 200, dims: 2, seed: 11 };

/** Share of each row's 10 nearest layout neighbours that carry its cluster label (row % clusters). */
function labelAgreement(coords: Float32Array, dims: number, clusters: number, k = 10): number {
  const rows = coords.length / dims;
  let agree = 0;
  for (let i = 0; i < rows; i++) {
    const distances = Array.from({ length: rows }, (_, j) => {
      let sum = 0;
      for (let d = 0; d < dims; d++) sum += ((coords[i * dims + d] ?? 0) - (coords[j * dims + d] ?? 0)) ** 2;
      return { j, sum };
    });
    distances.sort((a, b) => a.sum - b.sum);
    for (const { j } of distances.slice(1, k + 1)) if (j % clusters === i % clusters) agree++;
  }
  return agree / (rows * k);
}

function matrix(values: number[], rows: number): EmbeddingMatrix {
  return toEmbeddingMatrix(Float32Array.from(values), rows, values.length / rows);
}

describe('umap', () => {
  const clusters = gaussianClusters(600, 50, 5, 3);

  it('gives byte-identical coordinates for a seed, and different ones for another seed', async () => {
    const first = await umap(clusters, options);
    const second = await umap(clusters, options);
    const other = await umap(clusters, { ...options, seed: 12 });
    expect(first.coordinates.data).toHaveLength(1200);
    expect(
      Buffer.from(second.coordinates.data.buffer).equals(Buffer.from(first.coordinates.data.buffer)),
    ).toBe(true);
    expect(other.coordinates.data).not.toEqual(first.coordinates.data);
    expect(first.knn?.k).toBe(14);
  });

  it('keeps planted clusters apart in 2D and 3D (10-NN label agreement ≥ 0.95)', async () => {
    const wide = gaussianClusters(500, 384, 4, 8);
    for (const [data, count] of [
      [clusters, 5],
      [wide, 4],
    ] as const) {
      for (const dims of [2, 3] as const) {
        const { coordinates } = await umap(data, { ...options, dims });
        expect(coordinates.data.every(Number.isFinite)).toBe(true);
        expect(labelAgreement(coordinates.data, dims, count)).toBeGreaterThanOrEqual(0.95);
      }
    }
  });

  it('chooses 500 epochs below 10,000 rows when epochs is null', async () => {
    const result = await umap(gaussianClusters(40, 5, 2, 1), { ...options, epochs: null });
    expect(result.epochs).toBe(500);
  });

  it('handles tiny inputs: 1 and 2 rows trivially, fewer rows than neighbours by clamping', async () => {
    expect(Array.from((await umap(matrix([1, 2], 1), options)).coordinates.data)).toEqual([0, 0]);
    expect(Array.from((await umap(matrix([1, 2, 3, 4], 2), options)).coordinates.data)).toEqual([
      -1, 0, 1, 0,
    ]);
    expect(Array.from((await umap(matrix([1, 2, 1, 2], 2), options)).coordinates.data)).toEqual([0, 0, 0, 0]);
    const five = await umap(gaussianClusters(5, 4, 2, 1), { ...options, dims: 3 });
    expect(five.knn?.k).toBe(4);
    expect(five.coordinates.data).toHaveLength(15);
    expect(five.coordinates.data.every(Number.isFinite)).toBe(true);
  });

  it('stays finite with duplicates, zero vectors (cosine) and one-dimensional data', async () => {
    const values = Array.from(gaussianClusters(60, 8, 3, 2).data);
    for (let c = 0; c < 8; c++) {
      values[8 + c] = values[c] ?? 0; // row 2 duplicates row 1
      values[16 + c] = values[c] ?? 0; // row 3 too
      values[24 + c] = 0; // row 4 is a zero vector
      values[32 + c] = 0; // and row 5
    }
    for (const metric of ['cosine', 'euclidean'] as const) {
      const { coordinates } = await umap(matrix(values, 60), { ...options, metric });
      expect(coordinates.data.every(Number.isFinite)).toBe(true);
    }
    const line = matrix(
      Array.from({ length: 100 }, (_, i) => (i % 2 === 0 ? i : -i)),
      100,
    );
    const { coordinates } = await umap(line, { ...options, metric: 'euclidean' });
    expect(coordinates.data.every(Number.isFinite)).toBe(true);
    const constant = await umap(matrix(new Array<number>(30).fill(3), 10), options);
    expect(constant.coordinates.data.every(Number.isFinite)).toBe(true);
  });

  it('names the rows with NaN or Infinity', async () => {
    const values = Array.from(gaussianClusters(10, 3, 2, 1).data);
    values[7] = Infinity;
    const error = await expectStudioError(() => umap(matrix(values, 10), options), 'invalid-vectors');
    expect(error.params).toMatchObject({ rows: '3' });
  });

  it('streams finite layouts from the start, ending with the final layout, and reports each stage', async () => {
    const layouts: { coords: Float32Array; epoch: number; total: number }[] = [];
    const stages: string[] = [];
    const result = await umap(clusters, {
      ...options,
      onLayout: (coords, epoch, total) => layouts.push({ coords, epoch, total }),
      onProgress: (_fraction, stage) => {
        if (stages.at(-1) !== stage) stages.push(stage);
      },
    });
    expect(stages).toEqual(['knn', 'graph', 'epochs']);
    expect(layouts.length).toBeGreaterThanOrEqual(2);
    expect(layouts[0]?.epoch).toBe(0);
    for (const layout of layouts) {
      expect(layout.coords).toHaveLength(1200);
      expect(layout.coords.every(Number.isFinite)).toBe(true);
      expect(layout.total).toBe(200);
    }
    expect(layouts.at(-1)?.epoch).toBe(200);
    expect(layouts.at(-1)?.coords).toEqual(result.coordinates.data);
    expect(layouts.at(-1)?.coords).not.toBe(result.coordinates.data);
  });

  it('stops promptly with `cancelled` when aborted mid-epochs', async () => {
    const controller = new AbortController();
    let abortedAt = 0;
    const run = umap(clusters, {
      ...options,
      epochs: 5000,
      cooperation: new Cooperation(controller.signal),
      onProgress: (_fraction, stage) => {
        if (stage === 'epochs' && abortedAt === 0) {
          abortedAt = Date.now();
          controller.abort();
        }
      },
    });
    await expectStudioError(() => run, 'cancelled');
    // One 20 ms slice plus an epoch (well under a millisecond at 600 rows); 500 ms leaves room for a busy CI.
    expect(Date.now() - abortedAt).toBeLessThan(500);
  });
});
