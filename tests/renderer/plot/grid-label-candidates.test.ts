import { describe, expect, it } from 'vitest';
import { gridCandidates2d } from '../../../src/renderer/src/plot/grid-label-candidates';
import { MAX_CANDIDATES } from '../../../src/renderer/src/plot/label-candidates';
import { buildSpatialGrid } from '../../../src/renderer/src/plot/spatial-grid';
import { dataToScreen, type ViewBounds } from '../../../src/renderer/src/plot/view-math';
import { random } from './random';

const size = { width: 1000, height: 700 };
/** The whole of [-1, 1]² with some room, at the plot's aspect ratio. */
const FIT: ViewBounds = { left: -1.6, right: 1.6, bottom: -1.12, top: 1.12 };

/** `count` points in clustered blobs over [-1, 1]² (like a map), seeded. */
function blobs(count: number, seed: number): Float32Array {
  const next = random(seed);
  const coords = new Float32Array(count * 2);
  for (let i = 0; i < count; i++) {
    const angle = ((i % 7) / 7) * Math.PI * 2;
    const spread = 0.25 * Math.sqrt(-2 * Math.log(next() + 1e-12));
    const theta = next() * Math.PI * 2;
    coords[2 * i] = Math.max(-1, Math.min(1, 0.6 * Math.cos(angle) + spread * Math.cos(theta)));
    coords[2 * i + 1] = Math.max(-1, Math.min(1, 0.6 * Math.sin(angle) + spread * Math.sin(theta)));
  }
  return coords;
}

/** The indices of the points drawn inside `view` and accepted, ascending (what a full scan finds). */
function visibleByScan(coords: Float32Array, view: ViewBounds, accept: (i: number) => boolean): number[] {
  const found: number[] = [];
  for (let i = 0; i < coords.length / 2; i++) {
    const [x, y] = dataToScreen(view, size, coords[2 * i] ?? NaN, coords[2 * i + 1] ?? NaN);
    if (x >= 0 && x <= size.width && y >= 0 && y <= size.height && accept(i)) found.push(i);
  }
  return found;
}

function candidates(coords: Float32Array, view: ViewBounds, accept: (i: number) => boolean) {
  const cells = buildSpatialGrid(coords, 2).cells;
  return gridCandidates2d({ cells, coords, dims: 2, view, size, accept });
}

describe('label candidates from the hit grid', () => {
  it('offers every visible point of a small map, in index order, with its screen position', () => {
    const coords = blobs(3000, 1);
    coords[10] = NaN;
    const view: ViewBounds = { left: -0.9, right: 0.5, bottom: -0.6, top: 0.38 };
    const accept = (i: number): boolean => i % 5 !== 2;
    const { indices, positions } = candidates(coords, view, accept);
    expect(Array.from(indices)).toEqual(visibleByScan(coords, view, accept));
    expect(indices.length).toBeGreaterThan(100);
    indices.forEach((i, k) => {
      const [x, y] = dataToScreen(view, size, coords[2 * i] ?? NaN, coords[2 * i + 1] ?? NaN);
      expect(positions[2 * k]).toBeCloseTo(x, 3);
      expect(positions[2 * k + 1]).toBeCloseTo(y, 3);
    });
  });

  it('offers a bounded, screen-covering subset of a large map, lowest index first', () => {
    const count = 300_000;
    const coords = blobs(count, 2);
    const accept = (i: number): boolean => i % 12 !== 0;
    let asked = 0;
    const counted = (i: number): boolean => {
      asked++;
      return accept(i);
    };
    const { indices, positions } = candidates(coords, FIT, counted);
    expect(indices.length).toBeLessThanOrEqual(MAX_CANDIDATES);
    expect(indices.length).toBeGreaterThan(MAX_CANDIDATES / 4);
    // The cost follows the cells on screen, not the points: most points are never looked at.
    expect(asked).toBeLessThan(count / 3);
    const visible = visibleByScan(coords, FIT, accept);
    const visibleSet = new Set(visible);
    for (let k = 1; k < indices.length; k++) expect(indices[k] ?? 0).toBeGreaterThan(indices[k - 1] ?? 0);
    expect(Array.from(indices).filter((i) => !visibleSet.has(i))).toEqual([]);
    // The highest-priority visible point is always offered.
    expect(indices[0]).toBe(visible[0]);
    // Every 50 px square of the screen that shows a point offers a candidate.
    const TILE = 50;
    const tileOf = (x: number, y: number): number => Math.floor(y / TILE) * 100 + Math.floor(x / TILE);
    const offered = new Set<number>();
    indices.forEach((_, k) => offered.add(tileOf(positions[2 * k] ?? 0, positions[2 * k + 1] ?? 0)));
    const uncovered = new Set<number>();
    for (const i of visible) {
      const [x, y] = dataToScreen(FIT, size, coords[2 * i] ?? NaN, coords[2 * i + 1] ?? NaN);
      if (!offered.has(tileOf(x, y))) uncovered.add(tileOf(x, y));
    }
    expect([...uncovered]).toEqual([]);
  });

  it('keeps a point offered as the view zooms in around it', () => {
    const coords = blobs(200_000, 3);
    const accept = (): boolean => true;
    const wide = candidates(coords, FIT, accept).indices;
    const target = wide[Math.floor(wide.length / 2)] ?? 0;
    const x = coords[2 * target] ?? 0;
    const y = coords[2 * target + 1] ?? 0;
    for (const half of [0.8, 0.4, 0.1, 0.02]) {
      const view = { left: x - half, right: x + half, bottom: y - half * 0.7, top: y + half * 0.7 };
      expect(Array.from(candidates(coords, view, accept).indices)).toContain(target);
    }
  });

  it('offers many points of a deep zoom into a dense cell, the lowest indices of each cell', () => {
    const coords = blobs(60_000, 4);
    // Two outliers stretch the grid, so the whole blob falls into a handful of huge cells.
    coords.set([-100, -100, 100, 100], 0);
    const { indices } = candidates(coords, FIT, () => true);
    expect(indices.length).toBeLessThanOrEqual(MAX_CANDIDATES);
    expect(indices.length).toBeGreaterThan(MAX_CANDIDATES / 4);
    expect(indices[0]).toBe(visibleByScan(coords, FIT, () => true)[0]);
  });

  it('offers nothing for a view beside the data', () => {
    const coords = blobs(50_000, 5);
    const view = { left: 5, right: 8, bottom: 5, top: 7 };
    expect(candidates(coords, view, () => true).indices.length).toBe(0);
  });
});
