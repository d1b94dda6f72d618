import { describe, expect, it } from 'vitest';
import { StudioCore } from '../../../src/core/studio-core';
import { adjustedRandIndex } from '../../../src/core/quality/adjusted-rand-index';
import { FileSampleSource } from '../../../src/node/file-sample-source';
import { findResourcesDir } from '../../../src/node/resources-dir';
import type { ClusteringResult, CoreInput, JobEvent, MapResult } from '../../../src/shared/contract';
import { expectStudioError } from '../support/expect-studio-error';
import { recordJobEvents } from '../support/job-events';
import { mapOf } from '../support/map-runner';

function createCore(): StudioCore {
  return new StudioCore({ samples: new FileSampleSource(findResourcesDir()) });
}

/** Maps a bundled sample with the built-in TF-IDF + SVD embedder. */
async function mapSample(
  core: StudioCore,
  sampleId: string,
  textColumn: string,
  labelColumn: string,
): Promise<MapResult> {
  const preview = await core.openSample({ sampleId });
  return mapOf(core, {
    datasetId: preview.datasetId,
    textColumn,
    labelColumn,
    embedderId: 'tfidf-svd',
    method: 'pca',
    dims: 2,
    seed: 42,
  });
}

async function cluster(
  core: StudioCore,
  input: CoreInput<'startClustering'>,
): Promise<{ result: ClusteringResult; events: JobEvent[] }> {
  const recorder = recordJobEvents(core);
  const { jobId } = await core.startClustering(input);
  const events = await recorder.until(jobId);
  const end = events.at(-1);
  if (end?.type !== 'clusters') throw new Error(`clustering ended with ${JSON.stringify(end)}`);
  return { result: end.result, events };
}

function expectConsistent(result: ClusteringResult, count: number): void {
  expect(result.labels).toHaveLength(count);
  expect(result.clusters.map((c) => c.id)).toEqual(result.clusters.map((_, i) => i));
  const sizes = result.clusters.map((c) => c.size);
  expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  expect(sizes.reduce((a, b) => a + b, 0) + result.noise).toBe(count);
  for (const { id, size } of result.clusters) expect(result.labels.filter((l) => l === id).length).toBe(size);
}

