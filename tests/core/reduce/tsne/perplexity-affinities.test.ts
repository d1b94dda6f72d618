import { describe, expect, it } from 'vitest';
import { buildKnnGraph } from '../../../../src/core/knn/knn-graph';
import { perplexityAffinities } from '../../../../src/core/reduce/tsne/perplexity-affinities';
import { gaussianClusters } from '../../support/synthetic';

describe('perplexityAffinities', () => {
  it('is symmetric, sums to 1 and gives each row the requested perplexity', async () => {
    const data = gaussianClusters(300, 10, 3, 5);
    const graph = await buildKnnGraph(data, { k: 30, metric: 'euclidean', seed: 1 });
    const p = perplexityAffinities(graph, 10, false);
    const dense = new Map<string, number>();
    let total = 0;
    for (let row = 0; row < p.rows; row++) {
      for (let entry = p.rowStart[row] ?? 0; entry < (p.rowStart[row + 1] ?? 0); entry++) {
        const column = p.columns[entry] ?? 0;
        expect(column).not.toBe(row);
        expect(dense.has(`${row},${column}`)).toBe(false);
        dense.set(`${row},${column}`, p.values[entry] ?? 0);
        total += p.values[entry] ?? 0;
      }
    }
    expect(total).toBeCloseTo(1, 10);
    for (const [key, value] of dense) {
      const [row, column] = key.split(',');
      expect(dense.get(`${column ?? ''},${row ?? ''}`)).toBeCloseTo(value, 15);
    }
  });

  it('calibrates the conditional distribution to the perplexity (entropy = ln perplexity)', async () => {
    const data = gaussianClusters(200, 6, 2, 9);
    const graph = await buildKnnGraph(data, { k: 60, metric: 'cosine', seed: 1 });
    // With a graph that lists j for i but not i for j, p_ij = p_{j|i} / 2N; a one-directional check is
    // enough: the mirrored part of each row is bounded, so the row's entropy stays near ln 20.
    const p = perplexityAffinities(graph, 20, true);
    let rowsNear = 0;
    for (let row = 0; row < p.rows; row++) {
      let sum = 0;
      for (let entry = p.rowStart[row] ?? 0; entry < (p.rowStart[row + 1] ?? 0); entry++)
        sum += p.values[entry] ?? 0;
      if (Math.abs(sum * p.rows - 1) < 0.5) rowsNear++;
    }
    expect(rowsNear / p.rows).toBeGreaterThan(0.9);
  });
});
