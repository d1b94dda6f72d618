import { describe, expect, it } from 'vitest';
import type { JobEvent, MapRequest } from '../../src/shared/contract';
import { StudioCore } from '../../src/core/studio-core';
import { utf8 } from './support/encodings';
import { expectStudioError } from './support/expect-studio-error';
import { recordJobEvents } from './support/job-events';
import { MemorySampleSource, sampleInfo } from './support/memory-sample-source';

const TOPICS = {
  animals: ['cat', 'dog', 'kitten', 'puppy', 'horse'],
  finance: ['stock', 'market', 'shares', 'bank', 'price'],
  sport: ['football', 'match', 'goal', 'team', 'score'],
};

/** A CSV of `rows` generated sentences in three topics, with a few empty texts and labels. */
function sentencesCsv(rows: number): string {
  const lines = ['id,sentence,topic'];
  const names = Object.keys(TOPICS) as (keyof typeof TOPICS)[];
  for (let i = 0; i < rows; i++) {
    const topic = names[i % 3] ?? 'animals';
    const words = TOPICS[topic];
    const text = `the ${words[i % 5] ?? ''} and the ${words[(i * 3 + 1) % 5] ?? ''}, number ${i}`;
    lines.push(`${i},"${i % 10 === 9 ? '' : text}",${i % 7 === 0 ? '' : topic}`);
  }
  return lines.join('\r\n');
}

function createCore(): StudioCore {
  return new StudioCore({
    samples: new MemorySampleSource({
      words: { info: sampleInfo('words', 'words.txt'), bytes: utf8('кот\nсобака\nрыба\nптица\n') },
    }),
  });
}

async function openSentences(core: StudioCore, rows = 60): Promise<MapRequest> {
  const preview = await core.openFile({ fileName: 'sentences.csv', bytes: utf8(sentencesCsv(rows)) });
  return {
    datasetId: preview.datasetId,
    textColumn: 'sentence',
    labelColumn: 'topic',
    embedderId: 'tfidf-svd',
    method: 'pca',
    dims: 2,
    seed: 7,
  };
}

function terminal(events: readonly JobEvent[]): JobEvent[] {
  return events.filter((event) => event.type !== 'progress');
}

