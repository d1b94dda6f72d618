/**
 * Coalesces redraw requests into at most one draw per animation frame, and wakes the plot once more after
 * the camera rests (a large 3D map gets its labels and hover back then).
 */
export class FrameScheduler {
  private frame = 0;
  private settleTimer = 0;

  constructor(private readonly draw: () => void) {}

  /** Draws on the next animation frame (once, however often it is asked). */
  schedule(): void {
    if (this.frame !== 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  /** Schedules a frame `ms` from now, replacing an earlier such request. */
  scheduleAfter(ms: number): void {
    window.clearTimeout(this.settleTimer);
    this.settleTimer = window.setTimeout(() => {
      this.schedule();
    }, ms);
  }

  /** Drops a pending settle request. */
  cancelSettle(): void {
    window.clearTimeout(this.settleTimer);
  }

  /** Stops everything pending. */
  dispose(): void {
    cancelAnimationFrame(this.frame);
    window.clearTimeout(this.settleTimer);
    this.frame = 0;
  }
}
