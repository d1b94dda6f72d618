import { describe, expect, it } from 'vitest';
import { StudioCore } from '../../../src/core/studio-core';
import {
  estimateJobMemory,
  largestRowsWithin,
  toMegabytes,
  type MemoryJobShape,
} from '../../../src/core/jobs/memory-estimate';
import { utf8 } from '../support/encodings';
import { expectStudioError } from '../support/expect-studio-error';
import { recordJobEvents } from '../support/job-events';
import { MemorySampleSource } from '../support/memory-sample-source';

const MIB = 1024 * 1024;

const PCA_100K: MemoryJobShape = { rows: 100_000, dimension: 384, method: 'pca', dims: 2 };

describe('estimateJobMemory', () => {
  it('counts the N × D float32 embeddings twice, and grows linearly in rows for PCA', () => {
    const small = estimateJobMemory({ ...PCA_100K, rows: 10_000 });
    const large = estimateJobMemory(PCA_100K);
    expect(large.parts['embeddings']).toBe(2 * 100_000 * 384 * 4);
    // 100,000 × 384 float32 is 146 MiB; twice that plus items and covariance lands between 300 and 500 MiB.
    expect(toMegabytes(large.bytes)).toBeGreaterThan(300);
    expect(toMegabytes(large.bytes)).toBeLessThan(500);
    const covariance = large.parts['covariance'] ?? 0;
    expect(covariance).toBe(2 * 384 * 384 * 8);
    // Everything except the D × D covariance scales with N: 10× the rows, 10× the rest.
    const rest = (estimate: typeof large): number =>
      estimate.bytes / 1.25 - (estimate.parts['covariance'] ?? 0);
    expect(rest(large) / rest(small)).toBeCloseTo(10, 6);
  });

  it('adds the kNN graph and fuzzy graph for UMAP, more with more neighbours, NN-descent above 2,048 rows', () => {
    const pca = estimateJobMemory(PCA_100K);
    const umap15 = estimateJobMemory({ ...PCA_100K, method: 'umap', neighbors: 15 });
    const umap50 = estimateJobMemory({ ...PCA_100K, method: 'umap', neighbors: 50 });
    expect(umap15.bytes).toBeGreaterThan(pca.bytes - (pca.parts['covariance'] ?? 0) * 1.25);
    expect(umap50.bytes).toBeGreaterThan(umap15.bytes);
    expect(umap15.parts['knnGraph']).toBeGreaterThan(100_000 * 15 * 8);
    // NN-descent's candidate lists make the graph step per row dearer than brute force's heaps.
    const exact = estimateJobMemory({ rows: 2048, dimension: 16, method: 'umap', dims: 2, neighbors: 15 });
    const approx = estimateJobMemory({ rows: 2049, dimension: 16, method: 'umap', dims: 2, neighbors: 15 });
    expect((approx.parts['knnGraph'] ?? 0) / 2049).toBeGreaterThan((exact.parts['knnGraph'] ?? 0) / 2048);
  });

  it('gives t-SNE its affinities, gradient buffers and space tree; precomputed layouts no embeddings', () => {
    const tsne = estimateJobMemory({ rows: 5000, dimension: 64, method: 'tsne', dims: 2, neighbors: 90 });
    expect(Object.keys(tsne.parts).sort()).toEqual(
      ['affinities', 'embeddings', 'items', 'knnGraph', 'layout', 'spaceTree'].sort(),
    );
    const drawn = estimateJobMemory({ rows: 5000, dimension: 3, method: 'precomputed', dims: 3 });
    expect(drawn.parts['embeddings']).toBe(0);
    expect(drawn.bytes).toBeLessThan(tsne.bytes);
  });

  it('is zero for no rows and never NaN for odd input', () => {
    expect(estimateJobMemory({ rows: 0, dimension: 0, method: 'pca', dims: 2 }).bytes).toBe(0);
    const odd = estimateJobMemory({ rows: 1, dimension: 1, method: 'umap', dims: 3, neighbors: 15 });
    expect(Number.isFinite(odd.bytes)).toBe(true);
  });
});

describe('largestRowsWithin', () => {
  it('finds the largest sample that fits: it fits, one more row does not', () => {
    for (const method of ['pca', 'umap', 'tsne'] as const) {
      const shape: MemoryJobShape = { rows: 50_000, dimension: 384, method, dims: 2, neighbors: 15 };
      const budget = 40 * MIB;
      const rows = largestRowsWithin(shape, budget);
      expect(rows).toBeGreaterThan(0);
      expect(rows).toBeLessThan(50_000);
      expect(estimateJobMemory({ ...shape, rows }).bytes).toBeLessThanOrEqual(budget);
      expect(estimateJobMemory({ ...shape, rows: rows + 1 }).bytes).toBeGreaterThan(budget);
    }
  });

  it('keeps all rows when they fit and none when nothing does', () => {
    expect(largestRowsWithin(PCA_100K, 10_000 * MIB)).toBe(100_000);
    expect(largestRowsWithin(PCA_100K, 10)).toBe(0);
  });
});

