/**
 * Label candidates of a 2D map drawn from its hit grid (see spatial-grid): only the cells that intersect the
 * viewport are looked at (for a wide view, blocks of them), and each offers a bounded number of points, so
 * the cost follows what is on screen, never the size of the map.
 *
 * Priority is the point index, as before: lower indices win the collision test. A cell lists its points in
 * ascending index order, so its first visible points are its highest-priority ones; when the view holds more
 * cells than the budget, cells are grouped into square blocks of a power-of-two side aligned to the grid (not
 * to the view; see cell-min-pyramid) and each block offers its lowest visible index. Zooming in splits a
 * block into quarters and that point stays its quarter's best, so a label seen from afar keeps its place as
 * the user zooms in; a pan never changes which point a block offers.
 */
import { minPyramid, type MinLevel } from './cell-min-pyramid';
import { MAX_CANDIDATES, type LabelCandidates } from './label-candidates';
import type { GridCells } from './spatial-grid';
import type { ViewBounds, ViewportSize } from './view-math';

/**
 * Points looked at per point offered, at most, when a cell's first points are hidden or off screen: a cell
 * whose first few are all hidden offers nothing rather than costing a scan of a hidden cluster.
 */
const LOOKED_PER_PICK = 8;
/** Levels a block whose lowest point is hidden looks down: 2 is its 16 sixteenths. */
const SEARCH_DEPTH = 2;

/** The visible points of a 2D map, and how one is placed on screen. */
export interface GridCandidateSource {
  readonly cells: GridCells;
  readonly coords: Float32Array;
  readonly dims: number;
  readonly view: ViewBounds;
  readonly size: ViewportSize;
  /** Whether point `index` is drawn (hidden points get no label). */
  readonly accept: (index: number) => boolean;
}

/**
 * The points inside the viewport, ascending by index: all of them when the visible cells hold at most
 * {@link MAX_CANDIDATES} points, else at most about that many, spread over the screen as described above.
 */
export function gridCandidates2d(source: GridCandidateSource): LabelCandidates {
  const { cells, view } = source;
  const { minX, minY, cellSize, cellsX, cellsY, cellStart } = cells;
  const cellOf = (value: number, origin: number, last: number): number =>
    Math.min(last, Math.max(0, Math.floor((value - origin) / cellSize)));
  const range = {
    cx0: cellOf(view.left, minX, cellsX - 1),
    cx1: cellOf(view.right, minX, cellsX - 1),
    cy0: cellOf(view.bottom, minY, cellsY - 1),
    cy1: cellOf(view.top, minY, cellsY - 1),
  };
  const screen = screenMapping(source);
  const eligible = (index: number): boolean => screen.inside(index) && source.accept(index);
  const visibleCells = (range.cx1 - range.cx0 + 1) * (range.cy1 - range.cy0 + 1);
  let listed = 0;
  for (let cy = range.cy0; cy <= range.cy1; cy++) {
    const row = cy * cellsX;
    listed += (cellStart[row + range.cx1 + 1] ?? 0) - (cellStart[row + range.cx0] ?? 0);
  }
  const picked: number[] = [];
  if (listed <= MAX_CANDIDATES) {
    // Few enough to offer every visible point: a small map (or a deep zoom) gets all its labels.
    forEachCell(range, cellsX, (cell) => {
      takeFirst(cells, cell, Infinity, Infinity, eligible, picked);
    });
  } else if (visibleCells <= MAX_CANDIDATES) {
    const perCell = Math.max(1, Math.floor(MAX_CANDIDATES / visibleCells));
    forEachCell(range, cellsX, (cell) => {
      takeFirst(cells, cell, perCell, perCell * LOOKED_PER_PICK, eligible, picked);
    });
  } else {
    // Blocks of a power-of-two side, so that each is one entry of the min pyramid.
    const levels = minPyramid(cells);
    const level = Math.ceil(Math.log2(Math.sqrt(visibleCells / MAX_CANDIDATES)));
    pickPerBlock(range, levels, Math.min(levels.length - 1, level), eligible, picked);
  }
  picked.sort((a, b) => a - b);
  const indices = Int32Array.from(picked);
  const positions = new Float32Array(indices.length * 2);
  indices.forEach((index, k) => {
    positions[2 * k] = screen.x(index);
    positions[2 * k + 1] = screen.y(index);
  });
  return { indices, positions };
}

