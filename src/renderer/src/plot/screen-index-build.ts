/**
 * The screen index of a resting 3D camera, built in slices: the projection of every point, the grid over
 * their screen positions and the label candidates (nearest first). At a million points the three together are
 * over 100 ms of main thread on a laptop core, so a large 3D map builds them between frames, as a 2D map
 * builds its grid (grid-cells-build). However the work is cut, the result is the one the one-go functions
 * (projectAll, buildSpatialGrid, candidates3d) give.
 */
import { GridCellsBuild, SLICE_POINTS } from './grid-cells-build';
import { DepthCandidatesBuild, type LabelCandidates } from './label-candidates';
import { isVisible } from './point-flags';
import { projectRange, type Matrix4Elements, type ProjectedPoints } from './projection-math';
import { spatialGridOf, type SpatialGrid } from './spatial-grid';
import type { ViewportSize } from './view-math';

/** What the build produces: the projected points, the grid over them and the label candidates. */
export interface ScreenIndex {
  readonly projected: ProjectedPoints;
  readonly grid: SpatialGrid;
  readonly candidates: LabelCandidates;
}

/** What is projected: the points (`dims` values each), their state bytes, the camera and the plot's size. */
export interface ScreenIndexSource {
  readonly coords: Float32Array;
  readonly dims: number;
  readonly state: Uint8Array;
  readonly viewProjection: Matrix4Elements;
  readonly size: ViewportSize;
}

type Stage = 'project' | 'grid' | 'candidates' | 'done';

/** The resumable build of one camera's screen index. */
export class ScreenIndexBuild {
  private stage: Stage = 'project';
  private next = 0;
  private readonly count: number;
  private readonly projected: ProjectedPoints;
  private readonly grid: GridCellsBuild;
  private readonly candidates: DepthCandidatesBuild;
  private gridCells: SpatialGrid | null = null;
  private result: ScreenIndex | null = null;

  constructor(private readonly source: ScreenIndexSource) {
    this.count = Math.floor(source.coords.length / source.dims);
    this.projected = {
      screen: new Float32Array(this.count * 2).fill(NaN),
      depth: new Float32Array(this.count).fill(NaN),
    };
    this.grid = new GridCellsBuild(this.projected.screen, 2);
    this.candidates = new DepthCandidatesBuild(this.projected, source.size);
  }

  /** Works through about `points` points; returns the index once every stage is done, else null. */
  step(points = SLICE_POINTS): ScreenIndex | null {
    if (this.stage === 'project') {
      const { coords, dims, state, viewProjection, size } = this.source;
      const end = Math.min(this.count, this.next + points);
      const accept = (index: number): boolean => isVisible(state, index);
      projectRange({ coords, dims, m: viewProjection, size, accept }, this.next, end, this.projected);
      this.next = end;
      if (end === this.count) this.stage = 'grid';
    } else if (this.stage === 'grid') {
      const cells = this.grid.step(points);
      if (cells !== null) {
        this.gridCells = spatialGridOf(this.projected.screen, 2, cells);
        this.stage = 'candidates';
      }
    } else if (this.stage === 'candidates') {
      const candidates = this.candidates.step(points);
      if (candidates !== null && this.gridCells !== null) {
        this.result = { projected: this.projected, grid: this.gridCells, candidates };
        this.stage = 'done';
      }
    }
    return this.result;
  }

  /** Finishes the build now (a click or a selection cannot wait) and returns the index. */
  finish(): ScreenIndex {
    let index = this.step(Infinity);
    while (index === null) index = this.step(Infinity);
    return index;
  }
}
