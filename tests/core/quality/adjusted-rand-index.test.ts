import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from '../../../src/core/quality/adjusted-rand-index';

describe('adjustedRandIndex', () => {
  it('matches a contingency table worked by hand', () => {
    // Pairs together in both: (0,1) and (4,5) → 2. Pairs together in a: 3 + 3 = 6; in b: 1 + 1 + 1 = 3;
    // all pairs: 15. Expected 6 · 3 / 15 = 1.2, maximum (6 + 3) / 2 = 4.5: (2 − 1.2) / (4.5 − 1.2) = 8/33.
    const a = [0, 0, 0, 1, 1, 1];
    const b = [0, 0, 1, 1, 2, 2];
    expect(adjustedRandIndex(a, b)).toBeCloseTo(8 / 33, 12);
    expect(adjustedRandIndex(b, a)).toBeCloseTo(8 / 33, 12);
  });

  it('is 1 for the same grouping under other names, and treats string and number labels alike', () => {
    expect(adjustedRandIndex([0, 0, 1, 1, 2], [7, 7, -1, -1, 3])).toBe(1);
    expect(adjustedRandIndex(['sport', 'sport', 'space'], [1, 1, 0])).toBe(1);
  });

  it('is negative when the groupings disagree more than chance', () => {
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(-0.5, 12);
  });

  it('refuses labelings of different lengths', () => {
    expect(() => adjustedRandIndex([0, 1], [0])).toThrow(RangeError);
  });
});
