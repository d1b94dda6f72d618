import { describe, expect, it } from 'vitest';
import type { MapResult } from '../../../src/shared/contract';
import type { StudioCore } from '../../../src/core/studio-core';
import { createRandom } from '../../../src/core/math/random';
import { utf8 } from '../support/encodings';
import { expectStudioError } from '../support/expect-studio-error';
import { Cooperation } from '../../../src/core/jobs/cooperation';
import { cosineNeighbours } from '../../../src/core/compare/neighbourhood-overlap';
import { comparisonOf, progressFractions } from '../support/analysis-jobs';
import { recordJobEvents } from '../support/job-events';
import { bareCore, mapOf } from '../support/map-runner';

const WORDS = Array.from({ length: 30 }, (_, i) => `w${i}`);

async function loadVectors(core: StudioCore, seed: number, dimension: number): Promise<string> {
  const random = createRandom(seed);
  const lines = WORDS.map(
    (word) =>
      `${word} ${Array.from({ length: dimension }, () => (random.next() * 2 - 1).toFixed(4)).join(' ')}`,
  );
  const loaded = await core.loadWordVectors({
    fileName: `v${seed}.txt`,
    bytes: utf8(lines.join('\n')),
    maxWords: null,
    lenient: false,
  });
  return loaded.embedder.id;
}

async function openWords(core: StudioCore, words: readonly string[]): Promise<string> {
  return (await core.openFile({ fileName: 'words.csv', bytes: utf8(['word', ...words].join('\n')) }))
    .datasetId;
}

function mapWith(
  core: StudioCore,
  datasetId: string,
  embedderId: string,
  method: 'pca' | 'tsne',
): Promise<MapResult> {
  return mapOf(core, {
    datasetId,
    textColumn: 'word',
    labelColumn: null,
    embedderId,
    method,
    dims: 2,
    seed: 3,
  });
}

