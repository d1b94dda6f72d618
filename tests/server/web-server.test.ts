import { request as httpRequest } from 'node:http';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeEnvelope, encodeEnvelope } from '../../src/shared/binary-envelope';
import { isJobEndEvent, type DatasetPreview, type JobEvent } from '../../src/shared/contract';
import { createNodeCore } from '../../src/node/create-node-core';
import { startWebServer, type RunningWebServer } from '../../src/server/web-server';

const TOKEN = 'test-token-0123456789';

interface RawResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
}

/** A raw HTTP request, so tests can send the Host and Origin headers a browser or attacker would. */
function send(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: Uint8Array } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body === undefined ? undefined : Buffer.from(options.body));
  });
}

function call(
  port: number,
  name: string,
  input: unknown,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  return send(port, `/api/call/${name}`, {
    method: 'POST',
    headers: { Host: `127.0.0.1:${port}`, Authorization: `Bearer ${TOKEN}`, ...headers },
    body: encodeEnvelope(input),
  });
}

function replyOf(response: RawResponse): {
  ok: boolean;
  output?: unknown;
  error?: { code: string; message: string };
} {
  return decodeEnvelope(new Uint8Array(response.body)) as never;
}

describe('local web server', () => {
  let server: RunningWebServer;
  let staticDir: string;

  beforeAll(async () => {
    staticDir = await mkdtemp(join(tmpdir(), 'es-static-'));
    await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Embedding Studio</title>');
    await writeFile(join(tmpdir(), 'es-secret.txt'), 'secret');
    const core = createNodeCore();
    server = await startWebServer({
      core: { api: core, onJobEvent: (l) => core.onJobEvent(l) },
      staticDir,
      token: TOKEN,
      port: 0,
    });
  });

  afterAll(async () => {
    await server.close();
  });

  it('listens on 127.0.0.1 and prints a URL carrying the token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${TOKEN}`);
  });

  it('serves the app with a strict Content-Security-Policy and no CORS headers', async () => {
    const response = await send(server.port, '/', { headers: { Host: `127.0.0.1:${server.port}` } });
    expect(response.status).toBe(200);
    expect(response.body.toString()).toContain('Embedding Studio');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers a valid call with the contract output', async () => {
    const response = await call(server.port, 'listSamples', {});
    expect(response.status).toBe(200);
    const reply = replyOf(response);
    expect(reply.ok).toBe(true);
    expect((reply.output as { id: string }[]).map((sample) => sample.id)).toContain('sentences-ru-en');
  });

  it('refuses a call without the token, with a wrong token, from another origin or for a foreign Host', async () => {
    const port = server.port;
    const noToken = await send(port, '/api/call/listSamples', {
      method: 'POST',
      headers: { Host: `127.0.0.1:${port}` },
      body: encodeEnvelope({}),
    });
    expect(noToken.status).toBe(401);
    expect(
      (await call(port, 'listSamples', {}, { Authorization: 'Bearer wrong-token-000000000' })).status,
    ).toBe(401);
    expect((await call(port, 'listSamples', {}, { Origin: 'http://evil.example' })).status).toBe(403);
    // DNS rebinding: the attacker's name resolves to 127.0.0.1, but the Host header still names it.
    expect((await call(port, 'listSamples', {}, { Host: `evil.example:${port}` })).status).toBe(421);
    const sameOrigin = await call(port, 'listSamples', {}, { Origin: `http://127.0.0.1:${port}` });
    expect(sameOrigin.status).toBe(200);
  });

  it('rejects unknown calls and invalid arguments with specific errors', async () => {
    const unknown = await call(server.port, 'deleteEverything', {});
    expect(unknown.status).toBe(404);
    expect(replyOf(unknown).error?.code).toBe('unknown-call');
    const invalid = await call(server.port, 'openSample', { sampleId: 42 });
    expect(invalid.status).toBe(200);
    expect(replyOf(invalid).ok).toBe(false);
    expect(replyOf(invalid).error).toMatchObject({ code: 'invalid-arguments' });
    expect(replyOf(invalid).error?.message).toMatch(/sampleId/);
    const missing = await call(server.port, 'openSample', { sampleId: 'no-such-sample' });
    expect(replyOf(missing).error?.code).toBe('unknown-sample');
  });

  it('never serves files outside the app folder', async () => {
    for (const path of ['/../es-secret.txt', '/%2e%2e/es-secret.txt', '/..%2fes-secret.txt', '/%00']) {
      const response = await send(server.port, path, { headers: { Host: `127.0.0.1:${server.port}` } });
      expect(response.status, path).toBe(404);
      expect(response.body.toString()).not.toContain('secret');
    }
  });

  it('streams job events, ending with the result as a Float32Array', async () => {
    const port = server.port;
    const events: JobEvent[] = [];
    const stream = new Promise<void>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          path: '/api/events',
          headers: { Host: `127.0.0.1:${port}`, Authorization: `Bearer ${TOKEN}` },
        },
        (res) => {
          let buffered = Buffer.alloc(0);
          res.on('data', (chunk: Buffer) => {
            buffered = Buffer.concat([buffered, chunk]);
            while (buffered.byteLength >= 4 && buffered.byteLength >= 4 + buffered.readUInt32LE(0)) {
              const length = buffered.readUInt32LE(0);
              const event = decodeEnvelope(new Uint8Array(buffered.subarray(4, 4 + length))) as JobEvent;
              buffered = buffered.subarray(4 + length);
              events.push(event);
              if (isJobEndEvent(event)) {
                req.destroy();
                resolve();
              }
            }
          });
        },
      );
      req.on('error', (error) => {
        if (events.length === 0) reject(error);
      });
      req.end();
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const preview = replyOf(await call(port, 'openSample', { sampleId: 'sentences-ru-en' }))
      .output as DatasetPreview;
    const started = replyOf(
      await call(port, 'startMap', {
        datasetId: preview.datasetId,
        textColumn: preview.suggestedTextColumn,
        labelColumn: preview.suggestedLabelColumn,
        embedderId: 'tfidf-svd',
        method: 'pca',
        dims: 2,
        seed: 7,
      }),
    );
    expect(started.ok).toBe(true);
    await stream;
    const last = events.at(-1);
    expect(last?.type).toBe('done');
    if (last?.type !== 'done') return;
    expect(last.result.coords).toBeInstanceOf(Float32Array);
    expect(last.result.coords.length).toBe(last.result.count * 2);
    expect(last.result.count).toBe(preview.rowCount);
    expect(events.some((event) => event.type === 'progress')).toBe(true);
  });
});
