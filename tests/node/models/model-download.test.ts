import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { StudioCore } from '../../../src/core/studio-core';
import { isJobEndEvent, type JobEvent, type JobProgressEvent } from '../../../src/shared/contract';
import { createNodeCore } from '../../../src/node/create-node-core';
import { buildTinyModel } from '../../support/tiny-model/build-tiny-model';
import { startModelServer, type ModelServer } from '../../support/model-server/model-server';
import { TINY_MODEL_ID, writeTinyCatalogue } from '../../support/model-server/tiny-catalogue';

const WEIGHTS = 'onnx/model_quantized.onnx';
let work: string;
let source: string;
let catalogue: string;
let server: ModelServer;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'es-download-'));
  source = join(work, 'source', 'tiny-bert');
  await buildTinyModel(source, { pooling: 'mean' });
  catalogue = await writeTinyCatalogue(work);
  server = await startModelServer({ [TINY_MODEL_ID]: source });
});

afterAll(async () => {
  await server.close();
  await rm(work, { recursive: true, force: true });
});

afterEach(() => {
  server.requests.length = 0;
  server.faults.dropOnceAfter.clear();
  server.faults.missing.clear();
  server.faults.truncated.clear();
  server.faults.corrupt.clear();
  server.faults.chunkDelayMs = 0;
  vi.restoreAllMocks();
});

/** A core with its own data folder, downloading from the test server, with downloads allowed or not. */
async function freshCore(allowed = true): Promise<{ core: StudioCore; dataDir: string }> {
  const dataDir = await mkdtemp(join(work, 'data-'));
  const env = { EMBEDDING_STUDIO_MODEL_HOST: server.host, EMBEDDING_STUDIO_EXTRA_CATALOGUE: catalogue };
  const core = createNodeCore(undefined, { dataDir, env });
  if (allowed) await core.setDownloadsAllowed({ allowed: true });
  return { core, dataDir };
}

/** Runs a job to its end; returns every event of that job. */
async function runJob(
  core: StudioCore,
  start: () => Promise<{ jobId: string }>,
  onEvent: (event: JobEvent, jobId: string) => void = () => undefined,
): Promise<JobEvent[]> {
  const events: JobEvent[] = [];
  let jobId = '';
  let unsubscribe = (): void => undefined;
  const ended = new Promise<void>((resolve) => {
    unsubscribe = core.onJobEvent((event) => {
      if (event.jobId !== jobId) return;
      events.push(event);
      onEvent(event, jobId);
      if (isJobEndEvent(event)) resolve();
    });
  });
  jobId = (await start()).jobId;
  await ended;
  unsubscribe();
  return events;
}

const download = (
  core: StudioCore,
  onEvent?: (event: JobEvent, jobId: string) => void,
): Promise<JobEvent[]> =>
  runJob(core, () => core.downloadModel({ modelId: TINY_MODEL_ID, dtype: 'q8' }), onEvent);

const failure = (events: JobEvent[]): string => {
  const last = events[events.length - 1];
  return last?.type === 'failed' ? `${last.error.code}: ${last.error.message}` : `not failed (${last?.type})`;
};

async function installedIds(core: StudioCore): Promise<string[]> {
  return (await core.listModels({})).installed.map((model) => model.id);
}

