import { describe, expect, it } from 'vitest';
import { Cooperation, uninterruptible } from '../../../src/core/jobs/cooperation';
import type { StudioCore } from '../../../src/core/studio-core';
import type { MapResult } from '../../../src/shared/contract';
import {
  toEmbeddingMatrix,
  toLayoutCoordinates,
  type EmbeddingMatrix,
} from '../../../src/core/math/matrix-types';
import { createRandom } from '../../../src/core/math/random';
import { continuity } from '../../../src/core/quality/continuity';
import { mapQuality, QUALITY_SAMPLE_ITEMS } from '../../../src/core/quality/map-quality';
import { trustworthiness } from '../../../src/core/quality/trustworthiness';
import { pca } from '../../../src/core/reduce/pca';
import { qualityOf, progressFractions } from '../support/analysis-jobs';
import { utf8 } from '../support/encodings';
import { expectStudioError } from '../support/expect-studio-error';
import { recordJobEvents } from '../support/job-events';
import { bareCore, mapOf } from '../support/map-runner';
import { gaussianClusters, randomRotation, rotate } from '../support/synthetic';

/** Brute-force per-item score: |kNN_data(i) ∩ kNN_layout(i)| / k, cosine or euclidean in the data. */
function bruteForcePerPoint(
  data: EmbeddingMatrix,
  layout: Float32Array,
  dims: number,
  k: number,
  metric: 'cosine' | 'euclidean',
): number[] {
  const rows = data.rows;
  const row = (i: number): Float32Array => data.data.subarray(i * data.cols, (i + 1) * data.cols);
  const dataDistance = (i: number, j: number): number => {
    const a = row(i);
    const b = row(j);
    let dot = 0;
    let na = 0;
    let nb = 0;
    let d2 = 0;
    for (let c = 0; c < data.cols; c++) {
      dot += (a[c] ?? 0) * (b[c] ?? 0);
      na += (a[c] ?? 0) ** 2;
      nb += (b[c] ?? 0) ** 2;
      d2 += ((a[c] ?? 0) - (b[c] ?? 0)) ** 2;
    }
    return metric === 'cosine' ? 1 - dot / Math.sqrt(na * nb) : d2;
  };
  const mapDistance = (i: number, j: number): number => {
    let d2 = 0;
    for (let d = 0; d < dims; d++) d2 += ((layout[i * dims + d] ?? 0) - (layout[j * dims + d] ?? 0)) ** 2;
    return d2;
  };
  const nearest = (i: number, distance: (i: number, j: number) => number): Set<number> =>
    new Set(
      Array.from({ length: rows }, (_, j) => j)
        .filter((j) => j !== i)
        .sort((a, b) => distance(i, a) - distance(i, b))
        .slice(0, k),
    );
  return Array.from({ length: rows }, (_, i) => {
    const inData = nearest(i, dataDistance);
    let shared = 0;
    for (const j of nearest(i, mapDistance)) if (inData.has(j)) shared++;
    return shared / k;
  });
}

