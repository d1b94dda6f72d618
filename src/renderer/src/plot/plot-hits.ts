import { hitIndex2d, hitIndex3d, type HitIndex } from './hit-index';
import { candidates2d, candidates3d, type LabelCandidates } from './label-candidates';
import type { PlotCamera } from './plot-camera';
import { isVisible } from './point-flags';
import { projectAll, type ProjectedPoints } from './projection-math';
import { buildSpatialGrid, type SpatialGrid } from './spatial-grid';

/** Up to this many points are re-projected on every 3D frame (about 1 ms); more wait for the camera to rest. */
const LIVE_PROJECTION_LIMIT = 20_000;
/** The camera counts as resting after this long without a change (ms): a pause in a drag, not a frame gap. */
export const SETTLE_MS = 150;

/** The points the hit index is built over. */
export interface HitData {
  readonly coords: Float32Array;
  readonly dims: number;
  /** The per-point state bytes: hidden points are never hit. */
  readonly state: Uint8Array;
}

/**
 * The hit index (hover, click, box, lasso, label collisions) for what is on screen, built lazily and dropped
 * when the camera or the point state changes. 2D maps keep one data-space grid for their lifetime; 3D maps
 * project every point and grid the screen positions, which for large maps waits until the camera rests.
 */
export class PlotHits {
  private data: HitData | null = null;
  private grid: SpatialGrid | null = null;
  private hits: HitIndex | null = null;
  private projected: ProjectedPoints | null = null;
  private changedAt = 0;

  constructor(private readonly camera: PlotCamera) {}

  /** New points (the camera's mode must already be set for them). */
  setData(data: HitData | null): void {
    this.data = data;
    this.grid = data !== null && this.camera.mode === '2d' ? buildSpatialGrid(data.coords, data.dims) : null;
    this.invalidate();
  }

  /** The camera moved (at `now`, ms): the index is stale and a large 3D map must wait to rest again. */
  cameraChanged(now: number): void {
    this.changedAt = now;
    this.invalidate();
  }

  /** The point state changed (hidden categories): the index is stale. */
  invalidate(): void {
    this.hits = null;
    this.projected = null;
  }

  /** The hit index now; null while a large 3D map moves, unless `force` (a selection must be answered). */
  get(force = false): HitIndex | null {
    const data = this.data;
    if (data === null || this.hits !== null) return this.hits;
    const accept = (index: number): boolean => isVisible(data.state, index);
    if (this.camera.mode === '2d') {
      if (this.grid === null) return null;
      this.hits = hitIndex2d(this.grid, data.coords, data.dims, this.camera.view, this.camera.size, accept);
      return this.hits;
    }
    const count = Math.floor(data.coords.length / data.dims);
    const settled = performance.now() - this.changedAt >= SETTLE_MS || count <= LIVE_PROJECTION_LIMIT;
    if (!force && !settled) return null;
    this.projected = projectAll(
      data.coords,
      data.dims,
      this.camera.viewProjection(),
      this.camera.size,
      accept,
    );
    this.hits = hitIndex3d(this.projected, accept);
    return this.hits;
  }

  /** Label candidates for the current camera; call after {@link get} returned an index. */
  labelCandidates(): LabelCandidates | null {
    const data = this.data;
    if (data === null) return null;
    if (this.camera.mode === '3d')
      return this.projected === null ? null : candidates3d(this.projected, this.camera.size);
    const accept = (index: number): boolean => isVisible(data.state, index);
    return candidates2d(data.coords, data.dims, this.camera.view, this.camera.size, accept);
  }
}
