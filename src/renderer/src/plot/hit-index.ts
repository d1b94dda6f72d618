/**
 * Screen-space hit tests (hover, click, box, lasso) answered through a spatial grid, never by scanning every
 * point. In 2D the grid is over the data and the view maps screen rectangles to data rectangles (the view is
 * a scale and a shift); in 3D it is over the points' projected screen positions, rebuilt when the camera
 * rests. Either way the final test is exact, on each candidate's screen position.
 */
import { isVisible } from './point-flags';
import type { PixelRect, Polygon } from './polygon';
import type { ProjectedPoints } from './projection-math';
import { markInPolygon, markInRect, maskIndices, type CellScreenMap } from './region-select';
import { buildSpatialGrid, type SpatialGrid } from './spatial-grid';
import { dataToScreen, screenToData, unitsPerPixel, type ViewBounds, type ViewportSize } from './view-math';

/** Hit tests in CSS pixels of the plot, over the points that are drawn. */
export interface HitIndex {
  /** The drawn point nearest to (px, py) within `radiusPx`, or -1. */
  nearest(px: number, py: number, radiusPx: number): number;
  /** Drawn points whose centre is inside `rect`, ascending. */
  inRect(rect: PixelRect): Int32Array;
  /** Drawn points whose centre is inside `polygon` (even-odd rule), ascending. */
  inPolygon(polygon: Polygon): Int32Array;
  /** Whether a drawn point other than `exclude` has its centre inside `rect` (labels must not cover one). */
  coversPoint(rect: PixelRect, exclude: number): boolean;
}

/** How a grid's units relate to the screen. */
interface GridFrame {
  readonly grid: SpatialGrid;
  /** The grid-space rectangle `[x0, y0, x1, y1]` covering a screen rectangle. */
  readonly toGridRect: (rect: PixelRect) => [number, number, number, number];
  readonly toGridPoint: (px: number, py: number) => [number, number];
  readonly gridUnitsPerPx: number;
  /** Grid cells and points to screen positions, for box and lasso selection. */
  readonly map: CellScreenMap;
  /** The point state bytes (see point-flags): hidden points are never hit. */
  readonly state: Uint8Array;
}

/** The hit index of a 2D map shown through `view`; points that `state` hides are never hit. */
export function hitIndex2d(
  grid: SpatialGrid,
  coords: Float32Array,
  dims: number,
  view: ViewBounds,
  size: ViewportSize,
  state: Uint8Array,
): HitIndex {
  return makeHitIndex({
    grid,
    toGridRect: (rect) => {
      const [x0, y0] = screenToData(view, size, rect.left, rect.bottom);
      const [x1, y1] = screenToData(view, size, rect.right, rect.top);
      return [x0, y0, x1, y1];
    },
    toGridPoint: (px, py) => screenToData(view, size, px, py),
    gridUnitsPerPx: unitsPerPixel(view, size),
    map: screenMap2d(coords, dims, view, size),
    state,
  });
}

/** The affine grid-to-screen mapping of a 2D view, and each point's screen position as dataToScreen has it. */
function screenMap2d(
  coords: Float32Array,
  dims: number,
  view: ViewBounds,
  size: ViewportSize,
): CellScreenMap {
  const [bx, by] = dataToScreen(view, size, 0, 0);
  const [x1, y1] = dataToScreen(view, size, 1, 1);
  const spanX = view.right - view.left;
  const spanY = view.top - view.bottom;
  return {
    ax: x1 - bx,
    bx,
    ay: y1 - by,
    by,
    // The arithmetic of dataToScreen, inlined: a lasso may test many boundary points.
    screenX: (index) => (((coords[index * dims] ?? NaN) - view.left) / spanX) * size.width,
    screenY: (index) => ((view.top - (coords[index * dims + 1] ?? NaN)) / spanY) * size.height,
  };
}

/**
 * The hit index of projected 3D points (NaN positions, behind the camera, are never hit; nor are points that
 * `state` hides); `grid` is the grid over their screen positions, when it was built already (in slices).
 */
export function hitIndex3d(
  projected: ProjectedPoints,
  state: Uint8Array,
  grid: SpatialGrid = buildSpatialGrid(projected.screen, 2),
): HitIndex {
  const { screen } = projected;
  return makeHitIndex({
    grid,
    toGridRect: (rect) => [rect.left, rect.top, rect.right, rect.bottom],
    toGridPoint: (px, py) => [px, py],
    gridUnitsPerPx: 1,
    map: {
      ax: 1,
      bx: 0,
      ay: 1,
      by: 0,
      screenX: (index) => screen[2 * index] ?? NaN,
      screenY: (index) => screen[2 * index + 1] ?? NaN,
    },
    state,
  });
}

function makeHitIndex(frame: GridFrame): HitIndex {
  const { grid, state, map } = frame;
  const { cells } = grid;
  const accept = (index: number): boolean => isVisible(state, index);
  // One byte per point, allocated on the first selection and cleared after each: a lasso at a million points
  // does not allocate (and later collect) a 1 MB mask every time.
  let scratch: Uint8Array | null = null;
  const select = (mark: (mask: Uint8Array) => number): Int32Array => {
    scratch ??= new Uint8Array(cells.count);
    const mask = scratch;
    try {
      return maskIndices(mask, state, mark(mask));
    } finally {
      mask.fill(0);
    }
  };
  return {
    nearest: (px, py, radiusPx) => {
      const [x, y] = frame.toGridPoint(px, py);
      return grid.nearest(x, y, radiusPx * frame.gridUnitsPerPx, accept);
    },
    inRect: (rect) => select((mask) => markInRect(cells, map, rect, mask)),
    inPolygon: (polygon) => select((mask) => markInPolygon(cells, map, polygon, mask)),
    coversPoint: (rect, exclude) => {
      const [x0, y0, x1, y1] = frame.toGridRect(rect);
      return grid.anyInRect(x0, y0, x1, y1, exclude, accept);
    },
  };
}
