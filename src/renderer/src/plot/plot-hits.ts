import { hitIndex2d, hitIndex3d, type HitIndex } from './hit-index';
import { gridCandidates2d } from './grid-label-candidates';
import { candidates3d, type LabelCandidates } from './label-candidates';
import type { PlotCamera } from './plot-camera';
import { isVisible } from './point-flags';
import { projectAll, type ProjectedPoints } from './projection-math';
import { GridCellsBuild } from './grid-cells-build';
import { minPyramid } from './cell-min-pyramid';
import { SliceRunner } from './slice-runner';
import { spatialGridOf, type GridCells, type SpatialGrid } from './spatial-grid';

/** Up to this many points are re-projected on every 3D frame (about 1 ms); more wait for the camera to rest. */
const LIVE_PROJECTION_LIMIT = 20_000;
/** The camera counts as resting after this long without a change (ms): a pause in a drag, not a frame gap. */
export const SETTLE_MS = 150;
/** Up to this many points the 2D grid is built at once (a few ms); larger maps build it in slices. */
const EAGER_GRID_LIMIT = 131_072;

/** The points the hit index is built over. */
export interface HitData {
  readonly coords: Float32Array;
  readonly dims: number;
  /** The per-point state bytes: hidden points are never hit. */
  readonly state: Uint8Array;
}

/**
 * The hit index (hover, click, box, lasso, label collisions) for what is on screen, built lazily and dropped
 * when the camera or the point state changes. 2D maps keep one data-space grid for their lifetime (a large
 * map's is built in slices between frames, see {@link buildSlice}; until then hover and labels wait and a
 * selection finishes it at once); 3D maps project every point and grid the screen positions, which for large
 * maps waits until the camera rests.
 */
export class PlotHits {
  private data: HitData | null = null;
  private grid: SpatialGrid | null = null;
  private build: GridCellsBuild | null = null;
  private hits: HitIndex | null = null;
  private projected: ProjectedPoints | null = null;
  private changedAt = 0;
  private readonly background = new SliceRunner();

  /** `onReady` is called when a grid built in slices is ready (a frame can show labels and hover then). */
  constructor(
    private readonly camera: PlotCamera,
    private readonly onReady: () => void,
  ) {}

  /** New points (the camera's mode must already be set for them). */
  setData(data: HitData | null): void {
    this.data = data;
    this.grid = null;
    this.build = null;
    if (data !== null && this.camera.mode === '2d') {
      const build = new GridCellsBuild(data.coords, data.dims);
      if (data.coords.length / data.dims <= EAGER_GRID_LIMIT) this.gridReady(build.finish());
      else this.build = build;
    }
    this.invalidate();
    if (this.build === null) this.background.cancel();
    else this.background.start(() => this.buildSlice(), this.onReady);
  }

  /** Stops building. */
  dispose(): void {
    this.background.cancel();
  }

  /** Builds one slice of a large 2D map's grid; true once it is ready (or none is being built). */
  private buildSlice(): boolean {
    const cells = this.build?.step() ?? null;
    if (cells !== null) this.gridReady(cells);
    return this.build === null;
  }

  /** Whether the camera has not moved for {@link SETTLE_MS} at `now` (ms). */
  resting(now: number): boolean {
    return now - this.changedAt >= SETTLE_MS;
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
      if (this.grid === null && this.build !== null && force) this.gridReady(this.build.finish());
      if (this.grid === null) return null;
      const { view, size } = this.camera;
      this.hits = hitIndex2d(this.grid, data.coords, data.dims, view, size, data.state);
      return this.hits;
    }
    const count = Math.floor(data.coords.length / data.dims);
    const settled = this.resting(performance.now()) || count <= LIVE_PROJECTION_LIMIT;
    if (!force && !settled) return null;
    this.projected = projectAll(
      data.coords,
      data.dims,
      this.camera.viewProjection(),
      this.camera.size,
      accept,
    );
    this.hits = hitIndex3d(this.projected, data.state);
    return this.hits;
  }

  /** Label candidates for the current camera; call after {@link get} returned an index. */
  labelCandidates(): LabelCandidates | null {
    const data = this.data;
    if (data === null) return null;
    if (this.camera.mode === '3d')
      return this.projected === null ? null : candidates3d(this.projected, this.camera.size);
    if (this.grid === null) return null;
    const accept = (index: number): boolean => isVisible(data.state, index);
    const { view, size } = this.camera;
    return gridCandidates2d({
      cells: this.grid.cells,
      coords: data.coords,
      dims: data.dims,
      view,
      size,
      accept,
    });
  }

  private gridReady(cells: GridCells): void {
    const data = this.data;
    this.build = null;
    if (data === null) return;
    this.grid = spatialGridOf(data.coords, data.dims, cells);
    // Built here (a slice of its own for a large map) rather than in the frame that first lays out labels.
    minPyramid(cells);
  }
}
