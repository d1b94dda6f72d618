/**
 * A real HTTP server on 127.0.0.1 that serves model folders the way the Hugging Face Hub does
 * (`/<owner>/<name>/resolve/main/<file>`, HEAD and GET, `Range: bytes=N-`), with switches that make it
 * misbehave: drop the connection mid-file, answer 404, cut a file short every time, or serve garbage.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/** One request as the server saw it. */
export interface LoggedRequest {
  readonly method: string;
  /** The file inside the model folder. */
  readonly file: string;
  readonly range: string | undefined;
}

/** How the server should misbehave; every switch can be changed between requests. */
export interface ModelServerFaults {
  /** Files whose next GET stops after this many bytes and drops the connection (once each). */
  dropOnceAfter: Map<string, number>;
  /** Files answered with 404. */
  missing: Set<string>;
  /** Files whose every GET stops halfway and drops the connection (never completes). */
  truncated: Set<string>;
  /** Files served as the same number of garbage bytes. */
  corrupt: Set<string>;
  /** Pause between 4 KiB chunks, so a test can watch progress or cancel mid-file (0: full speed). */
  chunkDelayMs: number;
}

/** A running server. */
export interface ModelServer {
  /** `http://127.0.0.1:<port>`: what EMBEDDING_STUDIO_MODEL_HOST is set to. */
  readonly host: string;
  readonly requests: LoggedRequest[];
  readonly faults: ModelServerFaults;
  close(): Promise<void>;
}

/** 4 KiB chunks when throttled: the tiny model's 65 KB weights then arrive in about 16 steps. */
const SLOW_CHUNK = 4096;

/** 50 ms: lets the client read and write every byte sent before a drop. */
const DROP_PAUSE_MS = 50;

/** Starts serving `models` (id → folder) on an ephemeral port of 127.0.0.1. */
export async function startModelServer(models: Readonly<Record<string, string>>): Promise<ModelServer> {
  const requests: LoggedRequest[] = [];
  const faults: ModelServerFaults = {
    dropOnceAfter: new Map(),
    missing: new Set(),
    truncated: new Set(),
    corrupt: new Set(),
    chunkDelayMs: 0,
  };
  const server = createServer((request, response) => {
    const target = resolveFile(models, request.url ?? '');
    if (target === undefined) {
      response.writeHead(404).end('not found');
      return;
    }
    const range = request.headers.range;
    requests.push({ method: request.method ?? 'GET', file: target.file, range });
    if (faults.missing.has(target.file) || !existsSync(target.path)) {
      response.writeHead(404).end('not found');
      return;
    }
    void serveFile(request, response, target, faults);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { host: `http://127.0.0.1:${port}`, requests, faults, close: () => closeServer(server) };
}

function resolveFile(
  models: Readonly<Record<string, string>>,
  url: string,
): { file: string; path: string } | undefined {
  const path = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  const match = /^\/(.+?)\/resolve\/main\/(.+)$/.exec(path);
  const folder = match?.[1] === undefined ? undefined : models[match[1]];
  if (folder === undefined || match?.[2] === undefined || match[2].includes('..')) return undefined;
  return { file: match[2], path: join(folder, match[2]) };
}

async function serveFile(
  request: IncomingMessage,
  response: ServerResponse,
  target: { file: string; path: string },
  faults: ModelServerFaults,
): Promise<void> {
  const size = statSync(target.path).size;
  const start = Number(/^bytes=(\d+)-$/.exec(request.headers.range ?? '')?.[1] ?? 0);
  if (start >= size && start > 0) {
    response.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
    return;
  }
  const headers: Record<string, string | number> = {
    'Content-Length': size - start,
    'Accept-Ranges': 'bytes',
  };
  if (start > 0) headers['Content-Range'] = `bytes ${start}-${size - 1}/${size}`;
  response.writeHead(start > 0 ? 206 : 200, headers);
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  const bytes = faults.corrupt.has(target.file) ? garbage(size) : readFileSync(target.path);
  let stopAt = size;
  const dropAfter = faults.dropOnceAfter.get(target.file);
  if (dropAfter !== undefined) {
    faults.dropOnceAfter.delete(target.file);
    stopAt = Math.min(size, start + dropAfter);
  }
  if (faults.truncated.has(target.file)) stopAt = Math.min(stopAt, Math.max(start, Math.floor(size / 2)));
  await writeSlowly(response, bytes.subarray(start, stopAt), faults.chunkDelayMs);
  if (stopAt < size) {
    // A pause, then a graceful close (FIN), not destroy(): bytes still queued in the client's stream when it
    // errors are discarded (a reset also drops unread kernel buffers), and the test must know what arrived.
    await new Promise((resolve) => setTimeout(resolve, DROP_PAUSE_MS));
    response.socket?.end();
  } else {
    response.end();
  }
}

async function writeSlowly(response: ServerResponse, bytes: Uint8Array, delayMs: number): Promise<void> {
  if (delayMs <= 0) {
    await new Promise<void>((resolve) =>
      response.write(bytes, () => {
        resolve();
      }),
    );
    return;
  }
  for (let offset = 0; offset < bytes.length && !response.destroyed; offset += SLOW_CHUNK) {
    response.write(bytes.subarray(offset, offset + SLOW_CHUNK));
    await new Promise((resolve) => setTimeout(resolve, delayMs));
  }
}

/** Deterministic bytes that are no ONNX file. */
function garbage(size: number): Buffer {
  return Buffer.alloc(size, 0x5a);
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) =>
    server.close(() => {
      resolve();
    }),
  );
}
