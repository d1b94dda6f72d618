import { describe, expect, it } from 'vitest';
import {
  pointInPolygon,
  pointInRect,
  polygonBounds,
  rectFromCorners,
} from '../../../src/renderer/src/plot/polygon';

const square = [0, 0, 10, 0, 10, 10, 0, 10];
// A "C" shape: the notch between x 3..10, y 3..7 is outside.
const notched = [0, 0, 10, 0, 10, 3, 3, 3, 3, 7, 10, 7, 10, 10, 0, 10];

describe('pointInPolygon', () => {
  it('answers inside and outside a square', () => {
    expect(pointInPolygon(square, 5, 5)).toBe(true);
    expect(pointInPolygon(square, 11, 5)).toBe(false);
    expect(pointInPolygon(square, -0.1, 5)).toBe(false);
  });

  it('is exact for a concave polygon, not its bounding box', () => {
    expect(pointInPolygon(notched, 1, 5)).toBe(true);
    expect(pointInPolygon(notched, 6, 5)).toBe(false);
    expect(pointInPolygon(notched, 6, 1)).toBe(true);
    expect(pointInPolygon(notched, 6, 9)).toBe(true);
  });

  it('does not depend on the winding direction or the starting vertex', () => {
    const reversed: number[] = [];
    for (let i = notched.length - 2; i >= 0; i -= 2) reversed.push(notched[i] ?? 0, notched[i + 1] ?? 0);
    const rotated = [...notched.slice(4), ...notched.slice(0, 4)];
    for (const [x, y] of [
      [1, 5],
      [6, 5],
      [6, 1],
      [9.9, 9.9],
      [3.1, 5],
    ] as const) {
      expect(pointInPolygon(reversed, x, y)).toBe(pointInPolygon(notched, x, y));
      expect(pointInPolygon(rotated, x, y)).toBe(pointInPolygon(notched, x, y));
    }
  });

  it('uses the even-odd rule for a self-crossing lasso (a bow tie)', () => {
    const bowTie = [0, 0, 10, 10, 10, 0, 0, 10];
    expect(pointInPolygon(bowTie, 2, 5)).toBe(true);
    expect(pointInPolygon(bowTie, 8, 5)).toBe(true);
    expect(pointInPolygon(bowTie, 5, 1)).toBe(false);
  });

  it('counts a ray through a vertex once', () => {
    const diamond = [5, 0, 10, 5, 5, 10, 0, 5];
    expect(pointInPolygon(diamond, 2, 5)).toBe(true);
    expect(pointInPolygon(diamond, -1, 5)).toBe(false);
  });

  it('encloses nothing with fewer than three vertices', () => {
    expect(pointInPolygon([0, 0, 10, 10], 5, 5)).toBe(false);
    expect(pointInPolygon([], 0, 0)).toBe(false);
  });
});

describe('rectangles', () => {
  it('normalises drag corners in any order and tests the closed box', () => {
    const rect = rectFromCorners(10, 20, 0, 5);
    expect(rect).toEqual({ left: 0, right: 10, top: 5, bottom: 20 });
    expect(pointInRect(rect, 0, 5)).toBe(true);
    expect(pointInRect(rect, 10, 20)).toBe(true);
    expect(pointInRect(rect, 10.01, 20)).toBe(false);
  });

  it('bounds a polygon', () => {
    expect(polygonBounds(notched)).toEqual({ left: 0, top: 0, right: 10, bottom: 10 });
    expect(polygonBounds([])).toBeNull();
  });
});
