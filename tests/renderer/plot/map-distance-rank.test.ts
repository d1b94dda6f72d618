import { describe, expect, it } from 'vitest';
import { isFarOnMap, mapRanks } from '../../../src/renderer/src/plot/map-distance-rank';

describe('map ranks of neighbours', () => {
  // Points on a line at x = 0, 1, 2, …, 29; the source is the first.
  const coords = Float32Array.from({ length: 60 }, (_unused, i) => (i % 2 === 0 ? i / 2 : 0));

  it('counts the points strictly closer to the source on the map', () => {
    expect(Array.from(mapRanks(coords, 2, 0, [1, 5, 29]))).toEqual([0, 4, 28]);
  });

  it('is the same under rotation and translation of the map', () => {
    const moved = new Float32Array(coords.length);
    for (let i = 0; i < coords.length; i += 2) {
      const [x, y] = [coords[i] ?? 0, coords[i + 1] ?? 0];
      moved[i] = 0.6 * x - 0.8 * y + 7;
      moved[i + 1] = 0.8 * x + 0.6 * y - 3;
    }
    expect(Array.from(mapRanks(moved, 2, 0, [1, 5, 29]))).toEqual([0, 4, 28]);
  });

  it('marks a neighbour far only beyond a few times k (and never among the first ten)', () => {
    expect(isFarOnMap(9, 1)).toBe(false);
    expect(isFarOnMap(10, 1)).toBe(true);
    expect(isFarOnMap(29, 10)).toBe(false);
    expect(isFarOnMap(30, 10)).toBe(true);
  });
});
