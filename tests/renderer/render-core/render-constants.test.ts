import { describe, expect, it } from 'vitest';
import * as renderCore from '../../../src/render-core/render-constants';
import { TITLE_FONT_PX, TITLE_TOP_PX } from '../../../src/renderer/src/plot/export-options';
import { DEFAULT_LABEL_FONT_PX, LABEL_FONT_FAMILY } from '../../../src/renderer/src/plot/label-layer';
import { LEGEND_BOX } from '../../../src/renderer/src/plot/legend-canvas';
import { POINT_SIZE_CSS_PX } from '../../../src/renderer/src/plot/point-material';
import { PLOT_THEMES } from '../../../src/renderer/src/theme/theme';

// The headless plot mirrors these because their files also touch the DOM or three.js: this is what keeps the
// CLI's picture the app's picture when someone changes the look of the plot.
describe('render-core constants mirror the app plot', () => {
  it('has the same point size, fonts, legend box and title', () => {
    expect(renderCore.POINT_SIZE_PX).toBe(POINT_SIZE_CSS_PX);
    expect(renderCore.LABEL_FONT_FAMILY).toBe(LABEL_FONT_FAMILY);
    expect(renderCore.LABEL_FONT_PX).toBe(DEFAULT_LABEL_FONT_PX);
    expect(renderCore.LEGEND_BOX).toEqual(LEGEND_BOX);
    expect([renderCore.TITLE_FONT_PX, renderCore.TITLE_TOP_PX]).toEqual([TITLE_FONT_PX, TITLE_TOP_PX]);
  });

  it('has the same theme colours', () => {
    for (const name of ['light', 'dark'] as const) {
      const { background, labelText, labelHalo, axis, grid } = PLOT_THEMES[name];
      expect(renderCore.RENDER_THEMES[name]).toEqual({ background, labelText, labelHalo, axis, grid });
    }
  });
});
