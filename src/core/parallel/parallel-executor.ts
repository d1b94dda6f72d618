import type { ParallelTaskInputs, ParallelTaskName } from './parallel-tasks';

/** Half-open row range `[start, end)` one worker computes. */
export interface RowRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Runs a named core task over row ranges, possibly on several threads. The task code lives in the core
 * ({@link ParallelTaskInputs} names each task's input) and every range writes only its own rows' slots of
 * the shared output, so the result is the same bytes whichever executor runs it and however many workers
 * it has. Inputs are typed arrays over `SharedArrayBuffer`s (and a shared WebAssembly memory) so that
 * workers read and write them in place; an executor that cannot share them runs the task in-process.
 */
export interface ParallelExecutor {
  /** Threads the work is spread over: callers split their work into at least this many ranges. */
  readonly workers: number;
  run<T extends ParallelTaskName>(
    task: T,
    input: ParallelTaskInputs[T],
    ranges: readonly RowRange[],
  ): Promise<void>;
}

/** Splits `[start, end)` into `parts` contiguous ranges of near-equal size (empty ones left out). */
export function splitRange(start: number, end: number, parts: number): RowRange[] {
  const count = Math.max(1, Math.floor(parts));
  const ranges: RowRange[] = [];
  for (let p = 0; p < count; p++) {
    const from = start + Math.floor(((end - start) * p) / count);
    const to = start + Math.floor(((end - start) * (p + 1)) / count);
    if (to > from) ranges.push({ start: from, end: to });
  }
  return ranges;
}
