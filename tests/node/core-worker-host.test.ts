import { afterAll, describe, expect, it } from 'vitest';
import { isJobEndEvent, type JobEvent, type MapRequest } from '../../src/shared/contract';
import { startCoreWorker } from '../../src/node/core-worker-host';

const host = startCoreWorker({ workerUrl: new URL('../../src/node/core-worker.ts', import.meta.url) });

afterAll(async () => {
  await host.close();
});

function waitForEnd(jobId: string): Promise<JobEvent> {
  return new Promise((resolve) => {
    const unsubscribe = host.onJobEvent((event) => {
      if (event.jobId === jobId && isJobEndEvent(event)) {
        unsubscribe();
        resolve(event);
      }
    });
  });
}

async function sentenceRequest(seed: number): Promise<MapRequest> {
  const preview = await host.api.openSample({ sampleId: 'sentences-ru-en' });
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

describe('core in a worker thread', () => {
  it('maps a sample off the calling thread and transfers the coordinates', async () => {
    const request = await sentenceRequest(3);
    const { jobId } = await host.api.startMap(request);
    const end = await waitForEnd(jobId);
    expect(end.type).toBe('done');
    if (end.type !== 'done') return;
    expect(end.result.coords).toBeInstanceOf(Float32Array);
    expect(end.result.coords.every(Number.isFinite)).toBe(true);
  });

  it('survives a crash: the running job fails with a clear error, and the restarted worker takes the next job', async () => {
    // Big enough that the job is still running when the worker dies (it takes seconds; the kill comes at once).
    const lines = Array.from(
      { length: 30_000 },
      (_unused, i) => `row ${i} topic${i % 17} word${i % 389} term${i % 53}`,
    );
    const preview = await host.api.openFile({
      fileName: 'big.txt',
      bytes: new TextEncoder().encode(lines.join('\n')),
    });
    const { jobId } = await host.api.startMap({
      datasetId: preview.datasetId,
      textColumn: preview.suggestedTextColumn,
      labelColumn: null,
      embedderId: 'tfidf-svd',
      method: 'pca',
      dims: 2,
      seed: 4,
    });
    const ended = waitForEnd(jobId);
    await host.crashForTesting();
    const end = await ended;
    expect(end.type).toBe('failed');
    if (end.type === 'failed') expect(end.error.code).toBe('worker-crashed');
    // Datasets lived in the dead worker; open the sample again in the new one and map it.
    const retry = await sentenceRequest(4);
    const { jobId: retryId } = await host.api.startMap(retry);
    expect((await waitForEnd(retryId)).type).toBe('done');
  });
});
