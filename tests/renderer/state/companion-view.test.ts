import { describe, expect, it } from 'vitest';
import { rampRgb } from '../../../src/renderer/src/plot/color-ramp';
import { POINT_SELECTED } from '../../../src/renderer/src/plot/point-flags';
import {
  applySelectOp,
  companionPointState,
  companionStyle,
} from '../../../src/renderer/src/state/companion-view';

describe('companion view', () => {
  it('colours by scores on the ramp, else by the main colours when they fit, else grey', () => {
    const scored = companionStyle(Float32Array.of(0, 1), null, 2);
    expect(Array.from(scored.colors)).toEqual([...rampRgb(0), ...rampRgb(1)]);
    const main = { colors: Uint8Array.of(1, 2, 3, 4, 5, 6), sizes: null };
    expect(companionStyle(null, main, 2)).toBe(main);
    expect(Array.from(companionStyle(null, main, 3).colors)).toEqual(new Array(9).fill(128));
  });

  it('marks the linked selection in the point state', () => {
    const state = companionPointState([1, 3], 4);
    expect(Array.from(state).map((bits) => (bits & POINT_SELECTED) !== 0)).toEqual([
      false,
      true,
      false,
      true,
    ]);
  });

  it('applies a click or shape op to the shared selection', () => {
    expect(applySelectOp([1, 3], 5, 'replace', [4])).toEqual([4]);
    expect(applySelectOp([1, 3], 5, 'add', [0])).toEqual([0, 1, 3]);
    expect(applySelectOp([1, 3], 5, 'toggle', [3])).toEqual([1]);
    expect(applySelectOp([1, 3], 5, 'remove', [1, 2])).toEqual([3]);
  });
});
