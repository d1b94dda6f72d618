import { stat, open, rm } from 'node:fs/promises';
import { StudioError } from '../../../shared/errors';
import { cancelledError, describeFetchError, isAbortError, unreachableError } from './http-errors';

/**
 * 5 attempts per file: a dropped connection is resumed from the last byte written (HTTP Range), so each
 * retry costs only what was lost; a file that still comes up short after five tries is reported as damaged.
 */
const MAX_ATTEMPTS = 5;

/** What one file's transfer needs. */
export interface ResumableFetch {
  readonly url: string;
  /** Where the bytes go; an existing file there is resumed. */
  readonly target: string;
  /** The file's path in the model folder, for messages. */
  readonly file: string;
  /** Bytes the host announced (HEAD), used to skip finished files and check the result. */
  readonly expectedSize: number | undefined;
  readonly signal: AbortSignal;
  readonly fetch: typeof fetch;
  /** Called with the bytes of this file on disk, after each chunk. */
  readonly onBytes: (bytesOnDisk: number) => void;
}

async function sizeOnDisk(path: string): Promise<number> {
  return (await stat(path).catch(() => undefined))?.size ?? 0;
}

/**
 * Downloads one file, resuming a partial copy with `Range: bytes=<have>-` (also after a connection drops
 * mid-transfer), and checks the final size against Content-Length. Throws `invalid-model` naming the file
 * when it stays short, and `cancelled` when the signal fires (the partial bytes stay, to be resumed).
 */
export async function fetchResumable(request: ResumableFetch): Promise<number> {
  let lastProblem = 'no attempt was made';
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    let have = await sizeOnDisk(request.target);
    if (request.expectedSize !== undefined && have > request.expectedSize) {
      // Longer than the host's file: it changed since; start it over.
      await rm(request.target, { force: true });
      have = 0;
    }
    if (request.expectedSize !== undefined && have === request.expectedSize) return have;
    const outcome = await transferOnce(request, have);
    if (outcome.complete) return outcome.size;
    lastProblem = outcome.problem;
  }
  throw new StudioError(
    'invalid-model',
    `${request.file} could not be downloaded completely from ${request.url}: ${lastProblem}.`,
    { file: request.file, url: request.url },
  );
}

type Outcome = { complete: true; size: number } | { complete: false; problem: string };

/** One request: streams the body to disk and says whether the file is now whole. */
async function transferOnce(request: ResumableFetch, have: number): Promise<Outcome> {
  const headers: Record<string, string> = have > 0 ? { Range: `bytes=${have}-` } : {};
  let response: Response;
  try {
    response = await request.fetch(request.url, { headers, signal: request.signal, redirect: 'follow' });
  } catch (error) {
    if (isAbortError(error) || request.signal.aborted) throw cancelledError();
    return { complete: false, problem: describeFetchError(error) };
  }
  if (response.status === 416 && have > 0) {
    // "Range not satisfiable": nothing lies beyond what we have, so the copy on disk is the whole file.
    await response.body?.cancel();
    return { complete: true, size: have };
  }
  if (!response.ok || response.body === null) {
    throw unreachableError(request.url, `HTTP ${response.status} ${response.statusText}`);
  }
  const resumed = response.status === 206;
  const expected = totalSize(response, resumed ? have : 0) ?? request.expectedSize;
  const size = await writeBody(request, response.body, resumed ? have : 0);
  if (expected === undefined || size === expected) return { complete: true, size };
  return { complete: false, problem: `got ${size} of ${expected} bytes` };
}

/** The whole file's size: Content-Range's total for a 206, else the offset plus Content-Length. */
function totalSize(response: Response, offset: number): number | undefined {
  const range = /\/(\d+)$/.exec(response.headers.get('content-range') ?? '');
  if (range?.[1] !== undefined) return Number(range[1]);
  const length = response.headers.get('content-length');
  return length === null ? undefined : offset + Number(length);
}

/**
 * Appends the body at `offset` (0 truncates: the host ignored our Range or there was nothing to resume).
 * A dropped connection ends the loop early and leaves what arrived on disk, for the next attempt.
 */
async function writeBody(
  request: ResumableFetch,
  body: ReadableStream<Uint8Array>,
  offset: number,
): Promise<number> {
  const handle = await open(request.target, offset > 0 ? 'a' : 'w');
  let size = offset;
  try {
    for await (const chunk of body) {
      await handle.write(chunk);
      size += chunk.byteLength;
      request.onBytes(size);
    }
  } catch (error) {
    if (isAbortError(error) || request.signal.aborted) throw cancelledError();
    // A drop mid-body: keep the bytes, the caller resumes from here.
  } finally {
    await handle.close();
  }
  return size;
}
