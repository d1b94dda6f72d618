import type { PlotCamera } from './plot-camera';
import type { PlotHits } from './plot-hits';
import type { ScatterRenderer } from './scatter-renderer';
import { transitionProgress } from './transition';

/** Auto-rotation speed in radians per second: a slow turn a class can follow (about 20 s per turn). */
const AUTO_ROTATE_RAD_PER_S = 0.3;
/** Auto-rotation advances at most this many seconds per frame: after a stall (a hidden tab) it resumes smoothly. */
const MAX_STEP_S = 0.1;

/** What one frame of motion does. */
export interface MotionStep {
  /** The eased transition mix to draw (0 … 1), or null when no transition runs. */
  readonly mix: number | null;
  /** Whether the transition ended on this frame. */
  readonly finished: boolean;
  /** Radians to turn the 3D camera by on this frame (0 when not auto-rotating). */
  readonly turn: number;
  /** Whether another frame is needed. */
  readonly more: boolean;
}

/** The parts of the plot that one frame of motion moves. */
export interface MovingParts {
  readonly scatter: Pick<ScatterRenderer, 'setMix'>;
  readonly camera: Pick<PlotCamera, 'turn'>;
  readonly hits: Pick<PlotHits, 'invalidate' | 'cameraChanged'>;
}

/** The plot's motion over time: a running point transition (2D ⇄ 3D, projections) and the 3D auto-rotation. */
export class PlotMotion {
  private start: number | null = null;
  private lastFrameAt = 0;

  /** Starts a transition at `now` (ms), or stops any when `now` is null. */
  setTransition(now: number | null): void {
    this.start = now;
  }

  /** Whether points are flying between layouts. */
  get transitioning(): boolean {
    return this.start !== null;
  }

  /** How far a running transition is at `now` (0 … 1, eased), or null when the points stand still. */
  progress(now: number): number | null {
    return this.start === null ? null : transitionProgress(this.start, now);
  }

  /** Restarts the auto-rotation clock (an option changed; no jump for the time it was off). */
  restartClock(now: number): void {
    this.lastFrameAt = now;
  }

  /** Advances to `now` (ms); `rotating` says whether the 3D map auto-rotates. */
  advance(now: number, rotating: boolean): MotionStep {
    let mix: number | null = null;
    let finished = false;
    let more = false;
    if (this.start !== null) {
      mix = transitionProgress(this.start, now);
      if (mix >= 1) {
        this.start = null;
        finished = true;
      } else more = true;
    }
    let turn = 0;
    if (rotating) {
      const seconds = Math.min(MAX_STEP_S, Math.max(0, (now - this.lastFrameAt) / 1000));
      turn = AUTO_ROTATE_RAD_PER_S * seconds;
      more = true;
    }
    this.lastFrameAt = now;
    return { mix, finished, turn, more };
  }

  /**
   * Advances to `now` and applies the step to `parts`: the transition's mix to the scatter, the turn to the
   * 3D camera; the hit index is stale once the points arrive or the camera turned. Returns whether another
   * frame is needed.
   */
  applyFrame(now: number, rotating: boolean, parts: MovingParts): boolean {
    const step = this.advance(now, rotating);
    if (step.mix !== null) parts.scatter.setMix(step.mix);
    if (step.finished) parts.hits.invalidate();
    if (rotating) {
      parts.camera.turn(step.turn);
      parts.hits.cameraChanged(now);
    }
    return step.more;
  }
}
