import { describe, expect, it } from 'vitest';
import type { MapRequest, MapResult } from '../../../src/shared/contract';
import { uninterruptible } from '../../../src/core/jobs/cooperation';
import { preReduce } from '../../../src/core/map/pre-reduce';
import { pca } from '../../../src/core/reduce/pca';
import { groupedWordsMap } from '../support/grouped-word-vectors';
import { mapOf } from '../support/map-runner';
import { gaussianClusters } from '../support/synthetic';

/** Share of items whose 5 nearest others on the map are all of their own group. */
function separatedShare(map: MapResult): number {
  const { dims, coords, texts } = map;
  let clean = 0;
  texts.forEach((text, i) => {
    const nearest = texts
      .map((other, j) => {
        let d2 = 0;
        for (let d = 0; d < dims; d++) d2 += ((coords[i * dims + d] ?? 0) - (coords[j * dims + d] ?? 0)) ** 2;
        return { group: other[0], d2, j };
      })
      .filter((item) => item.j !== i)
      .sort((a, b) => a.d2 - b.d2)
      .slice(0, 5);
    if (nearest.every((item) => item.group === text[0])) clean++;
  });
  return clean / texts.length;
}

describe('PCA pre-reduction (pcaDims)', () => {
  it('gives the same bytes for a seed, keeps the groups apart, and really changes the input', async () => {
    const { core, request } = await groupedWordsMap();
    const params = { neighbors: 10, minDist: 0.1, spread: 1, metric: 'euclidean', epochs: 200 } as const;
    const umap: MapRequest = { ...request, method: 'umap', umap: { ...params, pcaDims: 4 } };
    const first = await mapOf(core, umap);
    const second = await mapOf(core, umap);
    expect(Buffer.from(second.coords.buffer).equals(Buffer.from(first.coords.buffer))).toBe(true);
    expect(separatedShare(first)).toBeGreaterThanOrEqual(0.95);
    const without = await mapOf(core, { ...umap, umap: { ...params, pcaDims: null } });
    expect(Buffer.from(without.coords.buffer).equals(Buffer.from(first.coords.buffer))).toBe(false);
    const tsne = await mapOf(core, {
      ...request,
      method: 'tsne',
      tsne: { perplexity: 15, iterations: 300, learningRate: null, metric: 'cosine', pcaDims: 6 },
    });
    expect(separatedShare(tsne)).toBeGreaterThanOrEqual(0.95);
  });

  it('projects onto the top components, and passes vectors no wider than pcaDims through', async () => {
    const data = gaussianClusters(200, 12, 3, 2);
    const reduced = await preReduce(data, 5, uninterruptible(), () => undefined);
    const reference = await pca(data, { components: 5 });
    expect(reduced.vectors.cols).toBe(5);
    expect(Array.from(reduced.vectors.data)).toEqual(Array.from(reference.coordinates.data));
    expect(reduced.fit?.components).toEqual(reference.components);
    for (const pcaDims of [12, 50, null, undefined]) {
      const same = await preReduce(data, pcaDims, uninterruptible(), () => undefined);
      expect(same.vectors).toBe(data);
      expect(same.fit).toBeNull();
    }
  });
});