describe('startCompareMaps', () => {
  it('scores overlap 1 for two reductions of one model and aligns the layouts', async () => {
    const core = bareCore();
    const embedderId = await loadVectors(core, 1, 10);
    const datasetId = await openWords(core, WORDS);
    const pca = await mapWith(core, datasetId, embedderId, 'pca');
    const { result: self, events } = await comparisonOf(core, { mapIdA: pca.mapId, mapIdB: pca.mapId, k: 5 });
    const fractions = progressFractions(events);
    expect(fractions.at(-1)).toBe(1);
    expect(events.every((event) => event.type !== 'progress' || event.stage === 'measure')).toBe(true);
    expect(self.count).toBe(30);
    expect(self.meanOverlap).toBe(1);
    expect(self.disparity).toBeLessThan(1e-10);
    self.alignedB.forEach((value, i) => {
      expect(value).toBeCloseTo(pca.coords[i] ?? NaN, 4);
    });
    const tsne = await mapWith(core, datasetId, embedderId, 'tsne');
    const { result: reductions } = await comparisonOf(core, { mapIdA: pca.mapId, mapIdB: tsne.mapId, k: 5 });
    expect(Array.from(reductions.overlap)).toEqual(new Array(30).fill(1));
    expect(reductions.disparity).toBeGreaterThan(0);
    expect(reductions.alignedB).toHaveLength(60);
  });

  it('finds disagreement between two unrelated models of the same words', async () => {
    const core = bareCore();
    const datasetId = await openWords(core, WORDS);
    const a = await mapWith(core, datasetId, await loadVectors(core, 2, 10), 'pca');
    const b = await mapWith(core, datasetId, await loadVectors(core, 3, 10), 'pca');
    const { result: compared } = await comparisonOf(core, { mapIdA: a.mapId, mapIdB: b.mapId, k: 5 });
    expect(compared.meanOverlap).toBeLessThan(0.6);
    expect(compared.meanOverlap).toBeCloseTo(compared.overlap.reduce((sum, value) => sum + value, 0) / 30, 6);
  });

  it('refuses maps of different items, saying why, and unknown maps, before starting a job', async () => {
    const core = bareCore();
    const recorder = recordJobEvents(core);
    const embedderId = await loadVectors(core, 4, 10);
    const a = await mapWith(core, await openWords(core, WORDS), embedderId, 'pca');
    const b = await mapWith(core, await openWords(core, WORDS.slice(0, 20)), embedderId, 'pca');
    const error = await expectStudioError(
      () => core.startCompareMaps({ mapIdA: a.mapId, mapIdB: b.mapId, k: 5 }),
      'maps-not-comparable',
    );
    expect(error.message).toContain('different data sets');
    await expectStudioError(
      () => core.startCompareMaps({ mapIdA: a.mapId, mapIdB: 'no-such-map', k: 5 }),
      'unknown-map',
    );
    // The two map jobs were the only ones: the refusals started nothing.
    const { jobId } = await core.startCompareMaps({ mapIdA: a.mapId, mapIdB: a.mapId, k: 5 });
    expect(jobId.endsWith('-3')).toBe(true);
    expect((await recorder.until(jobId)).at(-1)?.type).toBe('map-comparison');
  });

  it('is cancelled right after it starts, and the core then answers the next job', async () => {
    const core = bareCore();
    const datasetId = await openWords(core, WORDS);
    const a = await mapWith(core, datasetId, await loadVectors(core, 7, 10), 'pca');
    const b = await mapWith(core, datasetId, await loadVectors(core, 8, 10), 'pca');
    const recorder = recordJobEvents(core);
    const { jobId } = await core.startCompareMaps({ mapIdA: a.mapId, mapIdB: b.mapId, k: 5 });
    expect(await core.cancelJob({ jobId })).toEqual({ cancelled: true });
    const events = await recorder.until(jobId);
    expect(events.at(-1)?.type).toBe('cancelled');
    expect(events.some((event) => event.type === 'map-comparison')).toBe(false);
    const { result } = await comparisonOf(core, { mapIdA: a.mapId, mapIdB: b.mapId, k: 5 });
    expect(result.count).toBe(30);
    expect(result.overlap).toHaveLength(30);
  });

  it('stops its neighbour search with cancelled once the job is aborted mid-way', async () => {
    const random = createRandom(9);
    const rows = 800;
    const dimension = 8;
    const data = Float32Array.from({ length: rows * dimension }, () => random.next() * 2 - 1);
    const norms = Float32Array.from({ length: rows }, (_, row) =>
      Math.hypot(...data.subarray(row * dimension, (row + 1) * dimension)),
    );
    const controller = new AbortController();
    const reported: number[] = [];
    await expectStudioError(
      () =>
        cosineNeighbours(
          { data, norms, rows, dimension },
          10,
          new Cooperation(controller.signal),
          (fraction) => {
            reported.push(fraction);
            controller.abort();
          },
        ),
      'cancelled',
    );
    expect(reported).toHaveLength(1);
    expect(reported[0]).toBeLessThan(1);
  });
});

describe('similarityMatrix', () => {
  it('is symmetric with ones on the diagonal for cosine, zeros for euclidean', async () => {
    const core = bareCore();
    const map = await mapWith(core, await openWords(core, WORDS), await loadVectors(core, 5, 10), 'pca');
    const indices = [0, 4, 9, 17, 29];
    const cosine = await core.similarityMatrix({ mapId: map.mapId, indices, metric: 'cosine' });
    const euclidean = await core.similarityMatrix({ mapId: map.mapId, indices, metric: 'euclidean' });
    const n = indices.length;
    for (let i = 0; i < n; i++) {
      expect(cosine.values[i * n + i]).toBe(1);
      expect(euclidean.values[i * n + i]).toBe(0);
      for (let j = 0; j < n; j++) {
        expect(cosine.values[i * n + j]).toBe(cosine.values[j * n + i]);
        expect(Math.abs(cosine.values[i * n + j] ?? NaN)).toBeLessThanOrEqual(1);
        // Distinct random words never coincide, so every off-diagonal distance is positive.
        if (i !== j) expect(euclidean.values[i * n + j]).toBeGreaterThan(0);
      }
    }
    expect(cosine.indices).toEqual(indices);
  });

  it('rejects an index beyond the map with invalid-arguments', async () => {
    const core = bareCore();
    const map = await mapWith(core, await openWords(core, WORDS), await loadVectors(core, 6, 10), 'pca');
    const error = await expectStudioError(
      () => core.similarityMatrix({ mapId: map.mapId, indices: [0, 30], metric: 'cosine' }),
      'invalid-arguments',
    );
    expect(error.params).toMatchObject({ index: 30, count: 30 });
  });
});
