import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { DownloadDtype, DownloadProgress } from '../../../core/models/model-manager';
import { ByteRate } from './byte-rate';
import { fetchResumable } from './fetch-resumable';
import {
  cancelledError,
  describeFetchError,
  isAbortError,
  missingFileError,
  unreachableError,
} from './http-errors';
import { modelFileUrl, modelFilesFor, type ModelFile } from './model-files';

/** One model download into a folder. */
export interface ModelFilesDownload {
  readonly modelId: string;
  readonly dtype: DownloadDtype;
  /** Base URL of the host (the Hub, a mirror, or a test server). */
  readonly host: string;
  /** The folder the files go to (a `.partial` folder; what is there already is resumed). */
  readonly folder: string;
  readonly signal: AbortSignal;
  readonly fetch: typeof fetch;
  readonly onProgress: (progress: DownloadProgress) => void;
}

interface SizedFile extends ModelFile {
  readonly url: string;
  readonly size: number | undefined;
}

/**
 * Fetches every file of the model for the dtype into `folder`: first a HEAD per file, which names a missing
 * required file before any large transfer and gives the total for the progress bar; then each file, resumed
 * where an earlier attempt stopped. Returns the files written (optional ones the host lacks are left out).
 */
export async function downloadModelFiles(download: ModelFilesDownload): Promise<string[]> {
  const files = await sizeFiles(download);
  const total = files.reduce((sum, file) => sum + (file.size ?? 0), 0);
  const rate = new ByteRate();
  let finished = 0;
  const report = (current: number): void => {
    const done = finished + current;
    rate.record(done);
    const eta = rate.etaMs(total - done);
    download.onProgress({
      done,
      total: Math.max(total, done),
      ratePerSecond: rate.perSecond(),
      ...(eta === undefined ? {} : { etaMs: eta }),
    });
  };
  report(0);
  for (const file of files) {
    const target = join(download.folder, file.path);
    await mkdir(dirname(target), { recursive: true });
    finished += await fetchResumable({
      url: file.url,
      target,
      file: file.path,
      expectedSize: file.size,
      signal: download.signal,
      fetch: download.fetch,
      onBytes: report,
    });
  }
  report(0);
  return files.map((file) => file.path);
}

/** HEAD of every file: its size, or absence (fatal for a required file, skipped for an optional one). */
async function sizeFiles(download: ModelFilesDownload): Promise<SizedFile[]> {
  const sized: SizedFile[] = [];
  for (const file of modelFilesFor(download.dtype)) {
    const url = modelFileUrl(download.host, download.modelId, file.path);
    let response: Response;
    try {
      response = await download.fetch(url, { method: 'HEAD', signal: download.signal, redirect: 'follow' });
    } catch (error) {
      if (isAbortError(error) || download.signal.aborted) throw cancelledError();
      throw unreachableError(url, describeFetchError(error));
    }
    if (response.status === 404) {
      if (file.optional) continue;
      throw missingFileError(download.modelId, file.path, url);
    }
    if (!response.ok) throw unreachableError(url, `HTTP ${response.status} ${response.statusText}`);
    const length = response.headers.get('content-length');
    sized.push({ ...file, url, size: length === null ? undefined : Number(length) });
  }
  return sized;
}
