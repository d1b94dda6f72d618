import { describe, expect, it } from 'vitest';
import type { JobEvent, MapRequest } from '../../../../src/shared/contract';
import { StudioCore } from '../../../../src/core/studio-core';
import { utf8 } from '../../support/encodings';
import { MemorySampleSource } from '../../support/memory-sample-source';

/** 90 sentences in three vocabularies, so TF-IDF vectors fall into three groups. */
function topicsCsv(): string {
  const topics = [
    ['cat', 'dog', 'kitten', 'puppy', 'horse', 'cow'],
    ['stock', 'market', 'shares', 'bank', 'price', 'bond'],
    ['football', 'match', 'goal', 'team', 'score', 'league'],
  ];
  const lines = ['text,topic'];
  for (let i = 0; i < 90; i++) {
    const words = topics[i % 3] ?? [];
    lines.push(
      `${words[i % 6] ?? ''} ${words[(i * 5 + 1) % 6] ?? ''} ${words[(i * 7 + 2) % 6] ?? ''} ${i},t${i % 3}`,
    );
  }
  return lines.join('\n');
}

/**
 * Records a core's job events; `until(jobId)` resolves once the job has ended (done, failed or cancelled).
 * The shared recorder resolves at the first non-progress event, which for UMAP is the items event.
 */
function recordJobEvents(core: StudioCore): { until(jobId: string): Promise<JobEvent[]> } {
  const events: JobEvent[] = [];
  const ended = new Map<string, () => void>();
  const terminal = new Set(['done', 'failed', 'cancelled']);
  core.onJobEvent((event) => {
    events.push(event);
    if (terminal.has(event.type)) ended.get(event.jobId)?.();
  });
  return {
    until: (jobId) =>
      new Promise((resolve) => {
        const mine = (): JobEvent[] => events.filter((event) => event.jobId === jobId);
        if (mine().some((event) => terminal.has(event.type))) resolve(mine());
        else
          ended.set(jobId, () => {
            resolve(mine());
          });
      }),
  };
}

describe('StudioCore with method umap', () => {
  it('sends the items, streamed layouts and a final map equal to the last layout', async () => {
    const core = new StudioCore({ samples: new MemorySampleSource({}) });
    const recorder = recordJobEvents(core);
    const preview = await core.openFile({ fileName: 'topics.csv', bytes: utf8(topicsCsv()) });
    const request: MapRequest = {
      datasetId: preview.datasetId,
      textColumn: 'text',
      labelColumn: 'topic',
      embedderId: 'tfidf-svd',
      method: 'umap',
      dims: 2,
      seed: 3,
      umap: { neighbors: 10, minDist: 0.1, spread: 1, metric: 'cosine', epochs: 100 },
    };
    const { jobId } = await core.startMap(request);
    const events: JobEvent[] = await recorder.until(jobId);
    const kinds = events.filter((event) => event.type !== 'progress').map((event) => event.type);
    expect(kinds[0]).toBe('items');
    expect(kinds.at(-1)).toBe('done');
    const layouts = events.flatMap((event) => (event.type === 'layout' ? [event] : []));
    expect(layouts.length).toBeGreaterThanOrEqual(2);
    expect(layouts.every((layout) => layout.totalEpochs === 100 && layout.dims === 2)).toBe(true);
    const done = events.at(-1);
    if (done?.type !== 'done') throw new Error('expected done');
    expect(done.result).toMatchObject({ method: 'umap', count: 90, dims: 2, explainedVariance: [] });
    expect(done.result.coords.every(Number.isFinite)).toBe(true);
    expect(layouts.at(-1)?.coords).toEqual(done.result.coords);
    const items = events.find((event) => event.type === 'items');
    if (items?.type !== 'items') throw new Error('expected items');
    expect(items.texts).toEqual(done.result.texts);
    const again = await core.startMap(request);
    const last = (await recorder.until(again.jobId)).at(-1);
    if (last?.type !== 'done') throw new Error('expected done');
    expect(last.result.coords).toEqual(done.result.coords);
  });

  it('uses the default parameters when none are given, and sends no items for PCA', async () => {
    const core = new StudioCore({ samples: new MemorySampleSource({}) });
    const recorder = recordJobEvents(core);
    const preview = await core.openFile({ fileName: 'topics.csv', bytes: utf8(topicsCsv()) });
    const base = {
      datasetId: preview.datasetId,
      textColumn: 'text',
      labelColumn: null,
      embedderId: 'tfidf-svd',
      dims: 3 as const,
      seed: 1,
    };
    const umapJob = await core.startMap({ ...base, method: 'umap' });
    const umapEvents = await recorder.until(umapJob.jobId);
    expect(umapEvents.at(-1)?.type).toBe('done');
    const pcaJob = await core.startMap({ ...base, method: 'pca' });
    const pcaEvents = await recorder.until(pcaJob.jobId);
    expect(pcaEvents.some((event) => event.type === 'items' || event.type === 'layout')).toBe(false);
  });
});
