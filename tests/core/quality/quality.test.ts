import { describe, expect, it } from 'vitest';
import { buildKnnGraph } from '../../../src/core/knn/knn-graph';
import { toEmbeddingMatrix, toLayoutCoordinates } from '../../../src/core/math/matrix-types';
import { createRandom } from '../../../src/core/math/random';
import { knnRecall } from '../../../src/core/quality/knn-recall';
import { trustworthiness } from '../../../src/core/quality/trustworthiness';
import { gaussianClusters } from '../support/synthetic';

describe('trustworthiness', () => {
  const data = gaussianClusters(300, 2, 3, 4);

  it('is 1 for a layout that is the data itself, and for a scaled copy', () => {
    expect(trustworthiness(data, toLayoutCoordinates(data.data, 300, 2), 10, 'euclidean')).toBeCloseTo(1, 12);
    const scaled = data.data.map((value) => value * 7);
    expect(trustworthiness(data, toLayoutCoordinates(scaled, 300, 2), 10, 'euclidean')).toBeCloseTo(1, 12);
  });

  it('is about 0.5 for a random layout', () => {
    const random = createRandom(2);
    const noise = Float32Array.from({ length: 600 }, () => random.nextGaussian());
    const score = trustworthiness(data, toLayoutCoordinates(noise, 300, 2), 10, 'euclidean');
    expect(score).toBeGreaterThan(0.4);
    expect(score).toBeLessThan(0.6);
  });

  it('rejects a k that leaves no room for intruders', () => {
    expect(() => trustworthiness(data, toLayoutCoordinates(data.data, 300, 2), 150, 'cosine')).toThrow(
      RangeError,
    );
  });
});

describe('knnRecall', () => {
  it('is 1 for the exact graph and low for a scrambled one', async () => {
    const data = gaussianClusters(400, 8, 4, 1);
    const graph = await buildKnnGraph(data, { k: 8, metric: 'euclidean', seed: 1 });
    expect(knnRecall(data, graph, 'euclidean')).toBe(1);
    const scrambled = { ...graph, indices: graph.indices.map((index, slot) => (index + slot + 1) % 400) };
    expect(knnRecall(data, scrambled, 'euclidean')).toBeLessThan(0.3);
    const vectors = toEmbeddingMatrix(Float32Array.from([1, 0, 0, 1, 1, 1]), 3, 2);
    const tiny = await buildKnnGraph(vectors, { k: 1, metric: 'cosine', seed: 1 });
    expect(knnRecall(vectors, tiny, 'cosine', Int32Array.from([2]))).toBe(1);
  });
});
