import { UMAP } from 'umap-js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_UMAP_PARAMS } from '../../../../src/shared/contract';
import { toLayoutCoordinates } from '../../../../src/core/math/matrix-types';
import { createRandom } from '../../../../src/core/math/random';
import { trustworthiness } from '../../../../src/core/quality/trustworthiness';
import { umap } from '../../../../src/core/reduce/umap/umap';
import { gaussianClusters } from '../../support/synthetic';

/** umap-js is the named reference: same data, same parameters, and our layout must be as trustworthy. */
describe('umap against umap-js', () => {
  it('reaches trustworthiness (k = 15) no lower than umap-js − 0.01 on 1,000 × 100 clusters', async () => {
    const rows = 1000;
    const cols = 100;
    const data = gaussianClusters(rows, cols, 8, 21);
    const epochs = 200;
    const ours = await umap(data, { ...DEFAULT_UMAP_PARAMS, metric: 'euclidean', epochs, dims: 2, seed: 5 });
    const random = createRandom(5);
    const peer = new UMAP({
      nComponents: 2,
      nNeighbors: 15,
      minDist: 0.1,
      nEpochs: epochs,
      random: () => random.next(),
    });
    const vectors = Array.from({ length: rows }, (_, r) =>
      Array.from(data.data.subarray(r * cols, (r + 1) * cols)),
    );
    const peerLayout = toLayoutCoordinates(Float32Array.from(peer.fit(vectors).flat()), rows, 2);
    const ourScore = trustworthiness(data, ours.coordinates, 15, 'euclidean');
    const peerScore = trustworthiness(data, peerLayout, 15, 'euclidean');
    expect(ourScore).toBeGreaterThanOrEqual(peerScore - 0.01);
  });
});