describe('mapQuality', () => {
  it('equals the existing scorers on a small map, with a brute-force per-item score', async () => {
    const data = gaussianClusters(240, 12, 4, 3);
    const random = createRandom(5);
    // A noisy 2-D layout: some neighbourhoods kept, some broken, so every number is strictly between 0 and 1.
    const coords = Float32Array.from(
      { length: 480 },
      (_, slot) => (data.data[Math.floor(slot / 2) * 12 + (slot % 2)] ?? 0) + 2 * random.nextGaussian(),
    );
    const layout = toLayoutCoordinates(coords, 240, 2);
    for (const metric of ['cosine', 'euclidean'] as const) {
      const quality = await mapQuality({
        vectors: data,
        layout,
        k: 10,
        metric,
        cooperation: uninterruptible(),
      });
      expect(quality.k).toBe(10);
      expect(quality.sampled).toBeNull();
      expect(quality.trustworthiness).toBe(trustworthiness(data, layout, 10, metric));
      expect(quality.continuity).toBe(continuity(data, layout, 10, metric));
      const expected = bruteForcePerPoint(data, coords, 2, 10, metric);
      expect(Array.from(quality.perPoint)).toEqual(expected.map((score) => Math.fround(score)));
      const mean = expected.reduce((sum, score) => sum + score, 0) / expected.length;
      expect(quality.knnPreservation).toBeCloseTo(mean, 6);
      expect(quality.knnPreservation).toBeGreaterThan(0.05);
      expect(quality.knnPreservation).toBeLessThan(0.95);
    }
  });

  it('scores a PCA map of data that is exactly 2-D as perfect', async () => {
    const random = createRandom(11);
    // 200 points on a plane, turned into 10-D by a random rotation: PCA recovers the plane exactly.
    const flat = toEmbeddingMatrix(
      Float32Array.from({ length: 2000 }, (_, slot) => (slot % 10 < 2 ? 10 * random.nextGaussian() : 0)),
      200,
      10,
    );
    const data = rotate(flat, randomRotation(10, 4));
    const map = await pca(data, { components: 2 });
    const quality = await mapQuality({
      vectors: data,
      layout: map.coordinates,
      k: 15,
      metric: 'euclidean',
      cooperation: uninterruptible(),
    });
    expect(quality.trustworthiness).toBe(1);
    expect(quality.continuity).toBe(1);
    expect(quality.knnPreservation).toBe(1);
    expect(quality.perPoint.every((score) => score === 1)).toBe(true);
  });

  it('measures big maps on a seeded sample and clamps k on tiny ones', async () => {
    const rows = QUALITY_SAMPLE_ITEMS + 500;
    const data = gaussianClusters(rows, 6, 3, 8);
    const layout = toLayoutCoordinates(
      Float32Array.from(
        { length: rows * 2 },
        (_, slot) => data.data[Math.floor(slot / 2) * 6 + (slot % 2)] ?? 0,
      ),
      rows,
      2,
    );
    const quality = await mapQuality({
      vectors: data,
      layout,
      k: 15,
      metric: 'euclidean',
      cooperation: uninterruptible(),
    });
    expect(quality.sampled).toBe(QUALITY_SAMPLE_ITEMS);
    expect(quality.perPoint.length).toBe(rows);
    const again = await mapQuality({
      vectors: data,
      layout,
      k: 15,
      metric: 'euclidean',
      cooperation: uninterruptible(),
    });
    expect(again.trustworthiness).toBe(quality.trustworthiness);
    expect(quality.trustworthiness).toBeGreaterThan(0.5);
    expect(quality.trustworthiness).toBeLessThanOrEqual(1);

    const tiny = gaussianClusters(5, 3, 1, 1);
    const tinyLayout = toLayoutCoordinates(Float32Array.from(tiny.data.filter((_, i) => i % 3 < 2)), 5, 2);
    const small = await mapQuality({
      vectors: tiny,
      layout: tinyLayout,
      k: 15,
      metric: 'euclidean',
      cooperation: uninterruptible(),
    });
    expect(small.k).toBe(2);
  });
});

/** What {@link wordMap} made: the map and the vectors it was made from, as written to the file. */
interface WordMap {
  readonly mapId: string;
  readonly result: MapResult;
  readonly vectors: EmbeddingMatrix;
}

/** Loads `words` random `dimension`-d word vectors and maps them with PCA. */
async function wordMap(core: StudioCore, words: number, dimension: number): Promise<WordMap> {
  const random = createRandom(21);
  const names = Array.from({ length: words }, (_, i) => `w${i}`);
  const values = Array.from({ length: words * dimension }, () => (random.next() * 2 - 1).toFixed(4));
  const lines = names.map(
    (word, row) => `${word} ${values.slice(row * dimension, (row + 1) * dimension).join(' ')}`,
  );
  const { embedder } = await core.loadWordVectors({
    fileName: 'vectors.txt',
    bytes: utf8(lines.join('\n')),
    maxWords: null,
    lenient: false,
  });
  const { datasetId } = await core.openFile({
    fileName: 'words.csv',
    bytes: utf8(['word', ...names].join('\n')),
  });
  const map = await mapOf(core, {
    datasetId,
    textColumn: 'word',
    labelColumn: null,
    embedderId: embedder.id,
    method: 'pca',
    dims: 2,
    seed: 3,
  });
  const vectors = toEmbeddingMatrix(Float32Array.from(values, Number), words, dimension);
  return { mapId: map.mapId, result: map, vectors };
}