/** An inclusive range of grid cells. */
interface CellRange {
  readonly cx0: number;
  readonly cx1: number;
  readonly cy0: number;
  readonly cy1: number;
}

/** The same mapping as dataToScreen, unrolled: it runs for every point looked at. */
function screenMapping(source: GridCandidateSource): {
  x: (index: number) => number;
  y: (index: number) => number;
  inside: (index: number) => boolean;
} {
  const { coords, dims, view, size } = source;
  const scaleX = size.width / (view.right - view.left);
  const scaleY = size.height / (view.top - view.bottom);
  const x = (index: number): number => ((coords[index * dims] ?? NaN) - view.left) * scaleX;
  const y = (index: number): number => (view.top - (coords[index * dims + 1] ?? NaN)) * scaleY;
  return {
    x,
    y,
    inside: (index) => {
      const px = x(index);
      const py = y(index);
      return px >= 0 && px <= size.width && py >= 0 && py <= size.height;
    },
  };
}

function forEachCell(range: CellRange, cellsX: number, visit: (cell: number) => void): void {
  for (let cy = range.cy0; cy <= range.cy1; cy++)
    for (let cx = range.cx0; cx <= range.cx1; cx++) visit(cy * cellsX + cx);
}

/**
 * Appends the first `limit` eligible points of `cell` (its lowest eligible indices) to `out`, looking at no
 * more than `looked` of its points: a dense cell of hidden points must not cost a scan of all of them.
 */
function takeFirst(
  cells: GridCells,
  cell: number,
  limit: number,
  looked: number,
  eligible: (index: number) => boolean,
  out: number[],
): void {
  const start = cells.cellStart[cell] ?? 0;
  const end = Math.min(cells.cellStart[cell + 1] ?? 0, start + looked);
  let taken = 0;
  for (let slot = start; slot < end && taken < limit; slot++) {
    const index = cells.items[slot] ?? 0;
    if (!eligible(index)) continue;
    out.push(index);
    taken++;
  }
}

/**
 * The lowest eligible index of each block of `levels[level]` (aligned to the grid) that meets `range`: one
 * look per block. A block whose lowest point is hidden or off screen offers the lowest shown one among its
 * quarters' quarters (up to 16 more looks): a hidden cluster costs a few looks per block, not one per point.
 */
function pickPerBlock(
  range: CellRange,
  levels: readonly MinLevel[],
  level: number,
  eligible: (index: number) => boolean,
  out: number[],
): void {
  const blocks = levels[level];
  const parts = levels[Math.max(0, level - SEARCH_DEPTH)];
  if (blocks === undefined || parts === undefined) return;
  const { side, blocksX, lowest } = blocks;
  const across = side / parts.side;
  const inRange = (lo: number, hi: number, part: number): boolean =>
    (part + 1) * parts.side > lo && part * parts.side <= hi;
  for (let by = Math.floor(range.cy0 / side); by <= Math.floor(range.cy1 / side); by++) {
    for (let bx = Math.floor(range.cx0 / side); bx <= Math.floor(range.cx1 / side); bx++) {
      const index = lowest[by * blocksX + bx] ?? -1;
      if (index < 0) continue;
      if (eligible(index)) {
        out.push(index);
        continue;
      }
      let best = -1;
      for (let py = by * across; py < (by + 1) * across && py < parts.blocksY; py++) {
        if (!inRange(range.cy0, range.cy1, py)) continue;
        for (let px = bx * across; px < (bx + 1) * across && px < parts.blocksX; px++) {
          if (!inRange(range.cx0, range.cx1, px)) continue;
          const part = parts.lowest[py * parts.blocksX + px] ?? -1;
          if (part >= 0 && (best < 0 || part < best) && eligible(part)) best = part;
        }
      }
      if (best >= 0) out.push(best);
    }
  }
}
