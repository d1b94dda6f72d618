import { describe, expect, it } from 'vitest';
import { cellAt, heatmapGeometry, rampPosition } from '../../../src/renderer/src/plot/heatmap-geometry';

describe('heatmap geometry', () => {
  it('sizes cells to the grid, within 1…24 px', () => {
    expect(heatmapGeometry(2).cell).toBe(24);
    expect(heatmapGeometry(20).cell).toBe(10);
    expect(heatmapGeometry(200).cell).toBe(1);
  });

  it('finds the cell under a pixel and nothing outside the grid', () => {
    const geometry = heatmapGeometry(20);
    const { labelSpace, cell } = geometry;
    expect(cellAt(geometry, 20, labelSpace + 3.5 * cell, labelSpace + 0.5 * cell)).toEqual([0, 3]);
    expect(cellAt(geometry, 20, labelSpace - 1, labelSpace + 1)).toBeNull();
    expect(cellAt(geometry, 20, labelSpace + 20 * cell, labelSpace)).toBeNull();
  });

  it('puts identity at the top of the ramp and the lowest value at the bottom', () => {
    expect(rampPosition(1, 0.2)).toBe(1);
    expect(rampPosition(0.2, 0.2)).toBe(0);
    expect(rampPosition(0.6, 0.2)).toBeCloseTo(0.5, 10);
    expect(rampPosition(1, 1)).toBe(1);
  });
});