describe('StudioCore', () => {
  it('lists samples and embedders', async () => {
    const core = createCore();
    expect((await core.listSamples({})).map((sample) => sample.id)).toEqual(['words']);
    expect((await core.listEmbedders({})).map((embedder) => embedder.id)).toEqual(['tfidf-svd']);
  });

  it('opens a file into a preview with suggested columns', async () => {
    const core = createCore();
    const preview = await core.openFile({ fileName: 'sentences.csv', bytes: utf8(sentencesCsv(20)) });
    expect(preview).toMatchObject({
      name: 'sentences.csv',
      format: 'csv',
      columns: ['id', 'sentence', 'topic'],
      rowCount: 20,
      suggestedTextColumn: 'sentence',
      suggestedLabelColumn: 'topic',
    });
    expect(preview.previewRows).toHaveLength(5);
    expect(preview.previewRows[1]).toEqual(['1', 'the market and the price, number 1', 'finance']);
  });

  it('opens a sample, and names the available ones for an unknown id', async () => {
    const core = createCore();
    expect(await core.openSample({ sampleId: 'words' })).toMatchObject({
      format: 'txt',
      rowCount: 4,
      columns: ['text'],
    });
    const error = await expectStudioError(() => core.openSample({ sampleId: 'nope' }), 'unknown-sample');
    expect(error.message).toContain('words');
  });

  it('maps a table: progress through the stages, then done with finite coordinates', async () => {
    const core = createCore();
    const recorder = recordJobEvents(core);
    const request = await openSentences(core);
    const { jobId } = await core.startMap(request);
    const events = await recorder.until(jobId);
    const progress = events.flatMap((event) => (event.type === 'progress' ? [event] : []));
    expect(progress.map((event) => event.fraction)).toEqual(
      progress.map((event) => event.fraction).sort((a, b) => a - b),
    );
    expect([...new Set(progress.map((event) => event.stage))]).toEqual(['prepare', 'embed', 'reduce']);
    const done = events.at(-1);
    if (done?.type !== 'done') throw new Error(`expected done, got ${JSON.stringify(done)}`);
    const { result } = done;
    // 60 rows, every tenth text empty → 54 items.
    expect(result).toMatchObject({ count: 54, dims: 2, embedderId: 'tfidf-svd', method: 'pca', seed: 7 });
    expect(result.coords).toBeInstanceOf(Float32Array);
    expect(result.coords).toHaveLength(108);
    expect(result.coords.every(Number.isFinite)).toBe(true);
    expect(result.texts[0]).toBe('the cat and the dog, number 0');
    expect(result.labels[0]).toBeNull();
    expect(result.labels[1]).toBe('finance');
    expect(result.explainedVariance).toHaveLength(2);
    expect(result.embeddingDimension).toBeGreaterThan(2);
    expect(await core.cancelJob({ jobId })).toEqual({ cancelled: false });
  });

  it('gives the same map for the same seed, in 3D too', async () => {
    const core = createCore();
    const recorder = recordJobEvents(core);
    const request = { ...(await openSentences(core)), dims: 3 as const, labelColumn: null };
    const results = [];
    for (let run = 0; run < 2; run++) {
      const { jobId } = await core.startMap(request);
      const last = (await recorder.until(jobId)).at(-1);
      if (last?.type !== 'done') throw new Error('expected done');
      results.push(last.result);
    }
    expect(results[0]?.coords).toHaveLength(54 * 3);
    expect(results[1]?.coords).toEqual(results[0]?.coords);
    expect(results[0]?.labels.every((label) => label === null)).toBe(true);
  });

  it('cancels right after start: cancelled, and nothing afterwards', async () => {
    const core = createCore();
    const recorder = recordJobEvents(core);
    const { jobId } = await core.startMap(await openSentences(core));
    expect(await core.cancelJob({ jobId })).toEqual({ cancelled: true });
    const events = await recorder.until(jobId);
    expect(events).toEqual([{ type: 'cancelled', jobId }]);
  });

  it('cancels mid-run: the job yields, so the cancel lands while it embeds', async () => {
    const core = createCore();
    const request = await openSentences(core, 3000);
    const recorder = recordJobEvents(core);
    const embedding = new Promise<void>((resolve) => {
      core.onJobEvent((event) => {
        if (event.type === 'progress' && event.stage === 'embed') resolve();
      });
    });
    const { jobId } = await core.startMap(request);
    await embedding;
    expect(await core.cancelJob({ jobId })).toEqual({ cancelled: true });
    const events = await recorder.until(jobId);
    expect(terminal(events)).toEqual([{ type: 'cancelled', jobId }]);
    expect(events.at(-1)?.type).toBe('cancelled');
  });

  it('rejects bad requests with specific codes', async () => {
    const core = createCore();
    const request = await openSentences(core);
    const invalid = await expectStudioError(
      () => core.startMap({ ...request, dims: 4 as 2 }),
      'invalid-arguments',
    );
    expect(invalid.params).toMatchObject({ call: 'startMap', field: 'dims' });
    await expectStudioError(
      () => core.openFile({ fileName: '', bytes: new Uint8Array() }),
      'invalid-arguments',
    );
    await expectStudioError(
      () => core.listSamples(undefined as unknown as Record<string, never>),
      'invalid-arguments',
    );
    await expectStudioError(() => core.startMap({ ...request, datasetId: 'dataset-999' }), 'unknown-dataset');
    const column = await expectStudioError(
      () => core.startMap({ ...request, labelColumn: 'Topic' }),
      'unknown-column',
    );
    expect(column.message).toBe(
      'sentences.csv has no column "Topic"; its columns are "id", "sentence", "topic".',
    );
    await expectStudioError(() => core.startMap({ ...request, embedderId: 'bert' }), 'unknown-embedder');
    await expectStudioError(() => core.cancelJob({ jobId: 'job-404' }), 'unknown-job');
  });

  it('needs at least three non-empty texts', async () => {
    const core = createCore();
    const request = await openSentences(core);
    const preview = await core.openFile({
      fileName: 'few.csv',
      bytes: utf8('text,label\none,a\n  ,b\ntwo,c\n'),
    });
    const error = await expectStudioError(
      () =>
        core.startMap({ ...request, datasetId: preview.datasetId, textColumn: 'text', labelColumn: null }),
      'too-few-items',
    );
    expect(error.params).toMatchObject({ count: 2, minimum: 3 });
  });

  it('reports file problems with their codes', async () => {
    const core = createCore();
    await expectStudioError(
      () => core.openFile({ fileName: 'a.xlsx', bytes: utf8('x') }),
      'unsupported-format',
    );
    await expectStudioError(
      () => core.openFile({ fileName: 'a.csv', bytes: new Uint8Array() }),
      'empty-file',
    );
    await expectStudioError(
      () => core.openFile({ fileName: 'a.csv', bytes: utf8('a,b\n1,2,3') }),
      'malformed-table',
    );
  });
});
