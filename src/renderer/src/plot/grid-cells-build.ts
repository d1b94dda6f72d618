/**
 * Builds a spatial grid's cells (see spatial-grid) in slices, so that a million points are indexed without one
 * long main-thread task: three passes over the points (extent, counts per cell, filling the cells), each
 * resumable after any point. A slice of {@link SLICE_POINTS} points takes a few milliseconds.
 */
import type { GridCells } from './spatial-grid';

/** Average points per cell: few enough that a query checks a handful, enough that empty cells stay rare. */
const TARGET_POINTS_PER_CELL = 4;
/** Cells per axis at most: 2048² cells of Int32 offsets is 16 MiB, the most we want to spend on an index. */
const MAX_CELLS_PER_AXIS = 2048;
/**
 * Points handled per slice: under 1 ms of one pass on a laptop core. The slice runner does slices for 8 ms
 * per task; small slices keep a task near that budget even on a busy core.
 */
export const SLICE_POINTS = 16_384;

type Pass = 'extent' | 'count' | 'fill' | 'done';

/** The resumable build of one grid over row-major `coords` (`dims` values per point; x and y are used). */
export class GridCellsBuild {
  private pass: Pass = 'extent';
  private next = 0;
  private minX = Infinity;
  private minY = Infinity;
  private maxX = -Infinity;
  private maxY = -Infinity;
  private cellSize = 1;
  private cellsX = 1;
  private cellsY = 1;
  private pointCell = new Int32Array(0);
  private cellStart = new Int32Array(0);
  private fillAt = new Int32Array(0);
  private items = new Int32Array(0);
  private readonly count: number;
  private result: GridCells | null = null;

  constructor(
    private readonly coords: Float32Array,
    private readonly dims: number,
  ) {
    this.count = Math.floor(coords.length / dims);
  }

  /** Works through at most `points` points; returns the cells once all passes are done, else null. */
  step(points = SLICE_POINTS): GridCells | null {
    let budget = points;
    while (this.result === null && budget > 0) {
      const end = Math.min(this.count, this.next + budget);
      budget -= end - this.next;
      if (this.pass === 'extent') this.extent(this.next, end);
      else if (this.pass === 'count') this.countCells(this.next, end);
      else this.fill(this.next, end);
      this.next = end;
      if (end === this.count) this.endPass();
    }
    return this.result;
  }

  /** Finishes the build now (a selection cannot wait) and returns the cells. */
  finish(): GridCells {
    let cells = this.step(Infinity);
    while (cells === null) cells = this.step(Infinity);
    return cells;
  }

  private extent(start: number, end: number): void {
    const { coords, dims } = this;
    for (let i = start; i < end; i++) {
      const x = coords[i * dims] ?? NaN;
      const y = coords[i * dims + 1] ?? NaN;
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      if (x < this.minX) this.minX = x;
      if (x > this.maxX) this.maxX = x;
      if (y < this.minY) this.minY = y;
      if (y > this.maxY) this.maxY = y;
    }
  }

  private countCells(start: number, end: number): void {
    const { coords, dims, pointCell, cellStart } = this;
    for (let i = start; i < end; i++) {
      const x = coords[i * dims] ?? NaN;
      const y = coords[i * dims + 1] ?? NaN;
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      const cell = this.cellOf(x, y);
      pointCell[i] = cell;
      cellStart[cell + 1] = (cellStart[cell + 1] ?? 0) + 1;
    }
  }

  private fill(start: number, end: number): void {
    const { pointCell, fillAt, items } = this;
    for (let i = start; i < end; i++) {
      const cell = pointCell[i] ?? -1;
      if (cell < 0) continue;
      const slot = fillAt[cell] ?? 0;
      items[slot] = i;
      fillAt[cell] = slot + 1;
    }
  }

  private cellOf(x: number, y: number): number {
    const cx = Math.min(this.cellsX - 1, Math.max(0, Math.floor((x - this.minX) / this.cellSize)));
    const cy = Math.min(this.cellsY - 1, Math.max(0, Math.floor((y - this.minY) / this.cellSize)));
    return cy * this.cellsX + cx;
  }

  private endPass(): void {
    this.next = 0;
    if (this.pass === 'extent') {
      this.shape();
      this.pointCell = new Int32Array(this.count).fill(-1);
      this.cellStart = new Int32Array(this.cellsX * this.cellsY + 1);
      this.pass = 'count';
    } else if (this.pass === 'count') {
      const { cellStart } = this;
      const cells = this.cellsX * this.cellsY;
      // One pass over the cells (at most 2048², about 10 ms): small beside the passes over the points.
      for (let c = 0; c < cells; c++) cellStart[c + 1] = (cellStart[c + 1] ?? 0) + (cellStart[c] ?? 0);
      this.fillAt = cellStart.slice(0, cells);
      this.items = new Int32Array(cellStart[cells] ?? 0);
      this.pass = 'fill';
    } else {
      this.pass = 'done';
      const { minX, minY, cellSize, cellsX, cellsY, cellStart, items, count } = this;
      this.result = { minX, minY, cellSize, cellsX, cellsY, cellStart, items, count };
      // The per-point cells are only needed while filling.
      this.pointCell = new Int32Array(0);
      this.fillAt = new Int32Array(0);
    }
  }

  /** Square cells sized for about {@link TARGET_POINTS_PER_CELL} points each over the extent. */
  private shape(): void {
    const { minX, minY, maxX, maxY } = this;
    if (!(minX <= maxX)) {
      this.minX = 0;
      this.minY = 0;
      return;
    }
    const spanX = Math.max(maxX - minX, 1e-12);
    const spanY = Math.max(maxY - minY, 1e-12);
    const cells = Math.max(1, this.count / TARGET_POINTS_PER_CELL);
    this.cellSize = Math.max(
      Math.sqrt((spanX * spanY) / cells),
      spanX / MAX_CELLS_PER_AXIS,
      spanY / MAX_CELLS_PER_AXIS,
    );
    this.cellsX = Math.min(MAX_CELLS_PER_AXIS, Math.floor(spanX / this.cellSize) + 1);
    this.cellsY = Math.min(MAX_CELLS_PER_AXIS, Math.floor(spanY / this.cellSize) + 1);
  }
}
