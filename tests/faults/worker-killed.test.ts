import { afterAll, describe, expect, it } from 'vitest';
import { CoreRpcClient } from '../../src/core/rpc/core-rpc-client';
import { startCoreWorker, type CoreWorkerHost } from '../../src/node/core-worker-host';
import { StudioCore } from '../../src/core/studio-core';
import {
  DEFAULT_WORD_TRAINING_PARAMS,
  isJobEndEvent,
  type CoreApi,
  type JobEvent,
  type MapRequest,
} from '../../src/shared/contract';
import { StudioError } from '../../src/shared/errors';
import { FileSampleSource } from '../../src/node/file-sample-source';
import { findResourcesDir } from '../../src/node/resources-dir';

const WORKER_URL = new URL('../../src/node/core-worker.ts', import.meta.url);

/** Every job event of a host from now on; `end(jobId)` resolves with the job's end event and all its events. */
function recorder(host: CoreWorkerHost): {
  end(jobId: string): Promise<{ end: JobEvent; events: JobEvent[] }>;
} {
  const events: JobEvent[] = [];
  const waiters = new Map<string, () => void>();
  host.onJobEvent((event) => {
    events.push(event);
    if (isJobEndEvent(event)) waiters.get(event.jobId)?.();
  });
  return {
    end: (jobId) =>
      new Promise((resolve) => {
        const done = (): void => {
          const mine = events.filter((event) => event.jobId === jobId);
          const end = mine.find(isJobEndEvent);
          if (end !== undefined) resolve({ end, events: mine });
        };
        waiters.set(jobId, done);
        done();
      }),
  };
}

async function rejection(work: Promise<unknown>): Promise<StudioError> {
  try {
    await work;
  } catch (error) {
    expect(error).toBeInstanceOf(StudioError);
    return error as StudioError;
  }
  throw new Error('expected a rejection');
}

/** 30,000 short lines: big enough that mapping them takes seconds, so a kill lands mid-job. */
const BIG_TEXT = new TextEncoder().encode(
  Array.from({ length: 30_000 }, (_unused, i) => `row ${i} topic${i % 17} word${i % 389} term${i % 53}`).join(
    '\n',
  ),
);

async function openSentences(api: CoreApi, seed: number): Promise<MapRequest> {
  const preview = await api.openSample({ sampleId: 'sentences-ru-en' });
  return {
    datasetId: preview.datasetId,
    textColumn: preview.suggestedTextColumn,
    labelColumn: preview.suggestedLabelColumn,
    embedderId: 'tfidf-svd',
    method: 'pca',
    dims: 2,
    seed,
  };
}

describe('faults: worker killed', () => {
  const host = startCoreWorker({ workerUrl: WORKER_URL });
  const events = recorder(host);

  afterAll(async () => {
    await host.close();
  });

  it('a kill mid-map fails the job with worker-crashed, says the data must be reopened, and the next map matches a fresh core', async () => {
    const big = await host.api.openFile({ fileName: 'big.txt', bytes: BIG_TEXT });
    const { jobId } = await host.api.startMap({
      datasetId: big.datasetId,
      textColumn: big.suggestedTextColumn,
      labelColumn: null,
      embedderId: 'tfidf-svd',
      method: 'pca',
      dims: 2,
      seed: 4,
    });
    // Wait for the job to be under way (its first progress), then end the thread abruptly.
    await new Promise<void>((resolve) => {
      const stop = host.onJobEvent((event) => {
        if (event.jobId === jobId && event.type === 'progress') {
          stop();
          resolve();
        }
      });
    });
    await host.crashForTesting();
    const { end, events: jobEvents } = await events.end(jobId);
    expect(end.type).toBe('failed');
    if (end.type !== 'failed') return;
    expect(end.error.code).toBe('worker-crashed');
    expect(end.error.message).toMatch(/open the data again/);
    expect(jobEvents.filter(isJobEndEvent)).toHaveLength(1);

    // The data set lived in the dead worker: using it says clearly that it must be opened again.
    const stale = await rejection(
      host.api.startMap({
        datasetId: big.datasetId,
        textColumn: big.suggestedTextColumn,
        labelColumn: null,
        embedderId: 'tfidf-svd',
        method: 'pca',
        dims: 2,
        seed: 4,
      }),
    );
    expect(stale.code).toBe('unknown-dataset');
    expect(stale.message).toMatch(/open the file again/);

    // Reopened in the restarted worker, the next map works and equals a fresh in-process core's map.
    const request = await openSentences(host.api, 4);
    const retry = await host.api.startMap(request);
    const retried = (await events.end(retry.jobId)).end;
    expect(retried.type).toBe('done');
    const fresh = new StudioCore({ samples: new FileSampleSource(findResourcesDir()) });
    const preview = await fresh.openSample({ sampleId: 'sentences-ru-en' });
    const expected = await new Promise<JobEvent>((resolve) => {
      fresh.onJobEvent((event) => {
        if (isJobEndEvent(event)) resolve(event);
      });
      void fresh.startMap({ ...request, datasetId: preview.datasetId });
    });
    if (retried.type !== 'done' || expected.type !== 'done') throw new Error('both maps must finish');
    expect(Array.from(retried.result.coords)).toEqual(Array.from(expected.result.coords));
  });

  it('a kill before a training job’s first event still ends it (it was tracked from its id), and a call in flight rejects', async () => {
    const corpus = new TextEncoder().encode('кошка собака мышь компьютер клавиатура монитор\n'.repeat(4000));
    const { jobId } = await host.api.trainWordEmbedder({
      corpus: { kind: 'file', fileName: 'corpus.txt', bytes: corpus },
      algorithm: 'skipgram',
      name: 'storm',
      params: { ...DEFAULT_WORD_TRAINING_PARAMS, epochs: 50 },
    });
    const opening = host.api.openFile({ fileName: 'big.txt', bytes: BIG_TEXT });
    await host.crashForTesting();
    const { end } = await events.end(jobId);
    expect(end.type).toBe('failed');
    if (end.type === 'failed') expect(end.error.code).toBe('worker-crashed');
    // The open either finished before the kill or was answered with the crash, never left waiting.
    await opening.then(
      (preview) => {
        expect(preview.rowCount).toBe(30_000);
      },
      (error: unknown) => {
        expect((error as StudioError).code).toBe('worker-crashed');
      },
    );
    const request = await openSentences(host.api, 5);
    const next = await host.api.startMap(request);
    expect((await events.end(next.jobId)).end.type).toBe('done');
  });
});

