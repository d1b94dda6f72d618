/**
 * Screen-space hit tests (hover, click, box, lasso) answered through a spatial grid, never by scanning every
 * point. In 2D the grid is over the data and the view maps screen rectangles to data rectangles (the view is
 * a scale and a shift); in 3D it is over the points' projected screen positions, rebuilt when the camera
 * rests. Either way the final test is exact, on each candidate's screen position.
 */
import { pointInPolygon, pointInRect, polygonBounds, type PixelRect, type Polygon } from './polygon';
import type { ProjectedPoints } from './projection-math';
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
  /** Screen position of point `index`. */
  readonly screenOf: (index: number) => [number, number];
  readonly accept: (index: number) => boolean;
}

/** The hit index of a 2D map shown through `view`. */
export function hitIndex2d(
  grid: SpatialGrid,
  coords: Float32Array,
  dims: number,
  view: ViewBounds,
  size: ViewportSize,
  accept: (index: number) => boolean,
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
    screenOf: (index) =>
      dataToScreen(view, size, coords[index * dims] ?? NaN, coords[index * dims + 1] ?? NaN),
    accept,
  });
}

/** The hit index of projected 3D points (NaN positions, behind the camera or hidden, are never hit). */
export function hitIndex3d(projected: ProjectedPoints, accept: (index: number) => boolean): HitIndex {
  const { screen } = projected;
  return makeHitIndex({
    grid: buildSpatialGrid(screen, 2),
    toGridRect: (rect) => [rect.left, rect.top, rect.right, rect.bottom],
    toGridPoint: (px, py) => [px, py],
    gridUnitsPerPx: 1,
    screenOf: (index) => [screen[2 * index] ?? NaN, screen[2 * index + 1] ?? NaN],
    accept,
  });
}

function makeHitIndex(frame: GridFrame): HitIndex {
  const { grid, accept } = frame;
  const collect = (rect: PixelRect, inside: (x: number, y: number) => boolean): Int32Array => {
    const found: number[] = [];
    const [x0, y0, x1, y1] = frame.toGridRect(rect);
    grid.forEachNear(x0, y0, x1, y1, (index) => {
      if (!accept(index)) return;
      const [x, y] = frame.screenOf(index);
      if (inside(x, y)) found.push(index);
    });
    return Int32Array.from(found).sort();
  };
  return {
    nearest: (px, py, radiusPx) => {
      const [x, y] = frame.toGridPoint(px, py);
      return grid.nearest(x, y, radiusPx * frame.gridUnitsPerPx, accept);
    },
    inRect: (rect) => collect(rect, (x, y) => pointInRect(rect, x, y)),
    inPolygon: (polygon) => {
      const bounds = polygonBounds(polygon);
      return bounds === null ? new Int32Array(0) : collect(bounds, (x, y) => pointInPolygon(polygon, x, y));
    },
    coversPoint: (rect, exclude) => {
      const [x0, y0, x1, y1] = frame.toGridRect(rect);
      return grid.anyInRect(x0, y0, x1, y1, exclude, accept);
    },
  };
}
