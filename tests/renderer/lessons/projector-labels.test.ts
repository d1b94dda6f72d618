import { describe, expect, it } from 'vitest';
import {
  labelScaleOf,
  PROJECTOR_LABEL_SCALE,
  scaledLabelFontPx,
} from '../../../src/renderer/src/lessons/projector-labels';
import { DEFAULT_LABEL_FONT_PX } from '../../../src/renderer/src/plot/label-layer';

describe('projector labels', () => {
  it('scale only while a lesson runs in projector mode', () => {
    expect(labelScaleOf(true, true)).toBe(PROJECTOR_LABEL_SCALE);
    expect(labelScaleOf(true, false)).toBe(1);
    // Projector mode is remembered outside lessons, but only a running lesson is shown at projector size.
    expect(labelScaleOf(false, true)).toBe(1);
  });

  it('draw the default 12 px labels at 19 px, and leave the chosen size unscaled outside projector mode', () => {
    expect(scaledLabelFontPx(DEFAULT_LABEL_FONT_PX, PROJECTOR_LABEL_SCALE)).toBe(19);
    expect(scaledLabelFontPx(15, 1)).toBe(15);
  });
});
