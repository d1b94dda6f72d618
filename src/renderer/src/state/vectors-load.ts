import type { StudioClient, VectorsLoadProgress } from '../../../shared/contract';
import { StudioError } from '../../../shared/errors';

/** 8 MiB per appendVectorsLoad call: half the contract's limit, and a progress step every fraction of a second. */
export const VECTORS_CHUNK_BYTES = 8 * 1024 * 1024;

/** The calls a streamed load makes. */
export type VectorsLoadClient = Pick<
  StudioClient,
  'beginVectorsLoad' | 'appendVectorsLoad' | 'finishVectorsLoad' | 'abortVectorsLoad'
>;

/** A file as the load reads it (a DOM File in the app). */
export interface VectorsFile {
  readonly name: string;
  readonly size: number;
  slice(start: number, end: number): { arrayBuffer(): Promise<ArrayBuffer> };
}

/** Where a streamed load stands, for the progress bar. */
export interface VectorsLoadStep extends VectorsLoadProgress {
  readonly totalBytes: number;
}

/** What finishing a load answers: the new embedder, its word count and dimension, skipped lines. */
export type VectorsLoaded = Awaited<ReturnType<StudioClient['finishVectorsLoad']>>;

function cancelled(fileName: string): StudioError {
  return new StudioError('cancelled', `Loading ${fileName} was cancelled.`, { file: fileName });
}

/** Throws `cancelled` once the user has cancelled (a call, so the check is made afresh after each await). */
function checkNotCancelled(signal: AbortSignal, fileName: string): void {
  if (signal.aborted) throw cancelled(fileName);
}

/**
 * Streams a word-vector file to the core: beginVectorsLoad, then one ~8 MiB slice at a time (each awaited:
 * the core answers once it has parsed the chunk, so the renderer never reads ahead), then finishVectorsLoad.
 * Reading stops early once the word limit is reached. `signal` aborts the load in the core at once (its
 * parse stops within a slice, even mid-chunk) and the promise rejects with `cancelled`; any failure aborts
 * the load too, so the core keeps nothing of it and the embedders loaded before stay as they were.
 */
export async function streamVectorsFile(
  client: VectorsLoadClient,
  file: VectorsFile,
  options: { readonly maxWords: number | null; readonly lenient: boolean },
  onProgress: (step: VectorsLoadStep) => void,
  signal: AbortSignal,
): Promise<VectorsLoaded> {
  if (signal.aborted) throw cancelled(file.name);
  const { loadId } = await client.beginVectorsLoad({
    fileName: file.name,
    totalBytes: file.size,
    ...options,
  });
  const abort = (): void => {
    void client.abortVectorsLoad({ loadId }).catch(() => undefined);
  };
  signal.addEventListener('abort', abort, { once: true });
  try {
    for (let start = 0; start < file.size; start += VECTORS_CHUNK_BYTES) {
      checkNotCancelled(signal, file.name);
      const bytes = new Uint8Array(await file.slice(start, start + VECTORS_CHUNK_BYTES).arrayBuffer());
      checkNotCancelled(signal, file.name);
      const progress = await client.appendVectorsLoad({ loadId, bytes });
      onProgress({ ...progress, totalBytes: file.size });
      if (progress.full) break; // the word limit is reached: the rest of the file would be ignored
    }
    checkNotCancelled(signal, file.name);
    return await client.finishVectorsLoad({ loadId });
  } catch (error) {
    // Whatever stopped the load, the core drops it: a cancel that came before the listener was added (while
    // beginVectorsLoad was answering) is only sent here. Aborting an id twice is harmless.
    abort();
    // An append that the abort interrupted fails with `cancelled` in the core; it is the user's cancel.
    checkNotCancelled(signal, file.name);
    throw error;
  } finally {
    signal.removeEventListener('abort', abort);
  }
}

/** A progress step's numbers as the bar shows them: MB read of the total, words, MB/s. */
export interface VectorsLoadFigures {
  readonly readMb: string;
  readonly totalMb: string;
  readonly words: number;
  readonly mbPerSecond: string;
  /** Share of the file read, 0 to 1. */
  readonly fraction: number;
}

const MB = 1024 * 1024;

/** The figures of a step, `seconds` after reading began. */
export function vectorsLoadFigures(step: VectorsLoadStep, seconds: number): VectorsLoadFigures {
  return {
    readMb: (step.bytesRead / MB).toFixed(0),
    totalMb: (step.totalBytes / MB).toFixed(0),
    words: step.words,
    mbPerSecond: seconds > 0 ? (step.bytesRead / MB / seconds).toFixed(1) : '0.0',
    fraction: step.totalBytes > 0 ? Math.min(1, step.bytesRead / step.totalBytes) : 0,
  };
}
