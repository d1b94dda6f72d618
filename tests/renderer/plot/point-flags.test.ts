import { describe, expect, it } from 'vitest';
import {
  composePointState,
  isVisible,
  POINT_HIDDEN,
  POINT_MATCH,
  POINT_SELECTED,
} from '../../../src/renderer/src/plot/point-flags';

describe('point state bytes', () => {
  it('combine hidden entries, selection and matches per point', () => {
    const state = composePointState({
      entryOfPoint: Uint16Array.from([0, 1, 2, 1]),
      hiddenEntries: new Set([1]),
      selection: Uint8Array.from([1, 1, 0, 0]),
      matches: Uint8Array.from([0, 0, 1, 1]),
    });
    expect(Array.from(state)).toEqual([
      POINT_SELECTED,
      POINT_HIDDEN | POINT_SELECTED,
      POINT_MATCH,
      POINT_HIDDEN | POINT_MATCH,
    ]);
    expect([0, 1, 2, 3].map((i) => isVisible(state, i))).toEqual([true, false, true, false]);
  });

  it('are all zero with nothing hidden, selected or searched, and reuse a buffer of the right size', () => {
    const out = new Uint8Array(3).fill(7);
    const state = composePointState(
      { entryOfPoint: new Uint16Array(3), hiddenEntries: new Set(), selection: null, matches: null },
      out,
    );
    expect(state).toBe(out);
    expect(Array.from(state)).toEqual([0, 0, 0]);
  });
});
