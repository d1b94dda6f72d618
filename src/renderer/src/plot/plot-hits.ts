import { hitIndex2d, hitIndex3d, type HitIndex } from './hit-index';
import { gridCandidates2d } from './grid-label-candidates';
import type { LabelCandidates } from './label-candidates';
import type { PlotCamera } from './plot-camera';
import { isVisible } from './point-flags';
import { GridCellsBuild } from './grid-cells-build';
import { minPyramid } from './cell-min-pyramid';
import { ScreenIndexBuild, type ScreenIndex } from './screen-index-build';
import { SliceRunner } from './slice-runner';
import { spatialGridOf, type GridCells, type SpatialGrid } from './spatial-grid';

/**
 * Up to this many points are re-projected on every 3D frame (about 1 ms); more wait for the camera to rest and
 * are then projected, gridded and ranked for labels in slices between frames.
 */
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
  /** A 3D map's screen index for the current camera, and its build when that runs in slices. */
  private screen: ScreenIndex | null = null;
  private screenBuild: ScreenIndexBuild | null = null;
  private changedAt = 0;
  private readonly background = new SliceRunner();
  private readonly screenSlices = new SliceRunner();

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
    this.screenSlices.cancel();
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
    this.screen = null;
    this.screenBuild = null;
    this.screenSlices.cancel();
  }

  /** The hit index now; null while a large 3D map moves, unless `force` (a selection must be answered). */
  get(force = false): HitIndex | null {
    const data = this.data;
    if (data === null || this.hits !== null) return this.hits;
    if (this.camera.mode === '2d') {
      if (this.grid === null && this.build !== null && force) this.gridReady(this.build.finish());
      if (this.grid === null) return null;
      const { view, size } = this.camera;
      this.hits = hitIndex2d(this.grid, data.coords, data.dims, view, size, data.state);
      return this.hits;
    }
    const count = Math.floor(data.coords.length / data.dims);
    if (count <= LIVE_PROJECTION_LIMIT || force) return this.screenReady(this.screenNow(data).finish());
    if (this.resting(performance.now()) && this.screenBuild === null) {
      // A large map at rest: projected, gridded and ranked between frames; a frame shows it when ready.
      const build = this.screenNow(data);
      this.screenSlices.start(() => {
        const screen = build.step();
        if (screen !== null && this.screenBuild === build) this.screenReady(screen);
        return screen !== null;
      }, this.onReady);
    }
    return null;
  }

  /** The screen index build for the current camera: the one running, or a new one. */
  private screenNow(data: HitData): ScreenIndexBuild {
    this.screenBuild ??= new ScreenIndexBuild({
      coords: data.coords,
      dims: data.dims,
      state: data.state,
      viewProjection: this.camera.viewProjection(),
      size: this.camera.size,
    });
    return this.screenBuild;
  }

  /** Takes a finished 3D screen index: the hit index and label candidates of this camera. */
  private screenReady(screen: ScreenIndex): HitIndex | null {
    const data = this.data;
    this.screenSlices.cancel();
    if (data === null) return null;
    this.screen = screen;
    this.hits = hitIndex3d(screen.projected, data.state, screen.grid);
    return this.hits;
  }

  /** Label candidates for the current camera; call after {@link get} returned an index. */
  labelCandidates(): LabelCandidates | null {
    const data = this.data;
    if (data === null) return null;
    if (this.camera.mode === '3d') return this.screen?.candidates ?? null;
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
