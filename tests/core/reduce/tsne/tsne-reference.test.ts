import { TSNE } from '@keckelt/tsne';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TSNE_PARAMS } from '../../../../src/shared/contract';
import { toLayoutCoordinates } from '../../../../src/core/math/matrix-types';
import { trustworthiness } from '../../../../src/core/quality/trustworthiness';
import { tsne } from '../../../../src/core/reduce/tsne/tsne';
import { gaussianClusters } from '../../support/synthetic';

/**
 * @keckelt/tsne (a typed port of Karpathy's tSNEJS; exact O(N²) t-SNE) is the reference: it was the fastest
 * t-SNE on npm that installs here (tsne-js took 16× longer per iteration). Same data, same perplexity; our
 * Barnes–Hut layout must be at least as trustworthy.
 */
describe('tsne against @keckelt/tsne', () => {
  it('reaches trustworthiness (k = 15) no lower than the exact reference − 0.01 on 500 × 50 clusters', async () => {
    const rows = 500;
    const cols = 50;
    const data = gaussianClusters(rows, cols, 6, 21);
    const ours = await tsne(data, {
      ...DEFAULT_TSNE_PARAMS,
      metric: 'euclidean',
      iterations: 500,
      dims: 2,
      seed: 5,
    });
    const peer = new TSNE({ perplexity: 30, dim: 2, epsilon: 10 });
    peer.initDataRaw(
      Array.from({ length: rows }, (_, r) => Array.from(data.data.subarray(r * cols, (r + 1) * cols))),
    );
    for (let step = 0; step < 500; step++) peer.step();
    const solution = peer.getSolution() as number[][];
    const peerLayout = toLayoutCoordinates(Float32Array.from(solution.flat()), rows, 2);
    const ourScore = trustworthiness(data, ours.coordinates, 15, 'euclidean');
    const peerScore = trustworthiness(data, peerLayout, 15, 'euclidean');
    expect(ourScore).toBeGreaterThanOrEqual(peerScore - 0.01);
  });
});
