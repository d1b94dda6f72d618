import type { HitIndex } from './hit-index';
import type { LabelLayer } from './label-layer';
import type { PlotCamera } from './plot-camera';
import { SETTLE_MS, type PlotHits } from './plot-hits';
import type { FrameScheduler } from './frame-scheduler';
import { SliceRunner } from './slice-runner';

/**
 * Above this many points a moving camera does not lay labels out again each frame, and a layout at rest runs
 * in slices between frames (placing 400 labels among a million points takes 60–150 ms of collision queries on
 * one core): the labels on screen follow their points until the new ones are ready.
 */
const LIVE_LABEL_LIMIT = 20_000;
/** Candidates tried per slice of a sliced layout: each costs a few collision queries (up to ~50 µs). */
const LAYOUT_SLICE_CANDIDATES = 32;

/** What one frame's label pass reads. */
export interface LabelFrame {
  /** Point positions, 3 per point, or null without data. */
  readonly positions: Float32Array | null;
  /** Labels wait while the points fly: they would sit beside the wrong places. */
  readonly transitioning: boolean;
  readonly now: number;
}

/**
 * Keeps the labels of the plot up to date, frame by frame: a small map is laid out on every frame; a large
 * map's labels follow their points while the camera moves (or the hit grid of a new layout is built) and get
 * a fresh layout, in slices, once per resting camera, filter and label size.
 */
export class PlotLabels {
  private readonly background = new SliceRunner();
  /** What the last sliced layout was begun for: the hit index (one per camera and point state) and font. */
  private laidOutFor: { readonly index: HitIndex; readonly fontPx: number } | null = null;

  constructor(
    private readonly labels: LabelLayer,
    private readonly hits: PlotHits,
    private readonly camera: PlotCamera,
    private readonly frames: FrameScheduler,
  ) {}

  /** The label pass of one frame; wakes the plot again once the camera rests when it had to wait. */
  update(frame: LabelFrame): void {
    const wait = this.pass(frame);
    this.frames.cancelSettle();
    if (wait) this.frames.scheduleAfter(SETTLE_MS);
  }

  /**
   * The point state changed: the labels of points it hides go in this frame, not when the new layout (in
   * slices, for a large map) is done; the layout begun for the old state is dropped with its slices.
   */
  pointStateChanged(state: Uint8Array): void {
    this.stop();
    this.labels.dropHidden(state);
  }

  /** Stops a sliced layout. */
  dispose(): void {
    this.stop();
  }

  /** Returns whether a frame is needed once the camera rests. */
  private pass({ positions, transitioning, now }: LabelFrame): boolean {
    const { labels, hits, camera } = this;
    if (positions === null || transitioning) {
      this.stop();
      labels.clear();
      return positions !== null;
    }
    const large = positions.length / 3 > LIVE_LABEL_LIMIT;
    const index = large && !hits.resting(now) ? null : hits.get();
    const fontPx = labels.fontSize;
    // Laid out (or being laid out) for this camera, point state and label size already.
    if (large && index !== null && this.laidOutFor?.index === index && this.laidOutFor.fontPx === fontPx)
      return false;
    const candidates = index === null ? null : hits.labelCandidates();
    if (index === null || candidates === null) {
      // A moving large map, or one whose grid is still being built: the labels move with their points.
      this.stop();
      if (large) labels.follow(positions, camera.projector(), camera.size);
      else labels.clear();
      return true;
    }
    if (!large) {
      labels.layout(candidates, camera.size, index);
      return false;
    }
    this.laidOutFor = { index, fontPx };
    labels.beginLayout(candidates, camera.size, index);
    this.background.start(
      () => labels.continueLayout(LAYOUT_SLICE_CANDIDATES),
      () => {
        this.frames.schedule();
      },
    );
    return false;
  }

  private stop(): void {
    this.background.cancel();
    this.labels.cancelLayout();
    this.laidOutFor = null;
  }
}
