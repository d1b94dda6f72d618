import { describe, expect, it } from 'vitest';
import { rampBytes, rampColor, rampRgb } from '../../../src/renderer/src/plot/color-ramp';

describe('the viridis ramp', () => {
  it('starts and ends at viridis’ ends and clamps outside [0, 1]', () => {
    expect(rampColor(0)).toBe('#440154');
    expect(rampColor(1)).toBe('#fde725');
    expect(rampColor(-3)).toBe('#440154');
    expect(rampColor(7)).toBe('#fde725');
  });

  it('gets lighter monotonically (perceptual ramps rise in lightness)', () => {
    const luma = (t: number): number => {
      const [r, g, b] = rampRgb(t);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (let t = 0; t < 1; t += 0.05) expect(luma(t + 0.05)).toBeGreaterThan(luma(t));
  });

  it('colours values between min and max, and missing values grey', () => {
    const bytes = rampBytes(Float64Array.from([10, 20, NaN]), 10, 20);
    expect(Array.from(bytes.subarray(0, 3))).toEqual(rampRgb(0));
    expect(Array.from(bytes.subarray(3, 6))).toEqual(rampRgb(1));
    expect(Array.from(bytes.subarray(6, 9))).toEqual([0x99, 0x99, 0x99]);
  });
});
