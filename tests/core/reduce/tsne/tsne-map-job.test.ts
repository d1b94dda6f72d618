import { describe, expect, it } from 'vitest';
import type { JobEvent, MapRequest } from '../../../../src/shared/contract';
import { StudioCore } from '../../../../src/core/studio-core';
import { utf8 } from '../../support/encodings';
import { MemorySampleSource } from '../../support/memory-sample-source';
import { labelAgreement } from './label-agreement';

/** 90 sentences in three vocabularies, so TF-IDF vectors fall into three groups (row % 3). */
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

/** All of a job's events once it has ended (done, failed or cancelled). */
function eventsUntilEnd(jobId: string, events: JobEvent[]): Promise<JobEvent[]> {
  return new Promise((resolve) => {
    const check = (): void => {
      const mine = events.filter((event) => event.jobId === jobId);
      if (mine.some((event) => ['done', 'failed', 'cancelled'].includes(event.type))) resolve(mine);
      else setTimeout(check, 10);
    };
    check();
  });
}

describe('StudioCore with method tsne', () => {
  it('sends the items, streamed layouts and a final map equal to the last layout; defaults work in 3D', async () => {
    const core = new StudioCore({ samples: new MemorySampleSource({}) });
    const events: JobEvent[] = [];
    core.onJobEvent((event) => events.push(event));
    const preview = await core.openFile({ fileName: 'topics.csv', bytes: utf8(topicsCsv()) });
    const request: MapRequest = {
      datasetId: preview.datasetId,
      textColumn: 'text',
      labelColumn: 'topic',
      embedderId: 'tfidf-svd',
      method: 'tsne',
      dims: 2,
      seed: 3,
      tsne: { perplexity: 10, iterations: 300, learningRate: null, metric: 'cosine' },
    };
    const { jobId } = await core.startMap(request);
    const mine = await eventsUntilEnd(jobId, events);
    const kinds = mine.filter((event) => event.type !== 'progress').map((event) => event.type);
    expect(kinds[0]).toBe('items');
    expect(kinds.at(-1)).toBe('done');
    const layouts = mine.flatMap((event) => (event.type === 'layout' ? [event] : []));
    expect(layouts.length).toBeGreaterThanOrEqual(2);
    expect(layouts.every((layout) => layout.totalEpochs === 300 && layout.dims === 2)).toBe(true);
    const done = mine.at(-1);
    if (done?.type !== 'done') throw new Error('expected done');
    expect(done.result).toMatchObject({ method: 'tsne', count: 90, dims: 2, explainedVariance: [] });
    expect(layouts.at(-1)?.coords).toEqual(done.result.coords);
    expect(labelAgreement(done.result.coords, 2, 3, 5)).toBeGreaterThan(0.9);
    const again = await core.startMap({ ...request, tsne: undefined, dims: 3 });
    const last = (await eventsUntilEnd(again.jobId, events)).at(-1);
    if (last?.type !== 'done') throw new Error('expected done');
    expect(last.result.coords).toHaveLength(270);
    expect(last.result.coords.every(Number.isFinite)).toBe(true);
  });
});
