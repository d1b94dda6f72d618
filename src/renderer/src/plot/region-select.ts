/**
 * Box and lasso selection over a spatial grid, written into a mask of one byte per point. Whole cells are
 * classified at once: a cell that no edge of the shape touches is wholly inside or wholly outside, so its
 * points are taken (or skipped) without a test each; only the points of cells an edge crosses get the exact
 * test, and it is the same arithmetic as `pointInPolygon` / `pointInRect`, so the answer is identical to a
 * scan of every point. Marking writes no per-point branch: a run of cells wholly inside sets its points' bytes
 * unconditionally, and hidden points are taken out by the one branch-free pass that lists the mask (a point
 * state byte per point, as the GPU reads it). A million points inside a lasso cost two passes over bytes.
 */
import { POINT_HIDDEN } from './point-flags';
import { type PixelRect, type Polygon } from './polygon';
import type { GridCells } from './spatial-grid';

/**
 * Slack around each cell, in CSS pixels, when deciding that no edge touches it: far more than the rounding of
 * the grid's cell arithmetic and of the data-to-screen mapping, far less than a pixel.
 */
const CELL_MARGIN_PX = 1e-3;

/** How the grid relates to the screen: screen = a · grid + b on each axis (a may be negative). */
export interface CellScreenMap {
  readonly ax: number;
  readonly bx: number;
  readonly ay: number;
  readonly by: number;
  /** Screen position of point `index`, computed exactly as the brute-force answer computes it. */
  readonly screenX: (index: number) => number;
  readonly screenY: (index: number) => number;
}

/** The screen-space edges of the grid lines `0 … cells` along one axis (ascending on screen). */
function gridLines(min: number, cellSize: number, cells: number, a: number, b: number): Float64Array {
  const lines = new Float64Array(cells + 1);
  for (let c = 0; c <= cells; c++) lines[c] = a * (min + c * cellSize) + b;
  return lines;
}

/**
 * The range of cells (inclusive, clamped to the grid) along one axis whose screen span overlaps [lo, hi],
 * found by inverting the mapping and widened by one cell on each side: a superset is always safe (extra
 * cells only get the exact test), a missed cell never is.
 */
function cellRange(lines: Float64Array, lo: number, hi: number): [number, number] {
  const cells = lines.length - 1;
  const start = lines[0] ?? 0;
  const step = ((lines[cells] ?? 0) - start) / cells;
  if (!(step !== 0 && Number.isFinite(step))) return [0, cells - 1];
  const a = (lo - start) / step;
  const b = (hi - start) / step;
  const first = Math.max(0, Math.floor(Math.min(a, b)) - 1);
  const last = Math.min(cells - 1, Math.floor(Math.max(a, b)) + 1);
  return [first, last];
}

/** The lowest and highest screen coordinate of cell `c` on an axis, grown by the margin. */
function span(lines: Float64Array, c: number): [number, number] {
  const p = lines[c] ?? 0;
  const q = lines[c + 1] ?? 0;
  return [Math.min(p, q) - CELL_MARGIN_PX, Math.max(p, q) + CELL_MARGIN_PX];
}

/**
 * Sets `mask[i] = 1` for every point of the cells `first … last` of one row (hidden ones too: the listing
 * drops them); returns how many. Neighbouring cells of a row hold neighbouring slots of `items`, so a run of
 * cells is one tight, branch-free loop over one slot range, not a call per cell (a lasso over a million
 * points covers a hundred thousand cells).
 */
function takeCells(cells: GridCells, first: number, last: number, mask: Uint8Array): number {
  const { items, cellStart } = cells;
  const start = cellStart[first] ?? 0;
  const end = cellStart[last + 1] ?? 0;
  for (let slot = start; slot < end; slot++) mask[items[slot] ?? 0] = 1;
  return end - start;
}

/**
 * Marks the points whose screen position lies in the closed `rect` (hidden ones included, see
 * {@link maskIndices}); returns how many it marked.
 */
