import { describe, expect, it } from 'vitest';
import { minPyramid } from '../../../src/renderer/src/plot/cell-min-pyramid';
import { buildSpatialGrid } from '../../../src/renderer/src/plot/spatial-grid';
import { random } from './random';

describe('cell min pyramid', () => {
  it('holds the lowest point index of every power-of-two block of cells, up to one block', () => {
    const next = random(9);
    const count = 5000;
    const coords = new Float32Array(count * 2);
    for (let i = 0; i < coords.length; i++) coords[i] = next() ** 2 * 10;
    const { cells } = buildSpatialGrid(coords, 2);
    const levels = minPyramid(cells);
    expect(minPyramid(cells)).toBe(levels);
    // The lowest index per cell, found by scanning the points.
    const cellOf = (i: number): [number, number] => [
      Math.min(cells.cellsX - 1, Math.floor(((coords[2 * i] ?? 0) - cells.minX) / cells.cellSize)),
      Math.min(cells.cellsY - 1, Math.floor(((coords[2 * i + 1] ?? 0) - cells.minY) / cells.cellSize)),
    ];
    levels.forEach((level, l) => {
      expect(level.side).toBe(2 ** l);
      const expected = new Int32Array(level.blocksX * level.blocksY).fill(-1);
      for (let i = count - 1; i >= 0; i--) {
        const [cx, cy] = cellOf(i);
        expected[Math.floor(cy / level.side) * level.blocksX + Math.floor(cx / level.side)] = i;
      }
      expect(Array.from(level.lowest)).toEqual(Array.from(expected));
    });
    const top = levels[levels.length - 1];
    expect([top?.blocksX, top?.blocksY]).toEqual([1, 1]);
    expect(top?.lowest[0]).toBe(0);
  });
});
