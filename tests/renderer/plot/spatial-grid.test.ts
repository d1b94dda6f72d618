import { describe, expect, it } from 'vitest';
import { buildSpatialGrid } from '../../../src/renderer/src/plot/spatial-grid';

/** Deterministic pseudo-random numbers (mulberry32), so failures reproduce. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomCoords(count: number, dims: number, seed: number): Float32Array {
  const next = random(seed);
  const coords = new Float32Array(count * dims);
  for (let i = 0; i < coords.length; i++) coords[i] = (next() - 0.5) * 20;
  return coords;
}

function bruteNearest(coords: Float32Array, dims: number, x: number, y: number, max: number): number {
  let best = -1;
  let bestDistance = max * max;
  for (let i = 0; i < coords.length / dims; i++) {
    const dx = (coords[i * dims] ?? NaN) - x;
    const dy = (coords[i * dims + 1] ?? NaN) - y;
    const distance = dx * dx + dy * dy;
    if (distance < bestDistance || (distance === bestDistance && i > best)) {
      best = i;
      bestDistance = distance;
    }
  }
  return best;
}

describe('buildSpatialGrid', () => {
  it('finds the same nearest point as a linear scan, for many queries and radii', () => {
    for (const dims of [2, 3]) {
      const coords = randomCoords(2000, dims, 7 + dims);
      const grid = buildSpatialGrid(coords, dims);
      const next = random(99);
      for (let q = 0; q < 500; q++) {
        const x = (next() - 0.5) * 24;
        const y = (next() - 0.5) * 24;
        const radius = next() * 2;
        expect(grid.nearest(x, y, radius)).toBe(bruteNearest(coords, dims, x, y, radius));
      }
    }
  });

  it('returns -1 when nothing is within reach, and prefers the later of two equal points', () => {
    const grid = buildSpatialGrid(new Float32Array([0, 0, 5, 5, 5, 5]), 2);
    expect(grid.nearest(2.5, 2.5, 1)).toBe(-1);
    expect(grid.nearest(5.1, 5, 1)).toBe(2);
    expect(grid.nearest(0.2, 0, 1)).toBe(0);
  });

  it('answers rectangle queries like a linear scan, excluding the given point', () => {
    const coords = randomCoords(1500, 2, 3);
    const grid = buildSpatialGrid(coords, 2);
    const next = random(5);
    for (let q = 0; q < 300; q++) {
      const x0 = (next() - 0.5) * 22;
      const y0 = (next() - 0.5) * 22;
      const x1 = x0 + next() * 1.5;
      const y1 = y0 + next() * 0.5;
      const exclude = Math.floor(next() * 1500);
      let expected = false;
      for (let i = 0; i < 1500 && !expected; i++) {
        const px = coords[2 * i] ?? NaN;
        const py = coords[2 * i + 1] ?? NaN;
        expected = i !== exclude && px >= x0 && px <= x1 && py >= y0 && py <= y1;
      }
      expect(grid.anyInRect(x0, y0, x1, y1, exclude)).toBe(expected);
    }
  });

  it('handles empty data, one point, identical points and non-finite coordinates', () => {
    expect(buildSpatialGrid(new Float32Array(0), 2).nearest(0, 0, 10)).toBe(-1);
    expect(buildSpatialGrid(new Float32Array([1, 1]), 2).nearest(0, 0, 10)).toBe(0);
    const same = buildSpatialGrid(new Float32Array([2, 2, 2, 2, 2, 2]), 2);
    expect(same.nearest(2, 2, 0.1)).toBe(2);
    expect(same.anyInRect(1, 1, 3, 3, 2)).toBe(true);
    const holes = buildSpatialGrid(new Float32Array([NaN, 0, 1, Infinity, 3, 3]), 2);
    expect(holes.nearest(0, 0, 100)).toBe(2);
    expect(holes.anyInRect(-10, -10, 10, 10, 2)).toBe(false);
  });
});
