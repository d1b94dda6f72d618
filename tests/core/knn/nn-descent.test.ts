import { describe, expect, it } from 'vitest';
import { Cooperation } from '../../../src/core/jobs/cooperation';
import { buildKnnGraph } from '../../../src/core/knn/knn-graph';
import { FOREST_SHARE, MAX_ITERATIONS } from '../../../src/core/knn/nn-descent';
import { toEmbeddingMatrix } from '../../../src/core/math/matrix-types';
import { knnRecall } from '../../../src/core/quality/knn-recall';
import { expectStudioError } from '../support/expect-studio-error';
import { gaussianClusters } from '../support/synthetic';

describe('nnDescent', () => {
  it('lands a cancel inside a join round of a 20,000-row search, before the round ends', async () => {
    // 16 columns keep the test quick; the blocks, and so the checks, are the same as at 384.
    const data = gaussianClusters(20000, 16, 10, 4);
    const controller = new AbortController();
    const seen: number[] = [];
    let reportsAfterCancel = 0;
    await expectStudioError(
      () =>
        buildKnnGraph(data, {
          k: 14,
          metric: 'euclidean',
          seed: 3,
          cooperation: new Cooperation(controller.signal),
          onProgress: (fraction) => {
            if (controller.signal.aborted) reportsAfterCancel++;
            seen.push(fraction);
            // The first report past the forest comes from the first join block: cancel there.
            if (fraction > FOREST_SHARE) controller.abort();
          },
        }),
      'cancelled',
    );
    expect(controller.signal.aborted).toBe(true);
    // Rejected at the very next check: no block after the cancelling one reported, so the first round
    // (which ends at FOREST_SHARE + (1 − FOREST_SHARE) / MAX_ITERATIONS) never finished.
    expect(reportsAfterCancel).toBe(0);
    expect(Math.max(...seen)).toBeLessThan(FOREST_SHARE + (1 - FOREST_SHARE) / MAX_ITERATIONS);
  });

  it('reports progress block by block within each round, never going back', async () => {
    const data = gaussianClusters(6000, 16, 6, 8);
    const seen: number[] = [];
    await buildKnnGraph(data, { k: 10, metric: 'cosine', seed: 2, onProgress: (f) => seen.push(f) });
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    const firstRound = seen.filter(
      (f) => f > FOREST_SHARE && f < FOREST_SHARE + (1 - FOREST_SHARE) / MAX_ITERATIONS,
    );
    expect(firstRound.length).toBeGreaterThan(3);
    expect(seen.at(-1)).toBe(1);
  });

  it('recovers ≥ 90% of planted neighbours: each row has a near twin among 8,000 noise rows', async () => {
    // Planted set: 4,000 base rows and, for each, a twin at a tiny offset. Each row's nearest neighbour is
    // known without a search; the rest of its list is measured against exact neighbours.
    const base = gaussianClusters(4000, 48, 8, 11);
    const cols = base.cols;
    const data = new Float32Array(8000 * cols);
    data.set(base.data);
    const offset = gaussianClusters(4000, 48, 1, 12);
    for (let i = 0; i < 4000 * cols; i++)
      data[4000 * cols + i] = (base.data[i] ?? 0) + 0.01 * (offset.data[i] ?? 0);
    const matrix = toEmbeddingMatrix(data, 8000, cols);
    const graph = await buildKnnGraph(matrix, { k: 15, metric: 'euclidean', seed: 5 });
    let twins = 0;
    for (let row = 0; row < 8000; row++) {
      const twin = row < 4000 ? row + 4000 : row - 4000;
      if (graph.indices[row * graph.k] === twin) twins++;
    }
    expect(twins).toBe(8000);
    const queries = Int32Array.from({ length: 400 }, (_, i) => i * 20);
    expect(knnRecall(matrix, graph, 'euclidean', queries)).toBeGreaterThanOrEqual(0.9);
  });
});