describe('faults: worker killed, as the host’s client sees it', () => {
  it('ends every job whose id it was given — not only maps — when the instance dies before the job’s first event, and tracks the next instance’s job of the same name', async () => {
    const started: string[] = [];
    // The other side answers each job-starting call with an id and sends no event: it dies first.
    const client: CoreRpcClient = new CoreRpcClient((message) => {
      started.push(message.method);
      queueMicrotask(() => {
        client.handleMessage({ kind: 'reply', callId: message.callId, ok: true, output: { jobId: 'job-1' } });
      });
    });
    const ended: JobEvent[] = [];
    client.onJobEvent((event) => ended.push(event));
    await client.api.startClustering({} as never);
    const crash = { code: 'worker-crashed', message: 'The compute worker stopped unexpectedly.' } as const;
    client.failAll(crash);
    expect(ended).toEqual([{ type: 'failed', jobId: 'job-1', error: crash }]);
    // The restarted instance numbers from 1 again: its job-1 is a new job and must be ended by a second crash.
    await client.api.trainWordEmbedder({} as never);
    client.failAll(crash);
    expect(ended).toHaveLength(2);
    expect(started).toEqual(['startClustering', 'trainWordEmbedder']);
  });
});

describe('faults: worker killed by running out of memory', () => {
  // A 40 MB heap: the sentences sample fits, 600,000 lines of text do not.
  const host = startCoreWorker({
    workerUrl: WORKER_URL,
    resourceLimits: { maxOldGenerationSizeMb: 40, maxYoungGenerationSizeMb: 8 },
  });
  const events = recorder(host);

  afterAll(async () => {
    await host.close();
  });

  it('an out-of-memory worker fails the call with worker-crashed, this process lives on, and the next job works', async () => {
    const huge = new TextEncoder().encode(
      Array.from({ length: 600_000 }, (_unused, i) => `row ${i} topic${i % 17} word${i % 389}`).join('\n'),
    );
    const error = await rejection(host.api.openFile({ fileName: 'huge.txt', bytes: huge }));
    expect(error.code).toBe('worker-crashed');
    const request = await openSentences(host.api, 6);
    const { jobId } = await host.api.startMap(request);
    expect((await events.end(jobId)).end.type).toBe('done');
  });

  it('the memory guard, with the worker’s real heap as budget, refuses a map that would not fit and offers a sample', async () => {
    const big = await host.api.openFile({ fileName: 'big.txt', bytes: BIG_TEXT });
    const request: MapRequest = {
      datasetId: big.datasetId,
      textColumn: big.suggestedTextColumn,
      labelColumn: null,
      embedderId: 'tfidf-svd',
      method: 'umap',
      dims: 2,
      seed: 7,
    };
    const refused = await rejection(host.api.startMap(request));
    expect(refused.code).toBe('insufficient-memory');
    const suggestedRows = Number(refused.params?.['suggestedRows']);
    expect(suggestedRows).toBeGreaterThan(100);
    expect(suggestedRows).toBeLessThan(30_000);
    expect(Number(refused.params?.['neededMb'])).toBeGreaterThan(Number(refused.params?.['availableMb']));
    // The sample it offers (capped at 2,000 rows to keep the test quick) maps in the same worker.
    const size = Math.min(suggestedRows, 2000);
    const { jobId } = await host.api.startMap({ ...request, sample: { size, seed: 7, stratifyBy: null } });
    const { end } = await events.end(jobId);
    expect(end.type).toBe('done');
    if (end.type === 'done') expect(end.result.count).toBe(size);
  });
});
