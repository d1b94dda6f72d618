/**
 * A uniform grid over the 2D coordinates of a map, built once per result, so hover and label placement ask
 * "which points are near here?" without scanning every point. Stored as flat typed arrays (a counting sort of
 * point indices by cell), never one object per point.
 */

/** Average points per cell: few enough that a query checks a handful, enough that empty cells stay rare. */
const TARGET_POINTS_PER_CELL = 4;
/** Cells per axis at most: 2048² cells of Int32 offsets is 16 MiB, the most we want to spend on an index. */
const MAX_CELLS_PER_AXIS = 2048;

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

interface GridShape {
  readonly minX: number;
  readonly minY: number;
  readonly cellSize: number;
  readonly cellsX: number;
  readonly cellsY: number;
}

function gridShape(coords: Float32Array, dims: number, count: number): GridShape {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < count; i++) {
    const x = coords[i * dims] ?? NaN;
    const y = coords[i * dims + 1] ?? NaN;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  if (!(minX <= maxX)) return { minX: 0, minY: 0, cellSize: 1, cellsX: 1, cellsY: 1 };
  const spanX = Math.max(maxX - minX, 1e-12);
  const spanY = Math.max(maxY - minY, 1e-12);
  const cells = Math.max(1, count / TARGET_POINTS_PER_CELL);
  const cellSize = Math.max(
    Math.sqrt((spanX * spanY) / cells),
    spanX / MAX_CELLS_PER_AXIS,
    spanY / MAX_CELLS_PER_AXIS,
  );
  return {
    minX,
    minY,
    cellSize,
    cellsX: Math.min(MAX_CELLS_PER_AXIS, Math.floor(spanX / cellSize) + 1),
    cellsY: Math.min(MAX_CELLS_PER_AXIS, Math.floor(spanY / cellSize) + 1),
  };
}

/**
 * Builds the grid over the first two values of each point in row-major `coords` (`dims` values per point).
 * Points with a non-finite coordinate are left out of every query.
 */
export function buildSpatialGrid(coords: Float32Array, dims: number): SpatialGrid {
  const count = Math.floor(coords.length / dims);
  const shape = gridShape(coords, dims, count);
  const { minX, minY, cellSize, cellsX, cellsY } = shape;
  const cellOf = (x: number, y: number): number => {
    const cx = Math.min(cellsX - 1, Math.max(0, Math.floor((x - minX) / cellSize)));
    const cy = Math.min(cellsY - 1, Math.max(0, Math.floor((y - minY) / cellSize)));
    return cy * cellsX + cx;
  };
  const pointCell = new Int32Array(count).fill(-1);
  const cellStart = new Int32Array(cellsX * cellsY + 1);
  for (let i = 0; i < count; i++) {
    const x = coords[i * dims] ?? NaN;
    const y = coords[i * dims + 1] ?? NaN;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    const cell = cellOf(x, y);
    pointCell[i] = cell;
    cellStart[cell + 1] = (cellStart[cell + 1] ?? 0) + 1;
  }
  for (let c = 0; c < cellsX * cellsY; c++) cellStart[c + 1] = (cellStart[c + 1] ?? 0) + (cellStart[c] ?? 0);
  const fill = cellStart.slice(0, cellsX * cellsY);
  const items = new Int32Array(cellStart[cellsX * cellsY] ?? 0);
  for (let i = 0; i < count; i++) {
    const cell = pointCell[i] ?? -1;
    if (cell < 0) continue;
    const slot = fill[cell] ?? 0;
    items[slot] = i;
    fill[cell] = slot + 1;
  }
  return makeQueries(coords, dims, shape, cellStart, items);
}

function makeQueries(
  coords: Float32Array,
  dims: number,
  shape: GridShape,
  cellStart: Int32Array,
  items: Int32Array,
): SpatialGrid {
  const { minX, minY, cellSize, cellsX, cellsY } = shape;
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
  const count = Math.floor(coords.length / dims);
  return {
    cells: { ...shape, cellStart, items, count },
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