describe('memory guard in startMap', () => {
  const lines = Array.from({ length: 400 }, (_unused, i) => `text ${i} about topic ${i % 7}`).join('\n');

  async function coreWithBudget(budget: number): Promise<{ core: StudioCore; datasetId: string }> {
    const core = new StudioCore({ samples: new MemorySampleSource({}), memoryBudget: () => budget });
    const preview = await core.openFile({ fileName: 'lines.txt', bytes: utf8(lines) });
    return { core, datasetId: preview.datasetId };
  }

  it('refuses a map over the budget before any job starts, with neededMb, availableMb and suggestedRows', async () => {
    const budget = 0.1 * MIB;
    const { core, datasetId } = await coreWithBudget(budget);
    const events: unknown[] = [];
    core.onJobEvent((event) => events.push(event));
    const request = {
      datasetId,
      textColumn: 'text',
      labelColumn: null,
      embedderId: 'tfidf-svd',
      method: 'umap',
      dims: 2,
      seed: 1,
    } as const;
    const error = await expectStudioError(() => core.startMap(request), 'insufficient-memory');
    const dimension = (await core.listEmbedders({})).find((e) => e.id === 'tfidf-svd')?.dimension ?? 0;
    const shape: MemoryJobShape = { rows: 400, dimension, method: 'umap', dims: 2, neighbors: 15 };
    expect(error.params).toEqual({
      neededMb: toMegabytes(estimateJobMemory(shape).bytes),
      availableMb: 0,
      suggestedRows: largestRowsWithin(shape, budget),
    });
    const suggested = Number(error.params?.['suggestedRows']);
    expect(suggested).toBeGreaterThan(0);
    expect(suggested).toBeLessThan(400);
    expect(error.message).toMatch(/needs about \d+ MB/);
    // No job was created: nothing was emitted.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(events).toEqual([]);

    // The offered sample fits and maps.
    const recorder = recordJobEvents(core);
    const { jobId } = await core.startMap({
      ...request,
      sample: { size: suggested, seed: 1, stratifyBy: null },
    });
    const ended = await recorder.until(jobId);
    const end = ended.at(-1);
    expect(end?.type).toBe('done');
    if (end?.type === 'done') expect(end.result.count).toBe(suggested);
  });

  it('lets a map within the budget run', async () => {
    const { core, datasetId } = await coreWithBudget(1024 * MIB);
    const recorder = recordJobEvents(core);
    const { jobId } = await core.startMap({
      datasetId,
      textColumn: 'text',
      labelColumn: null,
      embedderId: 'tfidf-svd',
      method: 'pca',
      dims: 2,
      seed: 1,
    });
    expect((await recorder.until(jobId)).at(-1)?.type).toBe('done');
  });
});

describe('memory guard in startClustering', () => {
  it('refuses to cluster a map whose k-means working set exceeds the budget, and clusters it within one', async () => {
    let budget = 1024 * MIB;
    const core = new StudioCore({ samples: new MemorySampleSource({}), memoryBudget: () => budget });
    const lines = Array.from({ length: 300 }, (_unused, i) => `word${i % 9} topic ${i % 3} item ${i}`).join(
      '\n',
    );
    const preview = await core.openFile({ fileName: 'lines.txt', bytes: utf8(lines) });
    const recorder = recordJobEvents(core);
    const map = await core.startMap({
      datasetId: preview.datasetId,
      textColumn: 'text',
      labelColumn: null,
      embedderId: 'tfidf-svd',
      method: 'pca',
      dims: 2,
      seed: 1,
    });
    const mapEnd = (await recorder.until(map.jobId)).at(-1);
    expect(mapEnd?.type).toBe('done');
    if (mapEnd?.type !== 'done') return;
    const request = {
      mapId: mapEnd.result.mapId,
      method: 'kmeans',
      k: 3,
      minClusterSize: 5,
      seed: 1,
    } as const;

    budget = 0.01 * MIB;
    const error = await expectStudioError(() => core.startClustering(request), 'insufficient-memory');
    const shape: MemoryJobShape = {
      rows: 300,
      dimension: mapEnd.result.embeddingDimension,
      method: 'kmeans',
      dims: 2,
      clusters: 3,
    };
    expect(error.params?.['neededMb']).toBe(toMegabytes(estimateJobMemory(shape).bytes));

    budget = 1024 * MIB;
    const { jobId } = await core.startClustering(request);
    const end = (await recorder.until(jobId)).at(-1);
    expect(end?.type).toBe('clusters');
  });
});
