import { describe, expect, it } from 'vitest';
import type { JobEvent, MapResult } from '../../../src/shared/contract';
import { StudioCore } from '../../../src/core/studio-core';
import { MapStore } from '../../../src/core/neighbors/map-store';
import { toEmbeddingMatrix } from '../../../src/core/math/matrix-types';
import { utf8 } from '../support/encodings';
import { expectStudioError } from '../support/expect-studio-error';
import { recordJobEvents } from '../support/job-events';
import { MemorySampleSource } from '../support/memory-sample-source';

/** Planted vectors: three animals near one axis, three devices near another. */
const VECTORS: readonly (readonly [string, readonly number[]])[] = [
  ['кошка', [1, 0, 0.1]],
  ['собака', [0.9, 0.2, 0]],
  ['мышь', [0.8, 0, 0.3]],
  ['компьютер', [0, 1, 0]],
  ['клавиатура', [0.1, 0.9, 0.1]],
  ['монитор', [0, 0.8, 0.4]],
];

function cosine(a: readonly number[], b: readonly number[]): number {
  const dot = a.reduce((sum, value, i) => sum + value * (b[i] ?? 0), 0);
  return dot / (Math.hypot(...a) * Math.hypot(...b));
}

async function mapPlanted(core: StudioCore): Promise<MapResult> {
  const glove = VECTORS.map(([word, values]) => `${word} ${values.join(' ')}`).join('\n');
  const loaded = await core.loadWordVectors({
    fileName: 'planted.txt',
    bytes: utf8(glove),
    maxWords: null,
    lenient: false,
  });
  const words = ['word', ...VECTORS.map(([word]) => word)].join('\n');
  const preview = await core.openFile({ fileName: 'words.csv', bytes: utf8(words) });
  const events = recordJobEvents(core);
  const { jobId } = await core.startMap({
    datasetId: preview.datasetId,
    textColumn: 'word',
    labelColumn: null,
    embedderId: loaded.embedder.id,
    method: 'pca',
    dims: 2,
    seed: 1,
  });
  const done = (await events.until(jobId)).find(
    (event): event is Extract<JobEvent, { type: 'done' }> => event.type === 'done',
  );
  if (done === undefined) throw new Error('the map did not finish');
  return done.result;
}

function createCore(): StudioCore {
  return new StudioCore({ samples: new MemorySampleSource({}) });
}

describe('nearestNeighbors', () => {
  it('answers in the original space, exactly: cosine similarities of the planted vectors', async () => {
    const core = createCore();
    const result = await mapPlanted(core);
    expect(result.mapId).toMatch(/\S/);
    const cat = result.texts.indexOf('кошка');
    const answer = await core.nearestNeighbors({ mapId: result.mapId, index: cat, k: 3, metric: 'cosine' });
    const names = answer.neighbors.map((neighbor) => result.texts[neighbor.index]);
    expect(names.slice(0, 2).sort()).toEqual(['мышь', 'собака']);
    expect(names).not.toContain('кошка');
    for (const neighbor of answer.neighbors) {
      const word = result.texts[neighbor.index] ?? '';
      const expected = cosine(VECTORS[0]?.[1] ?? [], VECTORS.find(([w]) => w === word)?.[1] ?? []);
      expect(neighbor.score).toBeCloseTo(expected, 5);
    }
    const scores = answer.neighbors.map((neighbor) => neighbor.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('measures euclidean distance when asked, nearest first', async () => {
    const core = createCore();
    const result = await mapPlanted(core);
    const monitor = result.texts.indexOf('монитор');
    const answer = await core.nearestNeighbors({
      mapId: result.mapId,
      index: monitor,
      k: 5,
      metric: 'euclidean',
    });
    const distances = answer.neighbors.map((neighbor) => neighbor.score);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    expect(result.texts[answer.neighbors[0]?.index ?? -1]).toBe('клавиатура');
    expect(distances[0]).toBeCloseTo(Math.hypot(0.1, 0.1, 0.3), 5);
  });

  it('names what is wrong: an unknown map, an item outside the map, bad k', async () => {
    const core = createCore();
    const result = await mapPlanted(core);
    await expectStudioError(
      () => core.nearestNeighbors({ mapId: 'job-404', index: 0, k: 3, metric: 'cosine' }),
      'unknown-map',
    );
    await expectStudioError(
      () => core.nearestNeighbors({ mapId: result.mapId, index: 6, k: 3, metric: 'cosine' }),
      'invalid-arguments',
    );
    await expectStudioError(
      () => core.nearestNeighbors({ mapId: result.mapId, index: 0, k: 0, metric: 'cosine' }),
      'invalid-arguments',
    );
  });
});

describe('MapStore', () => {
  it('keeps the latest four maps and forgets the oldest', () => {
    const store = new MapStore();
    const matrix = toEmbeddingMatrix(new Float32Array([3, 4, 0, 0]), 2, 2);
    for (const id of ['m1', 'm2', 'm3', 'm4', 'm5']) store.put(id, matrix);
    expect(() => store.get('m1')).toThrow(/no longer kept/);
    expect(store.get('m5').norms).toEqual(new Float32Array([5, 0]));
  });
});
