import { describe, expect, it } from 'vitest';
import { Cooperation } from '../../../src/core/jobs/cooperation';
import { buildKnnGraph, EXACT_KNN_MAX_ROWS, type KnnGraph } from '../../../src/core/knn/knn-graph';
import { toEmbeddingMatrix } from '../../../src/core/math/matrix-types';
import { knnRecall } from '../../../src/core/quality/knn-recall';
import { expectStudioError } from '../support/expect-studio-error';
import { gaussianClusters } from '../support/synthetic';

/** Every row: k neighbours, none of them itself or repeated, distances ascending and finite. */
function expectWellFormed(graph: KnnGraph): void {
  const { rows, k, indices, distances } = graph;
  expect(indices).toHaveLength(rows * k);
  expect(distances).toHaveLength(rows * k);
  for (let row = 0; row < rows; row++) {
    const listed = Array.from(indices.subarray(row * k, (row + 1) * k));
    expect(listed).not.toContain(row);
    expect(new Set(listed).size).toBe(k);
    for (const index of listed) expect(index >= 0 && index < rows).toBe(true);
    const ds = Array.from(distances.subarray(row * k, (row + 1) * k));
    expect(ds.every(Number.isFinite)).toBe(true);
    expect(ds).toEqual([...ds].sort((a, b) => a - b));
  }
}

describe('buildKnnGraph', () => {
  it('is exact below the threshold: recall 1, with true distances', async () => {
    const data = gaussianClusters(300, 16, 4, 3);
    for (const metric of ['euclidean', 'cosine'] as const) {
      const graph = await buildKnnGraph(data, { k: 10, metric, seed: 1 });
      expect(graph.exact).toBe(true);
      expectWellFormed(graph);
      expect(knnRecall(data, graph, metric)).toBe(1);
    }
    // Row 0's nearest neighbour distance, recomputed by hand.
    const graph = await buildKnnGraph(data, { k: 1, metric: 'euclidean', seed: 1 });
    const other = graph.indices[0] ?? 0;
    let sum = 0;
    for (let c = 0; c < 16; c++) sum += ((data.data[c] ?? 0) - (data.data[other * 16 + c] ?? 0)) ** 2;
    expect(graph.distances[0]).toBeCloseTo(Math.sqrt(sum), 4);
  });

  it('finds ≥ 95% of the exact neighbours by NN-descent at 3,000 rows, the same bytes for a seed', async () => {
    const data = gaussianClusters(3000, 64, 10, 5);
    expect(data.rows).toBeGreaterThan(EXACT_KNN_MAX_ROWS);
    const queries = Int32Array.from({ length: 300 }, (_, i) => i * 10);
    for (const metric of ['euclidean', 'cosine'] as const) {
      const graph = await buildKnnGraph(data, { k: 15, metric, seed: 9 });
      expect(graph.exact).toBe(false);
      expectWellFormed(graph);
      expect(knnRecall(data, graph, metric, queries)).toBeGreaterThanOrEqual(0.95);
      if (metric === 'euclidean') {
        const again = await buildKnnGraph(data, { k: 15, metric, seed: 9 });
        expect(again.indices).toEqual(graph.indices);
        expect(again.distances).toEqual(graph.distances);
      }
    }
  });

  it('clamps k to rows − 1 and handles one row', async () => {
    const small = await buildKnnGraph(gaussianClusters(4, 3, 2, 1), { k: 15, metric: 'euclidean', seed: 1 });
    expect(small.k).toBe(3);
    expectWellFormed(small);
    const one = await buildKnnGraph(gaussianClusters(1, 3, 1, 1), { k: 15, metric: 'cosine', seed: 1 });
    expect(one.k).toBe(0);
    expect(one.indices).toHaveLength(0);
  });

  it('puts duplicates at distance 0 and zero vectors at cosine distance 2, never NaN', async () => {
    const data = toEmbeddingMatrix(Float32Array.from([1, 2, 1, 2, 0, 0, -3, 1, 2, 2]), 5, 2);
    const cosine = await buildKnnGraph(data, { k: 4, metric: 'cosine', seed: 1 });
    expectWellFormed(cosine);
    expect(cosine.indices[0]).toBe(1);
    expect(cosine.distances[0]).toBe(0);
    // Row 3 (index 2) is the zero vector: every neighbour at distance 2.
    expect(Array.from(cosine.distances.subarray(8, 12))).toEqual([2, 2, 2, 2]);
    const euclidean = await buildKnnGraph(data, { k: 4, metric: 'euclidean', seed: 1 });
    expectWellFormed(euclidean);
  });

  it('works on one-dimensional data', async () => {
    const data = toEmbeddingMatrix(
      Float32Array.from({ length: 50 }, (_, i) => i * i),
      50,
      1,
    );
    const graph = await buildKnnGraph(data, { k: 2, metric: 'euclidean', seed: 1 });
    expect(Array.from(graph.indices.subarray(20, 22)).sort((a, b) => a - b)).toEqual([9, 11]);
  });

  it('names the rows holding NaN or Infinity', async () => {
    const values = new Float32Array(40).fill(1);
    values[5] = NaN;
    values[33] = -Infinity;
    const error = await expectStudioError(
      () => buildKnnGraph(toEmbeddingMatrix(values, 10, 4), { k: 3, metric: 'cosine', seed: 1 }),
      'invalid-vectors',
    );
    expect(error.params).toMatchObject({ rows: '2, 9', count: 2 });
  });

  it('reports progress and stops with `cancelled` when aborted', async () => {
    const data = gaussianClusters(2500, 32, 5, 2);
    const controller = new AbortController();
    const fractions: number[] = [];
    const run = buildKnnGraph(data, {
      k: 10,
      metric: 'euclidean',
      seed: 1,
      cooperation: new Cooperation(controller.signal, 1),
      onProgress: (fraction) => {
        fractions.push(fraction);
        if (fractions.length === 2) controller.abort();
      },
    });
    await expectStudioError(() => run, 'cancelled');
    expect(fractions.length).toBeGreaterThanOrEqual(2);
    const done: number[] = [];
    await buildKnnGraph(gaussianClusters(500, 8, 3, 1), {
      k: 5,
      metric: 'euclidean',
      seed: 1,
      onProgress: (fraction) => done.push(fraction),
    });
    expect(done.at(-1)).toBe(1);
    expect(done).toEqual([...done].sort((a, b) => a - b));
  });
});
