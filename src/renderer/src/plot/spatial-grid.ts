/**
 * A uniform grid over the 2D coordinates of a map, built once per result, so hover and label placement ask
 * "which points are near here?" without scanning every point. Stored as flat typed arrays (a counting sort of
 * point indices by cell), never one object per point.
 */
import { GridCellsBuild } from './grid-cells-build';

/**
 * The grid's layout, for queries that walk whole cells (box and lasso selection): cell (cx, cy) covers
 * `[minX + cx·cellSize, minX + (cx + 1)·cellSize]` × the same in y, and holds the point indices
 * `items[cellStart[c] … cellStart[c + 1])` with `c = cy·cellsX + cx`.
 */
export interface GridCells {
  readonly minX: number;
  readonly minY: number;
  readonly cellSize: number;
  readonly cellsX: number;
  readonly cellsY: number;
  readonly cellStart: Int32Array;
  readonly items: Int32Array;
  /** How many points the grid was built over (including those left out for a non-finite coordinate). */
  readonly count: number;
}

/** Read-only queries over a built grid. */
export interface SpatialGrid {
  /** The cells themselves, for callers that classify whole cells at once. */
  readonly cells: GridCells;
  /**
   * The index of the point nearest to (x, y) within `maxDistance` (data units) that `accept` allows (all
   * when absent), or -1. Ties go to the later (drawn on top) point.
   */
  nearest(x: number, y: number, maxDistance: number, accept?: (index: number) => boolean): number;
  /** Whether any accepted point other than `exclude` lies inside the closed rectangle (data units). */
  anyInRect(
    minX: number,
    minY: number,
    maxX: number,
    maxY: number,
    exclude: number,
    accept?: (index: number) => boolean,
  ): boolean;
  /** Calls `visit` for every point in the cells that overlap the rectangle: a superset of the points inside it. */
  forEachNear(minX: number, minY: number, maxX: number, maxY: number, visit: (index: number) => void): void;
}

/**
 * Builds the grid over the first two values of each point in row-major `coords` (`dims` values per point), in
 * one go. Points with a non-finite coordinate are left out of every query.
 */
export function buildSpatialGrid(coords: Float32Array, dims: number): SpatialGrid {
  return spatialGridOf(coords, dims, new GridCellsBuild(coords, dims).finish());
}

/** The queries over `cells` built (perhaps in slices, see grid-cells-build) from the same `coords`. */
export function spatialGridOf(coords: Float32Array, dims: number, cells: GridCells): SpatialGrid {
  const { minX, minY, cellSize, cellsX, cellsY, cellStart, items } = cells;
  const clampX = (x: number): number => Math.min(cellsX - 1, Math.max(0, Math.floor((x - minX) / cellSize)));
  const clampY = (y: number): number => Math.min(cellsY - 1, Math.max(0, Math.floor((y - minY) / cellSize)));
  /** Calls `visit` for each point in the cells overlapping the rectangle; stops when it returns true. */
  const scan = (x0: number, y0: number, x1: number, y1: number, visit: (index: number) => boolean): void => {
    if (items.length === 0 || !(x0 <= x1 && y0 <= y1)) return;
    const cx1 = clampX(x1);
    const cy1 = clampY(y1);
    for (let cy = clampY(y0); cy <= cy1; cy++) {
      for (let cx = clampX(x0); cx <= cx1; cx++) {
        const cell = cy * cellsX + cx;
        const end = cellStart[cell + 1] ?? 0;
        for (let slot = cellStart[cell] ?? 0; slot < end; slot++) {
          if (visit(items[slot] ?? 0)) return;
        }
      }
    }
  };
  return {
    cells,
    nearest(x, y, maxDistance, accept) {
      let best = -1;
      let bestDistance = maxDistance * maxDistance;
      scan(x - maxDistance, y - maxDistance, x + maxDistance, y + maxDistance, (index) => {
        if (accept !== undefined && !accept(index)) return false;
        const dx = (coords[index * dims] ?? NaN) - x;
        const dy = (coords[index * dims + 1] ?? NaN) - y;
        const distance = dx * dx + dy * dy;
        if (distance < bestDistance || (distance === bestDistance && index > best)) {
          best = index;
          bestDistance = distance;
        }
        return false;
      });
      return best;
    },
    anyInRect(x0, y0, x1, y1, exclude, accept) {
      let found = false;
      scan(x0, y0, x1, y1, (index) => {
        if (index === exclude || (accept !== undefined && !accept(index))) return false;
        const px = coords[index * dims] ?? NaN;
        const py = coords[index * dims + 1] ?? NaN;
        found = px >= x0 && px <= x1 && py >= y0 && py <= y1;
        return found;
      });
      return found;
    },
    forEachNear(x0, y0, x1, y1, visit) {
      scan(x0, y0, x1, y1, (index) => {
        visit(index);
        return false;
      });
    },
  };
}
