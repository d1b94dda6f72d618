import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { StudioCore } from '../../src/core/studio-core';
import { startCoreWorker } from '../../src/node/core-worker-host';
import {
  DEFAULT_WORD_TRAINING_PARAMS,
  isJobEndEvent,
  type CoreApi,
  type JobEvent,
  type JobEventListener,
  type MapRequest,
} from '../../src/shared/contract';
import { utf8 } from '../core/support/encodings';
import { MemorySampleSource } from '../core/support/memory-sample-source';
import { withinTime } from './fuzz/fuzz-support';

const TOPICS = [
  ['кошка', 'собака', 'мышь', 'cat', 'dog', 'mouse'],
  ['компьютер', 'клавиатура', 'монитор', 'computer', 'keyboard', 'screen'],
  ['football', 'goal', 'team', 'match', 'score', 'coach'],
];

/** 240 sentences in three topics: enough that UMAP and t-SNE take a few hundred milliseconds. */
const SENTENCES = [
  'text,topic',
  ...Array.from({ length: 240 }, (_unused, i) => {
    const words = TOPICS[i % 3] ?? [];
    return `${words[i % 6] ?? ''} and ${words[(i * 5 + 1) % 6] ?? ''} number ${i},t${i % 3}`;
  }),
].join('\n');

const CORPUS = Array.from({ length: 600 }, (_unused, i) => (TOPICS[i % 3] ?? []).join(' ')).join('\n');

type JobKind = 'pca' | 'umap' | 'tsne' | 'train';

/** A core's calls and its job feed: in-process or through a worker. */
interface Subject {
  readonly api: CoreApi;
  onJobEvent(listener: JobEventListener): () => void;
}

/** Every event per job, from now on. */
function jobLog(subject: Subject): {
  events(jobId: string): JobEvent[];
  ended(jobId: string): Promise<JobEvent>;
} {
  const byJob = new Map<string, JobEvent[]>();
  const waiters = new Map<string, (event: JobEvent) => void>();
  subject.onJobEvent((event) => {
    const list = byJob.get(event.jobId) ?? [];
    list.push(event);
    byJob.set(event.jobId, list);
    if (isJobEndEvent(event)) waiters.get(event.jobId)?.(event);
  });
  return {
    events: (jobId) => byJob.get(jobId) ?? [],
    ended: (jobId) =>
      new Promise((resolve) => {
        const end = (byJob.get(jobId) ?? []).find(isJobEndEvent);
        if (end !== undefined) resolve(end);
        else waiters.set(jobId, resolve);
      }),
  };
}

function mapRequest(datasetId: string, kind: Exclude<JobKind, 'train'>): MapRequest {
  const base = {
    datasetId,
    textColumn: 'text',
    labelColumn: 'topic',
    embedderId: 'tfidf-svd',
    dims: 2,
    seed: 5,
  } as const;
  if (kind === 'umap') {
    return {
      ...base,
      method: 'umap',
      umap: { neighbors: 10, minDist: 0.1, spread: 1, metric: 'cosine', epochs: 120 },
    };
  }
  if (kind === 'tsne') {
    return {
      ...base,
      method: 'tsne',
      tsne: { perplexity: 10, iterations: 250, learningRate: null, metric: 'cosine' },
    };
  }
  return { ...base, method: 'pca' };
}

async function startJob(api: CoreApi, datasetId: string, kind: JobKind): Promise<string> {
  if (kind !== 'train') return (await api.startMap(mapRequest(datasetId, kind))).jobId;
  const { jobId } = await api.trainWordEmbedder({
    corpus: { kind: 'file', fileName: 'corpus.txt', bytes: utf8(CORPUS) },
    algorithm: 'skipgram',
    name: 'storm',
    params: { ...DEFAULT_WORD_TRAINING_PARAMS, dimension: 16, epochs: 5, minCount: 1 },
  });
  return jobId;
}

/** What a finished job left: a map's coordinates, or a training run's vocabulary, tokens and loss. */
async function finishedResult(subject: Subject, datasetId: string, kind: JobKind): Promise<unknown> {
  const log = jobLog(subject);
  const jobId = await startJob(subject.api, datasetId, kind);
  const end = await withinTime(log.ended(jobId), 60_000);
  if (end.type === 'done') return Array.from(end.result.coords);
  if (end.type === 'trained') return [end.vocabulary, end.tokens, end.finalLoss];
  throw new Error(`the job ended with ${JSON.stringify(end)}`);
}

/** A new in-process core, seen through the same interface as the worker. */
function freshCore(): Subject {
  const core = new StudioCore({ samples: new MemorySampleSource({}) });
  return { api: core, onJobEvent: (listener) => core.onJobEvent(listener) };
}

/**
 * Starts `kind`, cancels it after `delayMs`, and checks the job's life: exactly one end event, nothing after
 * it, `cancelled` exactly when the cancel found it running. Returns how it ended.
 */
