import { describe, expect, it } from 'vitest';
import { toEmbeddingMatrix, toLayoutCoordinates } from '../../../src/core/math/matrix-types';
import { createRandom } from '../../../src/core/math/random';
import { continuity } from '../../../src/core/quality/continuity';
import { gaussianClusters } from '../support/synthetic';

describe('continuity', () => {
  const data = gaussianClusters(300, 2, 3, 4);

  it('is 1 for a layout that is the data itself, and for a rotated, scaled copy', () => {
    expect(continuity(data, toLayoutCoordinates(data.data, 300, 2), 10, 'euclidean')).toBeCloseTo(1, 12);
    const turned = data.data.map((_, i) =>
      i % 2 === 0 ? -3 * (data.data[i + 1] ?? 0) : 3 * (data.data[i - 1] ?? 0),
    );
    expect(continuity(data, toLayoutCoordinates(turned, 300, 2), 10, 'euclidean')).toBeCloseTo(1, 12);
  });

  it('is about 0.5 for a random layout', () => {
    const random = createRandom(2);
    const noise = Float32Array.from({ length: 600 }, () => random.nextGaussian());
    const score = continuity(data, toLayoutCoordinates(noise, 300, 2), 10, 'euclidean');
    expect(score).toBeGreaterThan(0.4);
    expect(score).toBeLessThan(0.6);
  });

  it('gives the known answer on a line whose end rows swap places in the layout', () => {
    // Data 0, 1, 3, 6, 10, 15 (no ties); the layout swaps rows 0 and 5. With k = 1 the true neighbours of
    // rows 0, 1 and 5 land at layout ranks 4, 5 and 4 (penalties 3 + 4 + 3 = 10); rows 2–4 keep theirs.
    // Continuity = 1 − 2 / (N·k·(2N − 3k − 1)) · 10 = 1 − 20 / 48.
    const line = toEmbeddingMatrix(Float32Array.from([0, 1, 3, 6, 10, 15]), 6, 1);
    const swapped = toLayoutCoordinates(Float32Array.from([15, 1, 3, 6, 10, 0]), 6, 1);
    expect(continuity(line, swapped, 1, 'euclidean')).toBeCloseTo(1 - 20 / 48, 12);
  });

  it('rejects a k that leaves no room for missing neighbours', () => {
    expect(() => continuity(data, toLayoutCoordinates(data.data, 300, 2), 150, 'cosine')).toThrow(RangeError);
  });
});
