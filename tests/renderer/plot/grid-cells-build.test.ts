import { describe, expect, it } from 'vitest';
import { GridCellsBuild } from '../../../src/renderer/src/plot/grid-cells-build';
import { spatialGridOf } from '../../../src/renderer/src/plot/spatial-grid';
import { random } from './random';

function randomCoords(count: number, dims: number, seed: number): Float32Array {
  const next = random(seed);
  const coords = new Float32Array(count * dims);
  for (let i = 0; i < coords.length; i++) coords[i] = (next() - 0.5) * 20;
  coords[3 * dims] = NaN;
  return coords;
}

describe('GridCellsBuild', () => {
  it('gives the same cells in small slices as in one go, and none before the last slice', () => {
    const coords = randomCoords(5000, 3, 11);
    const whole = new GridCellsBuild(coords, 3).finish();
    const sliced = new GridCellsBuild(coords, 3);
    let cells = sliced.step(97);
    let slices = 1;
    while (cells === null) {
      cells = sliced.step(97);
      slices++;
    }
    // Three passes over 5,000 points, 97 points of work per slice (a slice may run on into the next pass).
    expect(slices).toBe(Math.ceil((3 * 5000) / 97));
    expect(cells.cellsX).toBe(whole.cellsX);
    expect(cells.cellSize).toBe(whole.cellSize);
    expect(Array.from(cells.cellStart)).toEqual(Array.from(whole.cellStart));
    expect(Array.from(cells.items)).toEqual(Array.from(whole.items));
    // Every finite point is in the cell its coordinates fall into, the NaN one in none.
    expect(cells.items.length).toBe(4999);
    const grid = spatialGridOf(coords, 3, cells);
    for (let i = 0; i < 5000; i += 37) {
      if (i === 3) continue;
      expect(grid.nearest(coords[3 * i] ?? 0, coords[3 * i + 1] ?? 0, 1e-6)).toBe(i);
    }
  });
});