describe('startMapQuality', () => {
  it('ends with the same scores as mapQuality on the map, after non-decreasing progress', async () => {
    const core = bareCore();
    const { mapId, result: map, vectors } = await wordMap(core, 600, 16);
    const { result, events } = await qualityOf(core, { mapId, k: 10 });
    // PCA maps are measured in euclidean distance, on the vectors the map was made from.
    const direct = await mapQuality({
      vectors,
      layout: toLayoutCoordinates(new Float32Array(map.coords), map.count, map.dims),
      k: 10,
      metric: 'euclidean',
      cooperation: uninterruptible(),
    });
    expect(result.k).toBe(10);
    expect(result.trustworthiness).toBeCloseTo(direct.trustworthiness, 9);
    expect(result.continuity).toBeCloseTo(direct.continuity, 9);
    expect(Array.from(result.perPoint)).toEqual(Array.from(direct.perPoint));
    expect(result.trustworthiness).toBeGreaterThan(0.5);
    const fractions = progressFractions(events);
    expect(fractions.length).toBeGreaterThan(0);
    expect(fractions.at(-1)).toBe(1);
    fractions.forEach((fraction, i) => {
      expect(fraction).toBeGreaterThanOrEqual(fractions[i - 1] ?? 0);
    });
    expect(events.every((event) => event.type !== 'progress' || event.stage === 'measure')).toBe(true);
  });

  it('refuses an unknown map and a bad k before starting a job', async () => {
    const core = bareCore();
    const recorder = recordJobEvents(core);
    await expectStudioError(() => core.startMapQuality({ mapId: 'no-such-map', k: 5 }), 'unknown-map');
    const { mapId } = await wordMap(core, 40, 4);
    await expectStudioError(() => core.startMapQuality({ mapId, k: 0 }), 'invalid-arguments');
    await expectStudioError(() => core.startMapQuality({ mapId, k: 101 }), 'invalid-arguments');
    const { jobId } = await core.startMapQuality({ mapId, k: 5 });
    // Only the map's job came before this one: the refused calls started nothing.
    expect(jobId.endsWith('-2')).toBe(true);
    expect((await recorder.until(jobId)).at(-1)?.type).toBe('map-quality');
  });

  it('is cancelled right after it starts, and the core then answers the next job', async () => {
    const core = bareCore();
    const { mapId } = await wordMap(core, 600, 16);
    const recorder = recordJobEvents(core);
    const { jobId } = await core.startMapQuality({ mapId, k: 10 });
    expect(await core.cancelJob({ jobId })).toEqual({ cancelled: true });
    const events = await recorder.until(jobId);
    expect(events.at(-1)?.type).toBe('cancelled');
    expect(events.some((event) => event.type === 'map-quality')).toBe(false);
    const next = await qualityOf(core, { mapId, k: 5 });
    expect(next.result.k).toBe(5);
    expect(next.result.perPoint.length).toBe(600);
  });

  it('stops its neighbour search with cancelled once the job is aborted mid-way', async () => {
    const data = gaussianClusters(1200, 8, 3, 4);
    const layout = toLayoutCoordinates(
      Float32Array.from({ length: 2400 }, (_, slot) => data.data[Math.floor(slot / 2) * 8 + (slot % 2)] ?? 0),
      1200,
      2,
    );
    const controller = new AbortController();
    const reported: number[] = [];
    const error = await expectStudioError(
      () =>
        mapQuality({
          vectors: data,
          layout,
          k: 10,
          metric: 'euclidean',
          cooperation: new Cooperation(controller.signal),
          onProgress: (fraction) => {
            reported.push(fraction);
            controller.abort();
          },
        }),
      'cancelled',
    );
    expect(error.message).toContain('cancelled');
    // Stopped at the first block after the abort: one report, well short of the end.
    expect(reported).toHaveLength(1);
    expect(reported[0]).toBeLessThan(0.7);
  });
});