export function markInRect(cells: GridCells, map: CellScreenMap, rect: PixelRect, mask: Uint8Array): number {
  if (cells.items.length === 0 || !(rect.left <= rect.right && rect.top <= rect.bottom)) return 0;
  const columns = gridLines(cells.minX, cells.cellSize, cells.cellsX, map.ax, map.bx);
  const rows = gridLines(cells.minY, cells.cellSize, cells.cellsY, map.ay, map.by);
  const [c0, c1] = cellRange(columns, rect.left - CELL_MARGIN_PX, rect.right + CELL_MARGIN_PX);
  const [r0, r1] = cellRange(rows, rect.top - CELL_MARGIN_PX, rect.bottom + CELL_MARGIN_PX);
  // The columns whose cells lie wholly inside the rectangle's x range: one run per row.
  let inside0 = c1 + 1;
  let inside1 = c0 - 1;
  for (let c = c0; c <= c1; c++) {
    const [left, right] = span(columns, c);
    if (left >= rect.left && right <= rect.right) {
      inside0 = Math.min(inside0, c);
      inside1 = c;
    }
  }
  let taken = 0;
  for (let r = r0; r <= r1; r++) {
    const [top, bottom] = span(rows, r);
    const rowInside = top >= rect.top && bottom <= rect.bottom;
    const row = r * cells.cellsX;
    if (rowInside && inside0 <= inside1) taken += takeCells(cells, row + inside0, row + inside1, mask);
    for (let c = c0; c <= c1; c++) {
      if (rowInside && c >= inside0 && c <= inside1) continue;
      const cell = row + c;
      const end = cells.cellStart[cell + 1] ?? 0;
      for (let slot = cells.cellStart[cell] ?? 0; slot < end; slot++) {
        const index = cells.items[slot] ?? 0;
        const x = map.screenX(index);
        const y = map.screenY(index);
        // The same closed test as pointInRect.
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) {
          mask[index] = 1;
          taken++;
        }
      }
    }
  }
  return taken;
}

/** The polygon's vertices as float64 x and y arrays (`?? 0` as in pointInPolygon). */
function vertices(polygon: Polygon): { xs: Float64Array; ys: Float64Array } {
  const n = Math.floor(polygon.length / 2);
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = polygon[2 * i] ?? 0;
    ys[i] = polygon[2 * i + 1] ?? 0;
  }
  return { xs, ys };
}

/**
 * Even-odd test of (x, y) against the edges `edges[0 … count)` (edge i joins vertex i - 1 to vertex i): the
 * arithmetic of pointInPolygon, restricted to the edges that can cross the point's horizontal ray.
 */
function insideEdges(
  xs: Float64Array,
  ys: Float64Array,
  edges: Int32Array,
  count: number,
  x: number,
  y: number,
): boolean {
  const n = xs.length;
  let inside = false;
  for (let k = 0; k < count; k++) {
    const i = edges[k] ?? 0;
    const j = i === 0 ? n - 1 : i - 1;
    const ix = xs[i] ?? 0;
    const iy = ys[i] ?? 0;
    const jx = xs[j] ?? 0;
    const jy = ys[j] ?? 0;
    if (iy > y !== jy > y && x < ((jx - ix) * (y - iy)) / (jy - iy) + ix) inside = !inside;
  }
  return inside;
}

/** The x range, on screen, of edge (a → b) where its y lies in [lo, hi]; null when it misses the band. */
function edgeXInBand(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  lo: number,
  hi: number,
): [number, number] | null {
  if (Math.max(ay, by) < lo || Math.min(ay, by) > hi) return null;
  if (ay === by) return [Math.min(ax, bx), Math.max(ax, bx)];
  const t0 = Math.min(1, Math.max(0, (lo - ay) / (by - ay)));
  const t1 = Math.min(1, Math.max(0, (hi - ay) / (by - ay)));
  const x0 = ax + t0 * (bx - ax);
  const x1 = ax + t1 * (bx - ax);
  return [Math.min(x0, x1), Math.max(x0, x1)];
}

/**
 * Marks the points inside `polygon` (even-odd rule, like pointInPolygon; hidden ones included, see
 * {@link maskIndices}); returns how many it marked.
 */
