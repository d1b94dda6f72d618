/**
 * Runs sliced background work (the hit grid of a large map) between frames: each task does slices for at
 * most {@link TASK_BUDGET_MS}, then yields, so input and drawing never wait behind a long task.
 */

/** Work per task (ms): well under the 50 ms that counts as a long task, leaving room for a frame. */
const TASK_BUDGET_MS = 8;

export class SliceRunner {
  private timer = 0;

  /** Runs `slice` (true when finished) until done, then calls `done`; replaces any running work. */
  start(slice: () => boolean, done: () => void): void {
    this.cancel();
    const run = (): void => {
      const start = performance.now();
      while (performance.now() - start < TASK_BUDGET_MS) {
        if (!slice()) continue;
        this.timer = 0;
        done();
        return;
      }
      this.timer = window.setTimeout(run, 0);
    };
    this.timer = window.setTimeout(run, 0);
  }

  /** Drops the running work, if any. */
  cancel(): void {
    window.clearTimeout(this.timer);
    this.timer = 0;
  }
}
