/**
 * The crash restore against a real core in a worker thread that is really killed: the map comes back from
 * the project bytes an autosave holds (same neighbours as before the crash), a file opened but not mapped is
 * opened again from its File, and a map job on it then completes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCoreWorker, type CoreWorkerHost } from '../../src/node/core-worker-host';
import { restoreAfterCrash } from '../../src/renderer/src/state/crash-restore';
import {
  isJobEndEvent,
  type CoreApi,
  type JobEvent,
  type MapRequest,
  type MapResult,
} from '../../src/shared/contract';
import type { StudioError } from '../../src/shared/errors';

const WORKER_URL = new URL('../../src/node/core-worker.ts', import.meta.url);

describe('restoreAfterCrash (real worker, really killed)', () => {
  let host: CoreWorkerHost;
  const events: JobEvent[] = [];

  async function mapped(request: MapRequest): Promise<MapResult> {
    const { jobId } = await host.api.startMap(request);
    await expect
      .poll(() => events.some((e) => e.jobId === jobId && isJobEndEvent(e)), { timeout: 30_000 })
      .toBe(true);
    const end = events.find((e) => e.jobId === jobId && isJobEndEvent(e));
    if (end?.type !== 'done') throw new Error(`the map did not finish: ${JSON.stringify(end)}`);
    return end.result;
  }

  function neighbours(mapId: string): Promise<number[]> {
    return host.api
      .nearestNeighbors({ mapId, index: 0, k: 5, metric: 'cosine' })
      .then((answer) => answer.neighbors.map((n) => n.index));
  }

  beforeAll(() => {
    host = startCoreWorker({ workerUrl: WORKER_URL });
    host.onJobEvent((event) => events.push(event));
  });

  afterAll(async () => {
    await host.close();
  });

  it('restores the map from the autosave and reopens the file opened since; the next map works', async () => {
    const sample = await host.api.openSample({ sampleId: 'sentences-ru-en' });
    const request: MapRequest = {
      datasetId: sample.datasetId,
      textColumn: sample.suggestedTextColumn,
      labelColumn: sample.suggestedLabelColumn,
      embedderId: 'tfidf-svd',
      method: 'pca',
      dims: 2,
      seed: 42,
    };
    const result = await mapped(request);
    const before = await neighbours(result.mapId);
    const { bytes } = await host.api.exportProject({ mapIds: [result.mapId], view: null });
    const lines = Array.from({ length: 40 }, (_unused, i) => `line ${i} about topic ${i % 4}`).join('\n');
    const file = new File([`text\n${lines}`], 'mine.csv');
    const opened = await host.api.openFile({
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    });

    await host.crashForTesting();
    const gone = await host.api
      .nearestNeighbors({ mapId: result.mapId, index: 0, k: 5, metric: 'cosine' })
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect((gone as StudioError).code).toBe('unknown-map');

    const restore = await restoreAfterCrash(
      host.api,
      {
        result: { mapId: result.mapId, datasetId: result.datasetId },
        previewDatasetId: opened.datasetId,
        source: { kind: 'file', file },
      },
      () => Promise.resolve(new Uint8Array(bytes)),
    );
    expect(restore?.complete).toBe(true);
    const map = restore?.map;
    const dataset = restore?.dataset;
    if (map == null || dataset == null) throw new Error('nothing restored');
    expect(map.from).toBe(result.mapId);
    expect(map.mapId).not.toBe(result.mapId);
    expect(await neighbours(map.mapId)).toEqual(before);
    expect(dataset.from).toBe(opened.datasetId);
    expect(dataset.preview.rowCount).toBe(opened.rowCount);
    expect(dataset.preview.name).toBe('mine.csv');
    const next = await mapped({
      ...request,
      datasetId: dataset.preview.datasetId,
      textColumn: 'text',
      labelColumn: null,
    });
    expect(next.count).toBe(40);
  });

  it('without the map in the autosave, reopens the map’s own data and reports the restore incomplete', async () => {
    const sample = await host.api.openSample({ sampleId: 'sentences-ru-en' });
    const result = await mapped({
      datasetId: sample.datasetId,
      textColumn: sample.suggestedTextColumn,
      labelColumn: null,
      embedderId: 'tfidf-svd',
      method: 'pca',
      dims: 2,
      seed: 1,
    });
    await host.crashForTesting();
    const restore = await restoreAfterCrash(
      host.api,
      {
        result: { mapId: result.mapId, datasetId: result.datasetId },
        previewDatasetId: sample.datasetId,
        source: { kind: 'sample', sampleId: 'sentences-ru-en' },
      },
      () => Promise.resolve(null),
    );
    expect(restore?.map).toBeNull();
    expect(restore?.complete).toBe(false);
    expect(restore?.dataset?.preview.rowCount).toBe(sample.rowCount);
    expect(restore?.dataset?.preview.datasetId).not.toBe(sample.datasetId);
  });

  it('restores a project bigger than one call may carry, in chunks, never sending it whole', async () => {
    const sample = await host.api.openSample({ sampleId: 'sentences-ru-en' });
    const result = await mapped({
      datasetId: sample.datasetId,
      textColumn: sample.suggestedTextColumn,
      labelColumn: sample.suggestedLabelColumn,
      embedderId: 'tfidf-svd',
      method: 'pca',
      dims: 2,
      seed: 7,
    });
    const before = await neighbours(result.mapId);
    const { bytes } = await host.api.exportProject({ mapIds: [result.mapId], view: { zoom: 2 } });
    // The single-call limit, lowered for the test (the app's is 512 MiB): the project is 4+ times larger.
    const singleCallLimit = Math.floor((bytes.byteLength - 1) / 4);
    const sent: number[] = [];
    const limited = limitedClient(host.api, singleCallLimit, sent);
    await host.crashForTesting();

    const restore = await restoreAfterCrash(
      limited,
      {
        result: { mapId: result.mapId, datasetId: result.datasetId },
        previewDatasetId: result.datasetId,
        source: { kind: 'sample', sampleId: 'sentences-ru-en' },
      },
      () => Promise.resolve(new Uint8Array(bytes)),
      { chunkBytes: singleCallLimit },
    );
    expect(bytes.byteLength).toBeGreaterThan(4 * singleCallLimit);
    expect(Math.max(...sent)).toBeLessThanOrEqual(singleCallLimit);
    expect(sent.reduce((sum, size) => sum + size, 0)).toBe(bytes.byteLength);
    expect(sent.length).toBeGreaterThanOrEqual(5);
    expect(restore?.complete).toBe(true);
    const map = restore?.map;
    if (map == null) throw new Error('the map was not restored');
    expect(await neighbours(map.mapId)).toEqual(before);
    expect(restore?.dataset?.preview.rowCount).toBe(sample.rowCount);
  });
});

/**
 * The core's API with a real bound on one call: any call carrying more than `limit` bytes is refused (as the
 * 512 MiB `openFile`/`importProject` bound would refuse it); the sizes of the appended chunks are recorded.
 */
function limitedClient(api: CoreApi, limit: number, sent: number[]): CoreApi {
  return new Proxy(api, {
    get(target, name, receiver) {
      const method = Reflect.get(target, name, receiver) as unknown;
      if (typeof method !== 'function') return method;
      return (input: { bytes?: unknown }) => {
        const bytes = input.bytes;
        if (bytes instanceof Uint8Array) {
          if (bytes.byteLength > limit) {
            return Promise.reject(new Error(`${String(name)} carried ${bytes.byteLength} bytes > ${limit}`));
          }
          if (name === 'appendProjectImport') sent.push(bytes.byteLength);
        }
        return (method as (input: unknown) => Promise<unknown>).call(target, input);
      };
    },
  });
}
