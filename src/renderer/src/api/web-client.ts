import { decodeEnvelope, encodeEnvelope } from '../../../shared/binary-envelope';
import {
  CORE_CALL_NAMES,
  type CoreApi,
  type CoreCallName,
  type JobEvent,
  type JobEventListener,
  type RenderPdfRequest,
  type SaveFileRequest,
  type SaveOutcome,
  type StudioClient,
} from '../../../shared/contract';
import { isStudioErrorInfo, StudioError } from '../../../shared/errors';

/** Mirrors src/server/web-protocol.ts (the renderer may not import server code). */
const API_CALL_PREFIX = '/api/call/';
const API_HOST_PREFIX = '/api/host/';
const API_EVENTS_PATH = '/api/events';
/** Wait before reconnecting the event stream after it drops (ms): quick enough to feel live, slow enough not to spin. */
const RECONNECT_DELAY_MS = 1000;

/**
 * The renderer's client in an ordinary browser: contract calls over HTTP to the local web server, job events
 * over one streamed response, and files saved as downloads.
 */
export function createWebClient(token: string): StudioClient {
  const headers = { Authorization: `Bearer ${token}` };
  const listeners = new Set<JobEventListener>();
  let streaming = false;

  const call = async (name: CoreCallName | 'host:renderPdf', input: unknown): Promise<unknown> => {
    const url = name.startsWith('host:') ? `${API_HOST_PREFIX}${name.slice(5)}` : `${API_CALL_PREFIX}${name}`;
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers,
        body: new Blob([encodeEnvelope(input) as Uint8Array<ArrayBuffer>]),
      });
    } catch (error) {
      throw new StudioError(
        'worker-crashed',
        `The Embedding Studio server cannot be reached: ${String(error)}`,
      );
    }
    if (response.status === 401 || response.status === 403 || response.status === 421) {
      throw new StudioError('unauthorized', `The server refused the request: ${await response.text()}`);
    }
    const reply = decodeEnvelope(new Uint8Array(await response.arrayBuffer())) as {
      ok: boolean;
      output?: unknown;
      error?: unknown;
    };
    if (reply.ok) return reply.output;
    if (isStudioErrorInfo(reply.error)) throw StudioError.fromInfo(reply.error);
    throw new StudioError('internal', 'The server sent a malformed error.');
  };

  const startEventStream = (): void => {
    if (streaming) return;
    streaming = true;
    void readEventStream(headers, (event) => {
      for (const listener of listeners) listener(event);
    }).finally(() => {
      streaming = false;
      if (listeners.size > 0) setTimeout(startEventStream, RECONNECT_DELAY_MS);
    });
  };

  const api = Object.fromEntries(
    CORE_CALL_NAMES.map((name) => [name, (input: unknown) => call(name, input)] as const),
  ) as unknown as CoreApi;

  return {
    ...api,
    host: 'web',
    onJobEvent(listener) {
      listeners.add(listener);
      startEventStream();
      return () => listeners.delete(listener);
    },
    saveFile: downloadFile,
    renderPdf: async (request: RenderPdfRequest) => {
      const { bytes } = (await call('host:renderPdf', request)) as { bytes: Uint8Array };
      return new Uint8Array(bytes);
    },
    // A browser never learns a file's path, so it cannot reopen one by itself: the picker's hint stays.
    documents: null,
  };
}

/** Reads length-prefixed event frames until the stream ends or fails. */
async function readEventStream(
  headers: Record<string, string>,
  emit: (event: JobEvent) => void,
): Promise<void> {
  let response: Response;
  try {
    response = await fetch(API_EVENTS_PATH, { headers, cache: 'no-store' });
  } catch {
    return;
  }
  if (!response.ok || response.body === null) return;
  const reader = response.body.getReader();
  let buffered: Uint8Array = new Uint8Array(0);
  for (;;) {
    const { done, value } = await reader.read().catch(() => ({ done: true as const, value: undefined }));
    if (done) return;
    buffered = concat(buffered, value);
    while (buffered.byteLength >= 4) {
      const length = new DataView(buffered.buffer, buffered.byteOffset, 4).getUint32(0, true);
      if (buffered.byteLength < 4 + length) break;
      emit(decodeEnvelope(buffered.subarray(4, 4 + length)) as JobEvent);
      buffered = buffered.slice(4 + length);
    }
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.byteLength + b.byteLength);
  out.set(a, 0);
  out.set(b, a.byteLength);
  return out;
}

/** In a browser, "save" is a download: the browser decides where it goes. */
function downloadFile(request: SaveFileRequest): Promise<SaveOutcome> {
  const blob = new Blob([request.bytes], { type: request.mimeType });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = request.suggestedName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoke later: revoking at once can cancel the download in some browsers.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 60_000);
  return Promise.resolve({ saved: true, location: request.suggestedName });
}
