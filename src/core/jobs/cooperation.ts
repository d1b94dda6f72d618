import { StudioError } from '../../shared/errors';

/**
 * 20 ms of work between yields: well under the ~50 ms budget after which a pending `cancelJob` (or any other
 * message to the same worker) would feel stuck, while keeping the cost of `setTimeout(0)` (~1–4 ms when
 * clamped) to a small share of the run time.
 */
const DEFAULT_SLICE_MS = 20;

/**
 * Lets long, synchronous-looking loops share the event loop. Call {@link checkpoint} often (every row or
 * batch); it is cheap and only yields when a time slice is used up, then checks the job's abort signal so
 * a cancellation takes effect within one slice.
 */
export class Cooperation {
  private sliceStart = Date.now();

  constructor(
    readonly signal: AbortSignal,
    private readonly sliceMs: number = DEFAULT_SLICE_MS,
  ) {}

  /** Yields to the event loop when the current slice is spent; throws `cancelled` once the job is aborted. */
  async checkpoint(): Promise<void> {
    this.throwIfCancelled();
    if (Date.now() - this.sliceStart < this.sliceMs) return;
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    this.sliceStart = Date.now();
    this.throwIfCancelled();
  }

  /** Throws the `cancelled` StudioError when the signal has been aborted. */
  throwIfCancelled(): void {
    if (this.signal.aborted) throw new StudioError('cancelled', 'The job was cancelled.');
  }

  /**
   * Runs `work(start, end)` over `[0, total)` in chunks of `chunk` items with a checkpoint between chunks,
   * reporting the finished share through `onProgress`.
   */
  async forEachChunk(
    total: number,
    chunk: number,
    work: (start: number, end: number) => void,
    onProgress?: (fraction: number) => void,
  ): Promise<void> {
    const step = Math.max(1, Math.floor(chunk));
    for (let start = 0; start < total; start += step) {
      const end = Math.min(total, start + step);
      work(start, end);
      onProgress?.(end / total);
      await this.checkpoint();
    }
  }
}

/** A cooperation that never aborts, for callers (benchmarks, tools) that run outside a job. */
export function uninterruptible(): Cooperation {
  return new Cooperation(new AbortController().signal);
}
