import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { encodeEnvelope, decodeEnvelope } from '../shared/binary-envelope';
import { CONTENT_SECURITY_POLICY } from '../shared/content-security-policy';
import {
  hostCalls,
  LIMITS,
  validateCallInput,
  type RenderPdfRequest,
  type CoreApi,
  type CoreCallName,
  type JobEvent,
  type JobEventListener,
} from '../shared/contract';
import { StudioError, toStudioErrorInfo, type StudioErrorInfo } from '../shared/errors';
import { checkRequest } from './request-guard';
import { readStaticFile } from './static-files';
import { KILL_WORKER_PATH, type WebTestHooks } from './test-hooks';
import { renderPdfWithChromium } from './chromium-pdf';
import { API_CALL_PREFIX, API_EVENTS_PATH, API_HOST_PREFIX, ENVELOPE_CONTENT_TYPE } from './web-protocol';

/** What the web server serves: a core (usually in a worker thread) and the built renderer. */
export interface WebServerOptions {
  readonly core: { readonly api: CoreApi; onJobEvent(listener: JobEventListener): () => void };
  readonly staticDir: string;
  readonly token: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** Test-only routes (test-hooks.ts); absent in normal use, and then those routes answer 404. */
  readonly testHooks?: WebTestHooks;
  /** Prints an SVG to PDF (the `renderPdf` host call); headless Chromium unless a test gives another. */
  readonly renderPdf?: (request: RenderPdfRequest) => Promise<Uint8Array>;
}

export interface RunningWebServer {
  readonly port: number;
  /** The URL to open, token included. */
  readonly url: string;
  close(): Promise<void>;
}

/** Envelope framing overhead allowed on top of the largest file an `openFile` call may carry. */
const MAX_REQUEST_OVERHEAD_BYTES = 1024 * 1024;

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Starts the local web server on 127.0.0.1 only. */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  let port = 0;
  const server: Server = createServer((request, response) => {
    void handleRequest(request, response, options, port);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}/?token=${options.token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

async function handleRequest(
  request: IncomingMessage,
  response: ServerResponse,
  options: WebServerOptions,
  port: number,
): Promise<void> {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
  const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  const isApi = path.startsWith('/api/');
  const refusal = checkRequest(request, port, options.token, isApi);
  if (refusal !== undefined) {
    sendText(response, refusal.status, refusal.reason);
    return;
  }
  try {
    if (path.startsWith(API_CALL_PREFIX) && request.method === 'POST') {
      await handleCall(request, response, options, path.slice(API_CALL_PREFIX.length));
    } else if (path.startsWith(API_HOST_PREFIX) && request.method === 'POST') {
      await handleHostCall(request, response, options, path.slice(API_HOST_PREFIX.length));
    } else if (path === KILL_WORKER_PATH && request.method === 'POST' && options.testHooks !== undefined) {
      await options.testHooks.killWorker();
      sendText(response, 200, 'Worker killed.');
    } else if (path === API_EVENTS_PATH && request.method === 'GET') {
      handleEvents(request, response, options);
    } else if (!isApi && (request.method === 'GET' || request.method === 'HEAD')) {
      await handleStatic(response, options.staticDir, path);
    } else {
      sendText(response, 404, 'Not found.');
    }
  } catch (error) {
    if (!response.headersSent) sendCallError(response, toStudioErrorInfo(error));
  }
}

async function handleCall(
  request: IncomingMessage,
  response: ServerResponse,
  options: WebServerOptions,
  name: string,
): Promise<void> {
  try {
    const input = decodeBody(await readBody(request, LIMITS.maxFileBytes + MAX_REQUEST_OVERHEAD_BYTES));
    const validInput = validateCallInput(name, input);
    const handler = options.core.api[name as CoreCallName] as (input: unknown) => Promise<unknown>;
    const output = await handler.call(options.core.api, validInput);
    sendEnvelope(response, 200, { ok: true, output });
  } catch (error) {
    sendCallError(response, toStudioErrorInfo(error));
  }
}

/** The host calls a browser cannot do itself; only `renderPdf` (desktop-only calls answer `unknown-call`). */
async function handleHostCall(
  request: IncomingMessage,
  response: ServerResponse,
  options: WebServerOptions,
  name: string,
): Promise<void> {
  try {
    if (name !== 'renderPdf') {
      throw new StudioError('unknown-call', `Unknown host call "${name}".`, { call: name });
    }
    const input = decodeBody(await readBody(request, LIMITS.maxFileBytes + MAX_REQUEST_OVERHEAD_BYTES));
    const parsed = hostCalls.renderPdf.input.safeParse(input);
    if (!parsed.success) {
      const field = parsed.error.issues[0]?.path.map(String).join('.') ?? 'input';
      throw new StudioError(
        'invalid-arguments',
        `renderPdf: "${field}" is invalid: ${parsed.error.issues[0]?.message ?? 'unexpected value'}.`,
        { call: 'renderPdf', field },
      );
    }
    const bytes = await (options.renderPdf ?? renderPdfWithChromium)(parsed.data);
    sendEnvelope(response, 200, { ok: true, output: { bytes } });
  } catch (error) {
    sendCallError(response, toStudioErrorInfo(error));
  }
}

function decodeBody(body: Uint8Array): unknown {
  try {
    return body.byteLength === 0 ? {} : decodeEnvelope(body);
  } catch (error) {
    throw new StudioError('invalid-arguments', `Malformed request body: ${(error as Error).message}`);
  }
}

function handleEvents(request: IncomingMessage, response: ServerResponse, options: WebServerOptions): void {
  response.writeHead(200, { 'Content-Type': ENVELOPE_CONTENT_TYPE, 'Cache-Control': 'no-store' });
  response.flushHeaders();
  const unsubscribe = options.core.onJobEvent((event: JobEvent) => {
    response.write(frame(encodeEnvelope(event)));
  });
  request.on('close', unsubscribe);
}

async function handleStatic(response: ServerResponse, staticDir: string, path: string): Promise<void> {
  const file = await readStaticFile(staticDir, path);
  if (file === undefined) {
    sendText(response, 404, 'Not found.');
    return;
  }
  response.writeHead(200, { 'Content-Type': file.contentType, 'Cache-Control': 'no-cache' });
  response.end(file.body);
}

function frame(envelope: Uint8Array): Buffer {
  const out = Buffer.alloc(4 + envelope.byteLength);
  out.writeUInt32LE(envelope.byteLength, 0);
  out.set(envelope, 4);
  return out;
}

/**
 * A call that reached the core and failed for an expected reason (a bad file, an unknown column) is answered
 * 200 with `{ ok: false, error }`: it is a valid answer, and a 4xx would make browsers log a console error
 * for every user mistake. Only a call the contract does not know (404) and internal faults (500) use codes.
 */
function statusFor(error: StudioErrorInfo): number {
  if (error.code === 'unknown-call') return 404;
  if (error.code === 'internal') return 500;
  return 200;
}

function sendCallError(response: ServerResponse, error: StudioErrorInfo): void {
  sendEnvelope(response, statusFor(error), { ok: false, error });
}

function sendEnvelope(response: ServerResponse, status: number, value: unknown): void {
  const body = encodeEnvelope(value);
  response.writeHead(status, { 'Content-Type': ENVELOPE_CONTENT_TYPE, 'Content-Length': body.byteLength });
  response.end(body);
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}

function readBody(request: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > maxBytes) {
        reject(new StudioError('invalid-arguments', `Request body is larger than ${maxBytes} bytes.`));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      resolve(new Uint8Array(body.buffer, body.byteOffset, body.byteLength));
    });
    request.on('error', reject);
  });
}
