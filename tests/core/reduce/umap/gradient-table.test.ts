import { describe, expect, it } from 'vitest';
import { fitCurve } from '../../../../src/core/reduce/umap/curve-fit';
import { GradientTable } from '../../../../src/core/reduce/umap/gradient-table';

/** UMAP's coefficients written out from the paper's formulas, independently of the table's own exact path. */
function attraction(a: number, b: number, d2: number): number {
  return (-2 * a * b * d2 ** (b - 1)) / (1 + a * d2 ** b);
}
function repulsion(a: number, b: number, d2: number): number {
  return (2 * b) / ((0.001 + d2) * (1 + a * d2 ** b));
}

describe('GradientTable', () => {
  it('matches the formulas to 1e-4 relative from 1e-6 to 1e6 squared layout units, for several curves', () => {
    for (const [minDist, spread] of [
      [0.1, 1],
      [0.0, 1],
      [0.5, 2],
      [0.99, 1],
    ] as const) {
      const { a, b } = fitCurve(minDist, spread);
      const table = new GradientTable({ a, b });
      let worst = 0;
      // 4,000 log-spaced distances, covering both the table's range and the exact fallback outside it.
      for (let i = 0; i <= 4000; i++) {
        const d2 = 10 ** (-6 + (12 * i) / 4000);
        worst = Math.max(
          worst,
          Math.abs(table.attract(d2) / attraction(a, b, d2) - 1),
          Math.abs(table.repel(d2) / repulsion(a, b, d2) - 1),
        );
      }
      expect(worst).toBeLessThan(1e-4);
      expect(worst).toBeGreaterThan(0);
    }
  });
});
