import type { LabelLayer } from './label-layer';
import type { PlotCamera } from './plot-camera';
import type { PlotHits } from './plot-hits';

/**
 * Above this many points a moving camera does not lay labels out again each frame (tens of ms at a million
 * points: candidate scan and collision queries); the labels follow their points until the camera rests.
 */
const LIVE_LABEL_LIMIT = 20_000;

/** What one frame's label pass reads. */
export interface LabelPassInput {
  readonly labels: LabelLayer;
  readonly hits: PlotHits;
  readonly camera: PlotCamera;
  /** Point positions, 3 per point, or null without data. */
  readonly positions: Float32Array | null;
  /** Labels wait while the points fly: they would sit beside the wrong places. */
  readonly transitioning: boolean;
  readonly now: number;
}

/**
 * Lays the labels out for the current camera, or, for a large map whose camera moves (or whose hit index is
 * not ready), moves or clears them. Returns whether a frame is needed once the camera rests.
 */
export function labelPass(input: LabelPassInput): boolean {
  const { labels, hits, camera, positions } = input;
  if (positions === null) {
    labels.clear();
    return false;
  }
  if (input.transitioning) {
    labels.clear();
    return true;
  }
  if (positions.length / 3 > LIVE_LABEL_LIMIT && !hits.resting(input.now)) {
    labels.follow(positions, camera.projector(), camera.size);
    return true;
  }
  const index = hits.get();
  const candidates = index === null ? null : hits.labelCandidates();
  if (index === null || candidates === null) {
    // A large 3D map (or a 2D grid still being built) gets its labels and hover back soon.
    labels.clear();
    return true;
  }
  labels.layout(candidates, camera.size, index);
  return false;
}
