import { describe, expect, it } from 'vitest';
import type { MapResult } from '../../../../src/shared/contract';
import { toEmbeddingMatrix } from '../../../../src/core/math/matrix-types';
import { pca } from '../../../../src/core/reduce/pca';
import { qualityOf } from '../../support/analysis-jobs';
import { expectStudioError } from '../../support/expect-studio-error';
import { utf8 } from '../../support/encodings';
import {
  clusteredVectors,
  DIMENSION,
  gloveText,
  groupedWordsMap as setUp,
  heldOutWords,
  mappedWords,
} from '../../support/grouped-word-vectors';
import { bareCore, mapOf } from '../../support/map-runner';

/** Groups of the `count` items nearest to a point on the map. */
function nearestGroups(map: MapResult, point: Float32Array, count: number): string[] {
  const { dims, coords } = map;
  return map.texts
    .map((text, i) => {
      let d2 = 0;
      for (let d = 0; d < dims; d++) d2 += ((coords[i * dims + d] ?? 0) - (point[d] ?? 0)) ** 2;
      return { group: text[0] ?? '', d2 };
    })
    .sort((a, b) => a.d2 - b.d2)
    .slice(0, count)
    .map((item) => item.group);
}

/** Each placed word's 6 nearest map items: at least 5 from its own group. */
function expectAmongOwnGroup(map: MapResult, coords: Float32Array, words: readonly string[]): void {
  words.forEach((word, i) => {
    const groups = nearestGroups(map, coords.subarray(i * map.dims, (i + 1) * map.dims), 6);
    expect(groups.filter((group) => group === word[0]).length, word).toBeGreaterThanOrEqual(5);
  });
}

describe('placeItems', () => {
  it('projects new words onto a PCA map exactly as an independent PCA of the map’s vectors does', async () => {
    const { core, vectors, request } = await setUp();
    const map = await mapOf(core, request);
    const placed = await core.placeItems({ mapId: map.mapId, texts: [...heldOutWords, 'zzz-unknown'] });
    expect(placed.placed).toEqual(heldOutWords.map((_, i) => i));
    expect(placed.unembedded).toEqual(['zzz-unknown']);
    expect(placed.dims).toBe(2);
    const data = new Float32Array(mappedWords.length * DIMENSION);
    mappedWords.forEach((word, row) => {
      data.set(vectors.get(word) ?? [], row * DIMENSION);
    });
    const fit = await pca(toEmbeddingMatrix(data, mappedWords.length, DIMENSION), { components: 2 });
    heldOutWords.forEach((word, i) => {
      const vector = vectors.get(word) ?? new Float32Array(DIMENSION);
      for (let c = 0; c < 2; c++) {
        let sum = 0;
        for (let d = 0; d < DIMENSION; d++)
          sum += ((vector[d] ?? 0) - (fit.mean[d] ?? 0)) * (fit.components[c * DIMENSION + d] ?? 0);
        expect(placed.coords[i * 2 + c]).toBeCloseTo(sum, 4);
      }
    });
    expectAmongOwnGroup(map, placed.coords, heldOutWords);
  });

  it('places held-out words of a group among that group on UMAP (with and without PCA pre-reduction) and t-SNE maps', async () => {
    const { core, request } = await setUp();
    const maps = [
      await mapOf(core, {
        ...request,
        method: 'umap',
        umap: { neighbors: 10, minDist: 0.1, spread: 1, metric: 'cosine', epochs: 150 },
      }),
      await mapOf(core, {
        ...request,
        method: 'umap',
        dims: 3,
        umap: { neighbors: 10, minDist: 0.1, spread: 1, metric: 'euclidean', epochs: 150, pcaDims: 5 },
      }),
      await mapOf(core, {
        ...request,
        method: 'tsne',
        tsne: { perplexity: 15, iterations: 300, learningRate: null, metric: 'cosine', pcaDims: 8 },
      }),
    ];
    for (const map of maps) {
      const placed = await core.placeItems({ mapId: map.mapId, texts: heldOutWords });
      expect(placed.coords.length).toBe(heldOutWords.length * map.dims);
      expect(placed.coords.every(Number.isFinite)).toBe(true);
      expectAmongOwnGroup(map, placed.coords, heldOutWords);
      const again = await core.placeItems({ mapId: map.mapId, texts: heldOutWords });
      expect(Array.from(again.coords)).toEqual(Array.from(placed.coords));
    }
  });

  it('places the same on maps opened from a project, whose PCA parts are refitted from the kept vectors', async () => {
    const { core, request } = await setUp();
    const pcaMap = await mapOf(core, request);
    const umapRequest = {
      ...request,
      method: 'umap' as const,
      umap: { neighbors: 10, minDist: 0.1, spread: 1, metric: 'cosine' as const, epochs: 100, pcaDims: 6 },
    };
    const umapMap = await mapOf(core, umapRequest);
    const { bytes } = await core.exportProject({ mapIds: [pcaMap.mapId, umapMap.mapId], view: null });
    const opened = bareCore();
    await opened.loadWordVectors({
      fileName: 'groups.txt',
      bytes: utf8(gloveText(clusteredVectors())),
      maxWords: null,
      lenient: false,
    });
    const { maps } = await opened.importProject({ fileName: 'words.esproj', bytes });
    for (const [original, restored] of [
      [pcaMap, maps[0]],
      [umapMap, maps[1]],
    ] as const) {
      const before = await core.placeItems({ mapId: original.mapId, texts: heldOutWords });
      const after = await opened.placeItems({ mapId: restored?.mapId ?? '', texts: heldOutWords });
      expect(Array.from(after.coords)).toEqual(Array.from(before.coords));
    }
  });

  it('refuses maps whose space new texts cannot enter, and unknown maps', async () => {
    const { core, request } = await setUp();
    const tfidf = await mapOf(core, { ...request, embedderId: 'tfidf-svd' });
    const refused = await expectStudioError(
      () => core.placeItems({ mapId: tfidf.mapId, texts: ['a1'] }),
      'invalid-arguments',
    );
    expect(refused.message).toContain('tfidf-svd');
    await expectStudioError(() => core.placeItems({ mapId: 'no-such-map', texts: ['a1'] }), 'unknown-map');
    await expectStudioError(() => core.placeItems({ mapId: tfidf.mapId, texts: [] }), 'invalid-arguments');
  });

  it('measures a map’s quality through the core', async () => {
    const { core, request } = await setUp();
    const map = await mapOf(core, request);
    const { result: quality } = await qualityOf(core, { mapId: map.mapId, k: 10 });
    expect(quality.perPoint.length).toBe(map.count);
    expect(quality.trustworthiness).toBeGreaterThan(0.5);
    expect(quality.trustworthiness).toBeLessThanOrEqual(1);
    expect(quality.knnPreservation).toBeGreaterThan(0);
    await expectStudioError(() => core.startMapQuality({ mapId: map.mapId, k: 0 }), 'invalid-arguments');
  });
});
