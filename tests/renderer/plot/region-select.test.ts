import { describe, expect, it } from 'vitest';
import { hitIndex2d, hitIndex3d } from '../../../src/renderer/src/plot/hit-index';
import { pointInPolygon, pointInRect, type PixelRect } from '../../../src/renderer/src/plot/polygon';
import { maskIndices } from '../../../src/renderer/src/plot/region-select';
import { buildSpatialGrid } from '../../../src/renderer/src/plot/spatial-grid';
import { dataToScreen, fitView } from '../../../src/renderer/src/plot/view-math';
import { stateOf } from './point-state';
import { random } from './random';

const size = { width: 640, height: 480 };

/** A random polygon of `n` vertices around (cx, cy): star-like, so concave for most draws. */
function starPolygon(next: () => number, n: number, cx: number, cy: number, radius: number): number[] {
  const points: number[] = [];
  for (let k = 0; k < n; k++) {
    const angle = (k / n) * Math.PI * 2;
    const r = radius * (0.2 + 0.8 * next());
    points.push(cx + r * Math.cos(angle), cy + r * Math.sin(angle));
  }
  return points;
}

/** Vertices in random order: a self-intersecting polygon (even-odd decides what is inside). */
function tangledPolygon(next: () => number, n: number): number[] {
  const points: number[] = [];
  for (let k = 0; k < n; k++) points.push(next() * size.width, next() * size.height);
  return points;
}

/** Two squares that touch at one vertex, walked as one outline (a figure eight through a shared corner). */
function selfTouchingPolygon(x: number, y: number, s: number): number[] {
  return [
    x,
    y,
    x + s,
    y,
    x + s,
    y + s,
    x + 2 * s,
    y + s,
    x + 2 * s,
    y + 2 * s,
    x + s,
    y + 2 * s,
    x + s,
    y + s,
    x,
    y + s,
  ];
}

/** A lasso as the pointer draws it: many short steps along a wobbly loop. */
function lassoPolygon(next: () => number): number[] {
  const points: number[] = [];
  const steps = 400;
  for (let k = 0; k < steps; k++) {
    const angle = (k / steps) * Math.PI * 2;
    const r = 150 + 60 * Math.sin(angle * 5) + 10 * next();
    points.push(320 + r * Math.cos(angle), 240 + r * Math.sin(angle));
  }
  return points;
}

function brute(
  count: number,
  screenOf: (i: number) => [number, number],
  visible: (i: number) => boolean,
  inside: (x: number, y: number) => boolean,
): number[] {
  const found: number[] = [];
  for (let i = 0; i < count; i++) {
    const [x, y] = screenOf(i);
    if (visible(i) && inside(x, y)) found.push(i);
  }
  return found;
}

/** Points on a lattice (so many sit exactly on cell lines and polygon vertices), plus random ones. */
function makeCoords(seed: number, count: number): Float32Array {
  const next = random(seed);
  const coords = new Float32Array(count * 2);
  for (let i = 0; i < count; i++) {
    const onLattice = i % 3 === 0;
    coords[2 * i] = onLattice ? Math.round(next() * 40) - 20 : next() * 40 - 20;
    coords[2 * i + 1] = onLattice ? Math.round(next() * 30) - 15 : next() * 30 - 15;
  }
  return coords;
}

function polygonsFor(seed: number): number[][] {
  const next = random(seed);
  const polygons = [lassoPolygon(next), selfTouchingPolygon(200, 120, 90), selfTouchingPolygon(16, 12, 16)];
  for (let k = 0; k < 8; k++) polygons.push(starPolygon(next, 5 + k * 3, 320, 240, 60 + 25 * k));
  for (let k = 0; k < 6; k++) polygons.push(tangledPolygon(next, 4 + k * 2));
  // Axis-aligned edges on the lattice's own screen lines, and a degenerate sliver.
  polygons.push([0, 0, 320, 0, 320, 240, 0, 240], [100, 100, 300, 100.0001, 100, 100.0002]);
  return polygons;
}

describe('box and lasso selection over grid cells', () => {
  it('selects exactly what pointInPolygon / pointInRect select for every point, in 2D', () => {
    for (const [seed, count] of [
      [1, 20_000],
      [2, 3_000],
      [3, 200],
    ] as const) {
      const coords = makeCoords(seed, count);
      const visible = (i: number): boolean => i % 11 !== 0;
      const view = fitView({ minX: -20, maxX: 20, minY: -15, maxY: 15 }, size, 16);
      const hits = hitIndex2d(buildSpatialGrid(coords, 2), coords, 2, view, size, stateOf(count, visible));
      const screenOf = (i: number): [number, number] =>
        dataToScreen(view, size, coords[2 * i] ?? 0, coords[2 * i + 1] ?? 0);
      for (const polygon of polygonsFor(seed)) {
        const expected = brute(count, screenOf, visible, (x, y) => pointInPolygon(polygon, x, y));
        expect(Array.from(hits.inPolygon(polygon))).toEqual(expected);
      }
      const next = random(seed + 100);
      const rects: PixelRect[] = [{ left: 0, top: 0, right: 320, bottom: 240 }];
      for (let k = 0; k < 10; k++) {
        const [x0, x1] = [next() * size.width, next() * size.width].sort((a, b) => a - b);
        const [y0, y1] = [next() * size.height, next() * size.height].sort((a, b) => a - b);
        rects.push({ left: x0 ?? 0, right: x1 ?? 0, top: y0 ?? 0, bottom: y1 ?? 0 });
      }
      for (const rect of rects) {
        const expected = brute(count, screenOf, visible, (x, y) => pointInRect(rect, x, y));
        expect(Array.from(hits.inRect(rect))).toEqual(expected);
      }
    }
  });

  it('selects exactly what a scan selects over projected 3D points, skipping those not on screen', () => {
    const count = 10_000;
    const next = random(7);
    const screen = new Float32Array(count * 2);
    for (let i = 0; i < count; i++) {
      const missing = i % 13 === 0;
      screen[2 * i] = missing ? NaN : Math.round(next() * size.width * 4) / 4;
      screen[2 * i + 1] = missing ? NaN : Math.round(next() * size.height * 4) / 4;
    }
    const visible = (i: number): boolean => i % 5 !== 0;
    const hits = hitIndex3d({ screen, depth: new Float32Array(count) }, stateOf(count, visible));
    const screenOf = (i: number): [number, number] => [screen[2 * i] ?? NaN, screen[2 * i + 1] ?? NaN];
    for (const polygon of polygonsFor(9)) {
      const expected = brute(count, screenOf, visible, (x, y) => pointInPolygon(polygon, x, y));
      expect(Array.from(hits.inPolygon(polygon))).toEqual(expected);
    }
  });

  it('selects nothing with fewer than three vertices, and lists a mask in ascending order', () => {
    const coords = makeCoords(4, 500);
    const view = fitView({ minX: -20, maxX: 20, minY: -15, maxY: 15 }, size, 16);
    const hits = hitIndex2d(buildSpatialGrid(coords, 2), coords, 2, view, size, new Uint8Array(500));
    expect(hits.inPolygon([10, 10, 600, 400]).length).toBe(0);
    const mask = Uint8Array.from([0, 1, 1, 0, 1, 1]);
    expect(Array.from(maskIndices(mask, new Uint8Array(6), 4))).toEqual([1, 2, 4, 5]);
    // A hidden point (state bit 1) is left out even when marked; other state bits do not matter.
    expect(Array.from(maskIndices(mask, Uint8Array.from([1, 1, 2, 1, 6, 0]), 4))).toEqual([2, 4, 5]);
  });
});
