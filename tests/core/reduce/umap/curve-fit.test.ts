import { describe, expect, it } from 'vitest';
import { fitCurve } from '../../../../src/core/reduce/umap/curve-fit';

describe('fitCurve', () => {
  it("matches umap-learn's find_ab_params", () => {
    // Values printed by umap-learn 0.5 (scipy curve_fit) for these settings.
    const fit = fitCurve(0.1, 1);
    expect(fit.a).toBeCloseTo(1.5769, 3);
    expect(fit.b).toBeCloseTo(0.8951, 3);
    const tight = fitCurve(0.001, 1);
    expect(tight.a).toBeGreaterThan(fit.a);
  });

  it('gives positive, finite parameters across the allowed range', () => {
    for (const [minDist, spread] of [
      [0, 0.1],
      [0, 10],
      [1, 1],
      [0.5, 3],
    ] as const) {
      const { a, b } = fitCurve(minDist, spread);
      expect(a > 0 && Number.isFinite(a)).toBe(true);
      expect(b > 0 && Number.isFinite(b)).toBe(true);
    }
  });
});