export function markInPolygon(
  cells: GridCells,
  map: CellScreenMap,
  polygon: Polygon,
  mask: Uint8Array,
): number {
  const { xs, ys } = vertices(polygon);
  const n = xs.length;
  if (n < 3 || cells.items.length === 0) return 0;
  let [left, right, top, bottom] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let i = 0; i < n; i++) {
    left = Math.min(left, xs[i] ?? 0);
    right = Math.max(right, xs[i] ?? 0);
    top = Math.min(top, ys[i] ?? 0);
    bottom = Math.max(bottom, ys[i] ?? 0);
  }
  const columns = gridLines(cells.minX, cells.cellSize, cells.cellsX, map.ax, map.bx);
  const rows = gridLines(cells.minY, cells.cellSize, cells.cellsY, map.ay, map.by);
  const [c0, c1] = cellRange(columns, left - CELL_MARGIN_PX, right + CELL_MARGIN_PX);
  const [r0, r1] = cellRange(rows, top - CELL_MARGIN_PX, bottom + CELL_MARGIN_PX);
  if (c0 > c1 || r0 > r1) return 0;
  const edges = new Int32Array(n);
  // Each edge's y extent, so a row skips the edges far from it with two comparisons.
  const edgeLow = new Float64Array(n);
  const edgeHigh = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const j = i === 0 ? n - 1 : i - 1;
    edgeLow[i] = Math.min(ys[i] ?? 0, ys[j] ?? 0);
    edgeHigh[i] = Math.max(ys[i] ?? 0, ys[j] ?? 0);
  }
  const boundary = new Uint8Array(c1 - c0 + 1);
  let taken = 0;
  for (let r = r0; r <= r1; r++) {
    const [lo, hi] = span(rows, r);
    boundary.fill(0);
    let edgeCount = 0;
    for (let i = 0; i < n; i++) {
      if ((edgeHigh[i] ?? 0) < lo || (edgeLow[i] ?? 0) > hi) continue;
      const j = i === 0 ? n - 1 : i - 1;
      const range = edgeXInBand(xs[j] ?? 0, ys[j] ?? 0, xs[i] ?? 0, ys[i] ?? 0, lo, hi);
      if (range === null) continue;
      edges[edgeCount++] = i;
      const [first, last] = cellRange(columns, range[0] - CELL_MARGIN_PX, range[1] + CELL_MARGIN_PX);
      for (let c = Math.max(first, c0); c <= Math.min(last, c1); c++) boundary[c - c0] = 1;
    }
    taken += markRow({ cells, map, columns, row: r, c0, c1, boundary, mask }, (x, y) =>
      insideEdges(xs, ys, edges, edgeCount, x, y),
    );
  }
  return taken;
}

/** One row of cells to classify: its column range and which of its cells an edge touches. */
interface RowWork {
  readonly cells: GridCells;
  readonly map: CellScreenMap;
  readonly columns: Float64Array;
  readonly row: number;
  readonly c0: number;
  readonly c1: number;
  readonly boundary: Uint8Array;
  readonly mask: Uint8Array;
}

/**
 * Marks one row: boundary cells point by point; each run of untouched cells by one test at its first cell's
 * centre (no edge crosses the run, so all its points share that answer).
 */
function markRow(work: RowWork, inside: (x: number, y: number) => boolean): number {
  const { cells, map, columns, row, c0, c1, boundary, mask } = work;
  const rowCentre = map.ay * (cells.minY + (row + 0.5) * cells.cellSize) + map.by;
  const rowStart = row * cells.cellsX;
  let taken = 0;
  let c = c0;
  while (c <= c1) {
    if (boundary[c - c0] === 0) {
      // A run of untouched cells: one test at its first cell's centre, then its points in one loop.
      let last = c;
      while (last < c1 && boundary[last + 1 - c0] === 0) last++;
      if (inside(((columns[c] ?? 0) + (columns[c + 1] ?? 0)) / 2, rowCentre)) {
        taken += takeCells(cells, rowStart + c, rowStart + last, mask);
      }
      c = last + 1;
      continue;
    }
    const cell = rowStart + c;
    const end = cells.cellStart[cell + 1] ?? 0;
    for (let slot = cells.cellStart[cell] ?? 0; slot < end; slot++) {
      const index = cells.items[slot] ?? 0;
      if (inside(map.screenX(index), map.screenY(index))) {
        mask[index] = 1;
        taken++;
      }
    }
    c++;
  }
  return taken;
}

/**
 * The indices set in `mask` whose point `state` does not hide, ascending; `marked` is how many are set. One
 * branch-free pass: each index is written and the count moves on only when it is kept (a branch would be
 * mispredicted about once per two points of a lasso that takes half the map).
 */
export function maskIndices(mask: Uint8Array, state: Uint8Array, marked: number): Int32Array {
  // One slot of slack: the pass writes each index at the next free slot before deciding to keep it.
  const indices = new Int32Array(marked + 1);
  let k = 0;
  const n = Math.min(mask.length, state.length);
  for (let i = 0; i < n; i++) {
    indices[k] = i;
    k += (mask[i] ?? 0) & ~(state[i] ?? 0) & POINT_HIDDEN;
  }
  return indices.slice(0, k);
}