describe('StudioCore.startClustering', () => {
  it('clusters the bundled sentences by topic with k-means and names the clusters', async () => {
    const core = createCore();
    const map = await mapSample(core, 'sentences-ru-en', 'text', 'topic');
    const topics = new Set(map.labels).size;
    const { result, events } = await cluster(core, {
      mapId: map.mapId,
      method: 'kmeans',
      k: topics,
      minClusterSize: 5,
      seed: 1,
    });
    expectConsistent(result, map.count);
    expect(result.clusters).toHaveLength(topics);
    const ari = adjustedRandIndex(
      result.labels,
      map.labels.map((label) => label ?? ''),
    );
    console.log(
      `sentences sample (tfidf-svd), k-means k = ${topics}: ARI vs topic ${ari.toFixed(3)}, silhouette ` +
        `${result.silhouette?.toFixed(3)}; names: ${result.clusters.map((c) => `${c.name} (${c.size})`).join(' | ')}`,
    );
    // TF-IDF + SVD shares no words between a Russian and an English sentence on one topic, and its 64-d vectors
    // are nearly orthogonal (mean cosine 0.05): the topics are only weak clusters in its space (silhouette
    // ≈ 0.08), so k-means agrees with them well above chance (ARI ≈ 0) but far from perfectly (0.21 at seed 1).
    expect(ari).toBeGreaterThanOrEqual(0.15);
    expect(result.silhouette).toBeGreaterThan(0);
    expect(result.noise).toBe(0);
    for (const { keywords, name } of result.clusters) {
      expect(keywords).toHaveLength(5);
      expect(name).toBe(keywords.slice(0, 3).join(' · '));
      expect(keywords.some((word) => ['the', 'и', 'в', 'a', 'on'].includes(word))).toBe(false);
    }
    const stages = events.flatMap((event) => (event.type === 'progress' ? [event.stage] : []));
    expect(stages.length).toBeGreaterThan(0);
    expect(new Set(stages)).toEqual(new Set(['cluster']));
  });

  it('chooses k by the silhouette and finds the density method’s clusters and noise', async () => {
    const core = createCore();
    const map = await mapSample(core, 'sentences-ru-en', 'text', 'topic');
    const truth = map.labels.map((label) => label ?? '');
    const auto = (
      await cluster(core, { mapId: map.mapId, method: 'kmeans', k: null, minClusterSize: 5, seed: 1 })
    ).result;
    expectConsistent(auto, map.count);
    expect(auto.clusters.length).toBeGreaterThanOrEqual(2);
    expect(auto.clusters.length).toBeLessThanOrEqual(12);
    const density = (
      await cluster(core, { mapId: map.mapId, method: 'density', k: null, minClusterSize: 5, seed: 1 })
    ).result;
    expectConsistent(density, map.count);
    const clustered = Array.from(density.labels.keys()).filter((i) => (density.labels[i] ?? -1) >= 0);
    const densityAri = adjustedRandIndex(
      clustered.map((i) => density.labels[i] ?? -1),
      clustered.map((i) => truth[i] ?? ''),
    );
    console.log(
      `sentences sample: auto k = ${auto.clusters.length} (ARI vs topic ${adjustedRandIndex(auto.labels, truth).toFixed(3)}, ` +
        `silhouette ${auto.silhouette?.toFixed(3)}); density: ${density.clusters.length} clusters, ${density.noise} noise, ` +
        `ARI vs topic on clustered items ${densityAri.toFixed(3)}`,
    );
    expect(density.clusters.length).toBeGreaterThanOrEqual(2);
  });

  it('names the clusters of a map of single words by their most central words', async () => {
    const core = createCore();
    const map = await mapSample(core, 'words-ru-en', 'word', 'category');
    const { result } = await cluster(core, {
      mapId: map.mapId,
      method: 'kmeans',
      k: 6,
      minClusterSize: 5,
      seed: 3,
    });
    expectConsistent(result, map.count);
    for (const { id, keywords } of result.clusters) {
      // Every keyword is one of the cluster's own words.
      const members = map.texts.filter((_, i) => result.labels[i] === id);
      for (const word of keywords) expect(members).toContain(word);
    }
  });

  it('refuses more clusters than items, and an unknown map, before starting a job', async () => {
    const core = createCore();
    const map = await mapSample(core, 'words-ru-en', 'word', 'category');
    const recorder = recordJobEvents(core);
    const { jobId } = await core.startClustering({
      mapId: map.mapId,
      method: 'kmeans',
      k: 100,
      minClusterSize: 5,
      seed: 1,
    });
    const end = (await recorder.until(jobId)).at(-1);
    expect(end?.type).toBe('failed');
    if (end?.type === 'failed') {
      expect(end.error.code).toBe('too-few-items');
      expect(end.error.message).toBe(
        `k-means cannot make 100 clusters of ${map.count} items; choose k of at most ${map.count}.`,
      );
    }
    await expectStudioError(
      () =>
        core.startClustering({ mapId: 'map-404', method: 'density', k: null, minClusterSize: 5, seed: 1 }),
      'unknown-map',
    );
    await expectStudioError(
      () =>
        core.startClustering({ mapId: map.mapId, method: 'density', k: null, minClusterSize: 1, seed: 1 }),
      'invalid-arguments',
    );
  });

  it('can be cancelled', async () => {
    const core = createCore();
    const map = await mapSample(core, 'sentences-ru-en', 'text', 'topic');
    const recorder = recordJobEvents(core);
    const { jobId } = await core.startClustering({
      mapId: map.mapId,
      method: 'kmeans',
      k: null,
      minClusterSize: 5,
      seed: 1,
    });
    expect(await core.cancelJob({ jobId })).toEqual({ cancelled: true });
    const events = await recorder.until(jobId);
    expect(events.at(-1)?.type).toBe('cancelled');
    expect(events.some((event) => event.type === 'clusters')).toBe(false);
  });
});
