import { describe, expect, it } from 'vitest';
import { buildKnnGraph } from '../../../../src/core/knn/knn-graph';
import { fuzzyGraph } from '../../../../src/core/reduce/umap/fuzzy-graph';
import { smoothKnnDistances } from '../../../../src/core/reduce/umap/smooth-knn';
import { gaussianClusters } from '../../support/synthetic';

describe('fuzzyGraph', async () => {
  const knn = await buildKnnGraph(gaussianClusters(200, 10, 3, 6), { k: 9, metric: 'euclidean', seed: 1 });

  it('calibrates each row so its memberships sum to log2(k + 1)', () => {
    const { rhos, sigmas } = smoothKnnDistances(knn);
    for (let row = 0; row < knn.rows; row++) {
      expect(rhos[row]).toBe(knn.distances[row * knn.k]);
      let sum = 0;
      for (let j = row * knn.k; j < (row + 1) * knn.k; j++) {
        sum += Math.exp(-Math.max(0, (knn.distances[j] ?? 0) - (rhos[row] ?? 0)) / (sigmas[row] ?? 1));
      }
      expect(sum).toBeCloseTo(Math.log2(10), 3);
    }
  });

  it('is symmetric, grouped by head, with weights in (0, 1]', () => {
    const graph = fuzzyGraph(knn);
    const weights = new Map<string, number>();
    for (let e = 0; e < graph.heads.length; e++) {
      const weight = graph.weights[e] ?? 0;
      expect(weight > 0 && weight <= 1).toBe(true);
      expect(graph.heads[e]).not.toBe(graph.tails[e]);
      if (e > 0) expect(graph.heads[e]).toBeGreaterThanOrEqual(graph.heads[e - 1] ?? 0);
      weights.set(`${graph.heads[e]}-${graph.tails[e]}`, weight);
    }
    expect(weights.size).toBe(graph.heads.length);
    for (const [key, weight] of weights) {
      const [head, tail] = key.split('-');
      expect(weights.get(`${tail}-${head}`)).toBe(weight);
    }
  });
});