describe('model downloads', () => {
  it('is off by default, persists the switch, and a disallowed download makes no request at all', async () => {
    const spy = vi.spyOn(globalThis, 'fetch');
    const { core, dataDir } = await freshCore(false);
    expect((await core.listModels({})).downloadsAllowed).toBe(false);
    await expect(core.downloadModel({ modelId: TINY_MODEL_ID, dtype: 'q8' })).rejects.toThrow(
      /Downloads are switched off.*nothing was sent over the network/,
    );
    expect(spy).not.toHaveBeenCalled();
    expect(server.requests).toEqual([]);
    await core.setDownloadsAllowed({ allowed: true });
    const again = createNodeCore(undefined, { dataDir });
    expect((await again.listModels({})).downloadsAllowed).toBe(true);
  });

  it('downloads with monotone byte progress, installs, and embeds through transformers.js', async () => {
    const { core, dataDir } = await freshCore();
    const listed = await core.listModels({});
    expect(listed.catalogue.find((model) => model.id === TINY_MODEL_ID)).toMatchObject({ installed: false });
    const events = await download(core);
    expect(events[events.length - 1]).toMatchObject({
      type: 'model-ready',
      embedder: { id: `model:${TINY_MODEL_ID}` },
    });
    const progress = events.filter((event): event is JobProgressEvent => event.type === 'progress');
    expect(progress.length).toBeGreaterThan(1);
    for (let i = 1; i < progress.length; i++) {
      expect(progress[i]?.fraction).toBeGreaterThanOrEqual(progress[i - 1]?.fraction ?? 0);
      expect(progress[i]?.done).toBeGreaterThanOrEqual(progress[i - 1]?.done ?? 0);
    }
    const last = progress[progress.length - 1];
    expect(last?.done).toBe(last?.total);
    expect(last?.fraction).toBe(1);
    expect(progress.some((event) => (event.ratePerSecond ?? 0) > 0)).toBe(true);
    expect(await installedIds(core)).toEqual([TINY_MODEL_ID]);
    const installed = join(dataDir, 'models', TINY_MODEL_ID);
    expect(readFileSync(join(installed, WEIGHTS))).toEqual(readFileSync(join(source, WEIGHTS)));
    expect(existsSync(join(dataDir, 'models', '.partial'))).toBe(false);
    expect((await core.listEmbedders({})).map((info) => info.id)).toContain(`model:${TINY_MODEL_ID}`);
    const preview = await core.openSample({ sampleId: 'sentences-ru-en' });
    const map = await runJob(core, () =>
      core.startMap({
        datasetId: preview.datasetId,
        textColumn: preview.suggestedTextColumn,
        labelColumn: preview.suggestedLabelColumn,
        embedderId: `model:${TINY_MODEL_ID}`,
        method: 'pca',
        dims: 2,
        seed: 1,
      }),
    );
    expect(map[map.length - 1]).toMatchObject({ type: 'done', result: { count: preview.rowCount } });
  });

  it('resumes a dropped transfer with a Range request, ending byte-identical', async () => {
    const { core, dataDir } = await freshCore();
    server.faults.dropOnceAfter.set(WEIGHTS, 20_000);
    const events = await download(core);
    expect(events[events.length - 1]?.type, failure(events)).toBe('model-ready');
    const gets = server.requests.filter((request) => request.method === 'GET' && request.file === WEIGHTS);
    expect(gets.map((request) => request.range)).toEqual([undefined, 'bytes=20000-']);
    const installed = join(dataDir, 'models', TINY_MODEL_ID, WEIGHTS);
    expect(readFileSync(installed).equals(readFileSync(join(source, WEIGHTS)))).toBe(true);
  });

  it('names a file the host does not have (404) and installs nothing; optional files may be absent', async () => {
    const { core } = await freshCore();
    server.faults.missing.add('tokenizer.json');
    const events = await download(core);
    expect(failure(events)).toMatch(/invalid-model: .*has no tokenizer\.json on the download host \(404/);
    expect(await installedIds(core)).toEqual([]);
    server.faults.missing.clear();
    // special_tokens_map.json is never there (the tiny model has none); 1_Pooling/config.json is withheld.
    server.faults.missing.add('1_Pooling/config.json');
    const events2 = await download(core);
    expect(events2.at(-1)?.type, failure(events2)).toBe('model-ready');
  });

  it('rejects a file that always arrives short, and a corrupt ONNX file, installing nothing', async () => {
    const { core, dataDir } = await freshCore();
    server.faults.truncated.add(WEIGHTS);
    expect(failure(await download(core))).toMatch(
      /invalid-model: .*model_quantized\.onnx could not be downloaded completely.*got \d+ of \d+ bytes/,
    );
    expect(await installedIds(core)).toEqual([]);
    server.faults.truncated.clear();
    server.faults.corrupt.add(WEIGHTS);
    expect(failure(await download(core))).toMatch(
      /invalid-model: .*model_quantized\.onnx of "test\/tiny-bert" is damaged/,
    );
    expect(await installedIds(core)).toEqual([]);
    expect(existsSync(join(dataDir, 'models', '.partial', TINY_MODEL_ID))).toBe(false);
  });

  it('cancels mid-download without installing, and the next download resumes the partial file', async () => {
    const { core } = await freshCore();
    server.faults.chunkDelayMs = 20;
    const events = await download(core, (event, jobId) => {
      if (event.type === 'progress' && (event.done ?? 0) > 30_000) void core.cancelJob({ jobId });
    });
    expect(events.at(-1)?.type).toBe('cancelled');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await installedIds(core)).toEqual([]);
    server.faults.chunkDelayMs = 0;
    server.requests.length = 0;
    expect((await download(core)).at(-1)?.type).toBe('model-ready');
    const resumed = server.requests.find((request) => request.method === 'GET' && request.file === WEIGHTS);
    expect(resumed?.range).toMatch(/^bytes=\d+-$/);
  });

  it('removes a model and withdraws its embedder', async () => {
    const { core, dataDir } = await freshCore();
    expect((await download(core)).at(-1)?.type).toBe('model-ready');
    expect(await core.removeModel({ modelId: TINY_MODEL_ID })).toEqual({ removed: true });
    expect(await installedIds(core)).toEqual([]);
    expect((await core.listEmbedders({})).map((info) => info.id)).not.toContain(`model:${TINY_MODEL_ID}`);
    expect(await readdir(join(dataDir, 'models'))).toEqual([]);
  });
});