async function startAndCancel(
  subject: Subject,
  log: ReturnType<typeof jobLog>,
  datasetId: string,
  kind: JobKind,
  delayMs: number,
): Promise<string> {
  const jobId = await startJob(subject.api, datasetId, kind);
  if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
  const { cancelled } = await subject.api.cancelJob({ jobId });
  const end = await withinTime(log.ended(jobId), 30_000);
  // A second cancel of an ended job answers "already ended", never an error or a second end event.
  expect((await subject.api.cancelJob({ jobId })).cancelled).toBe(false);
  // Anything sent after the end would arrive within a few turns of the event loop.
  await new Promise((resolve) => setTimeout(resolve, 25));
  const events = log.events(jobId);
  expect(events.filter(isJobEndEvent), `${kind} after ${delayMs} ms`).toHaveLength(1);
  expect(events.at(-1)).toBe(end);
  if (cancelled) expect(end.type).toBe('cancelled');
  else expect(['done', 'trained']).toContain(end.type);
  return end.type;
}

const KINDS: readonly JobKind[] = ['pca', 'umap', 'tsne', 'train'];

describe('faults: cancel storm', () => {
  it('cancels 40 map, UMAP, t-SNE and training jobs at seeded random moments; each ends once, and the core then gives a fresh core’s results', async () => {
    const core = freshCore();
    const log = jobLog(core);
    const { datasetId } = await core.api.openFile({ fileName: 'sentences.csv', bytes: utf8(SENTENCES) });
    const plan = fc.sample(
      fc.tuple(fc.constantFrom(...KINDS), fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 400 }))),
      { seed: 20, numRuns: 40 },
    );
    const ends: Record<string, number> = {};
    for (const [kind, delay] of plan) {
      const end = await startAndCancel(core, log, datasetId, kind, delay);
      ends[end] = (ends[end] ?? 0) + 1;
    }
    console.log(`faults: cancel storm — ${plan.length} jobs: ${JSON.stringify(ends)}`);
    // Half the delays are 0 ms: those cancels land before the job's first slice, so some jobs are always cut short.
    expect(ends['cancelled'] ?? 0).toBeGreaterThan(0);

    const fresh = freshCore();
    const freshSet = await fresh.api.openFile({ fileName: 'sentences.csv', bytes: utf8(SENTENCES) });
    for (const kind of KINDS) {
      expect(await finishedResult(core, datasetId, kind), kind).toEqual(
        await finishedResult(fresh, freshSet.datasetId, kind),
      );
    }
  });

  it('survives jobs cancelled while others run: three at once, cancelled in a seeded order', async () => {
    const core = freshCore();
    const log = jobLog(core);
    const { datasetId } = await core.api.openFile({ fileName: 'sentences.csv', bytes: utf8(SENTENCES) });
    const rounds = fc.sample(
      fc.tuple(
        fc.shuffledSubarray([...KINDS], { minLength: 3, maxLength: 3 }),
        fc.integer({ min: 0, max: 150 }),
      ),
      { seed: 21, numRuns: 6 },
    );
    for (const [kinds, delay] of rounds) {
      const ids = await Promise.all(kinds.map((kind) => startJob(core.api, datasetId, kind)));
      await new Promise((resolve) => setTimeout(resolve, delay));
      for (const jobId of ids) await core.api.cancelJob({ jobId });
      const ends = await withinTime(Promise.all(ids.map((jobId) => log.ended(jobId))), 30_000);
      await new Promise((resolve) => setTimeout(resolve, 25));
      for (const jobId of ids) expect(log.events(jobId).filter(isJobEndEvent)).toHaveLength(1);
      expect(ends.every((end) => ['cancelled', 'done', 'trained'].includes(end.type))).toBe(true);
    }
    const fresh = freshCore();
    const freshSet = await fresh.api.openFile({ fileName: 'sentences.csv', bytes: utf8(SENTENCES) });
    expect(await finishedResult(core, datasetId, 'umap')).toEqual(
      await finishedResult(fresh, freshSet.datasetId, 'umap'),
    );
  });
});

describe('faults: cancel storm through the worker', () => {
  const host = startCoreWorker({ workerUrl: new URL('../../src/node/core-worker.ts', import.meta.url) });

  afterAll(async () => {
    await host.close();
  });

  it('cancels 12 jobs across the thread boundary at seeded moments; each ends once, and the next map is unchanged', async () => {
    const log = jobLog(host);
    const { datasetId } = await host.api.openFile({ fileName: 'sentences.csv', bytes: utf8(SENTENCES) });
    const before = await finishedResult(host, datasetId, 'umap');
    const plan = fc.sample(
      fc.tuple(fc.constantFrom(...KINDS), fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 300 }))),
      { seed: 22, numRuns: 12 },
    );
    for (const [kind, delay] of plan) await startAndCancel(host, log, datasetId, kind, delay);
    expect(await finishedResult(host, datasetId, 'umap')).toEqual(before);
  });
});
