import { StudioError } from '../../../shared/errors';

/** True for the error fetch and body reads throw when their AbortSignal fires. */
export function isAbortError(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');
}

/** The job's `cancelled` error, thrown when the user cancels mid-transfer. */
export function cancelledError(): StudioError {
  return new StudioError('cancelled', 'The download was cancelled.');
}

/**
 * A failure to reach the host or a server error. There is no network code in the contract's error list, and
 * a model that cannot be fetched cannot be installed, so it is reported as `invalid-model` with the URL.
 */
export function unreachableError(url: string, reason: string): StudioError {
  return new StudioError('invalid-model', `Cannot download ${url}: ${reason}.`, { url });
}

/** A file the model needs that the host does not have (HTTP 404): the file is named. */
export function missingFileError(modelId: string, file: string, url: string): StudioError {
  return new StudioError(
    'invalid-model',
    `The model "${modelId}" has no ${file} on the download host (404 for ${url}).`,
    { modelId, file, url },
  );
}

/** The cause of a fetch failure in words: undici hides the useful part (ECONNREFUSED…) in `cause`. */
export function describeFetchError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause;
  return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
}
