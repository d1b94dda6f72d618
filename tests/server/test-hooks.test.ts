/**
 * The web server's test-only kill route: absent unless EMBEDDING_STUDIO_TEST_HOOKS=1, behind the access
 * token when present, and when called it really ends the worker (a job in flight fails with worker-crashed)
 * while the server, restarted core included, keeps answering.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCoreWorker, type CoreWorkerHost } from '../../src/node/core-worker-host';
import { KILL_WORKER_PATH, testHooksFromEnv, TEST_HOOKS_ENV } from '../../src/server/test-hooks';
import { startWebServer, type RunningWebServer } from '../../src/server/web-server';
import { isJobEndEvent, type JobEvent } from '../../src/shared/contract';

const TOKEN = 'test-token-hooks-0123456789';
const WORKER_URL = new URL('../../src/node/core-worker.ts', import.meta.url);

function post(server: RunningWebServer, path: string, token: string | null): Promise<Response> {
  return fetch(`http://127.0.0.1:${server.port}${path}`, {
    method: 'POST',
    headers: token === null ? {} : { Authorization: `Bearer ${token}` },
  });
}

describe('test hooks', () => {
  it('are on only with the variable set to "1"', () => {
    const core = { crashForTesting: () => Promise.resolve() };
    expect(testHooksFromEnv({}, core)).toBeUndefined();
    expect(testHooksFromEnv({ [TEST_HOOKS_ENV]: '0' }, core)).toBeUndefined();
    expect(testHooksFromEnv({ [TEST_HOOKS_ENV]: 'true' }, core)).toBeUndefined();
    expect(testHooksFromEnv({ [TEST_HOOKS_ENV]: '1' }, core)).toBeDefined();
  });

  describe('served', () => {
    let host: CoreWorkerHost;
    let plain: RunningWebServer;
    let hooked: RunningWebServer;

    beforeAll(async () => {
      const staticDir = await mkdtemp(join(tmpdir(), 'es-hooks-'));
      await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>x</title>');
      host = startCoreWorker({ workerUrl: WORKER_URL });
      plain = await startWebServer({ core: host, staticDir, token: TOKEN, port: 0 });
      const testHooks = testHooksFromEnv({ [TEST_HOOKS_ENV]: '1' }, host);
      hooked = await startWebServer({
        core: host,
        staticDir,
        token: TOKEN,
        port: 0,
        ...(testHooks === undefined ? {} : { testHooks }),
      });
    });

    afterAll(async () => {
      await Promise.all([plain.close(), hooked.close()]);
      await host.close();
    });

    it('without hooks the route does not exist', async () => {
      expect((await post(plain, KILL_WORKER_PATH, TOKEN)).status).toBe(404);
    });

    it('with hooks the route needs the token', async () => {
      expect((await post(hooked, KILL_WORKER_PATH, null)).status).toBe(401);
    });

    it('kills the worker mid-job: the job fails with worker-crashed and the restarted core answers', async () => {
      const events: JobEvent[] = [];
      const stop = host.onJobEvent((event) => events.push(event));
      const lines = Array.from({ length: 30_000 }, (_unused, i) => `row ${i} topic${i % 17} word${i % 389}`);
      const big = await host.api.openFile({
        fileName: 'big.txt',
        bytes: new TextEncoder().encode(lines.join('\n')),
      });
      const { jobId } = await host.api.startMap({
        datasetId: big.datasetId,
        textColumn: big.suggestedTextColumn,
        labelColumn: null,
        embedderId: 'tfidf-svd',
        method: 'pca',
        dims: 2,
        seed: 1,
      });
      await expect.poll(() => events.some((e) => e.jobId === jobId && e.type === 'progress')).toBe(true);
      const response = await post(hooked, KILL_WORKER_PATH, TOKEN);
      expect(response.status).toBe(200);
      await expect.poll(() => events.find((e) => e.jobId === jobId && isJobEndEvent(e))?.type).toBe('failed');
      const end = events.find((e) => e.jobId === jobId && isJobEndEvent(e));
      expect(end?.type === 'failed' ? end.error.code : null).toBe('worker-crashed');
      stop();
      const samples = await host.api.listSamples({});
      expect(samples.length).toBeGreaterThan(0);
    });
  });
});
