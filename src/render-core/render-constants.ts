/**
 * The look of the app's 2D plot as numbers and colours, for drawing it without a browser window (the CLI's
 * `plot`). They mirror constants of `src/renderer/src/plot/` and `theme/theme.ts` whose files also touch the
 * DOM or three.js and so cannot be imported here; `tests/renderer/render-core/render-constants.test.ts`
 * fails when the two drift apart.
 */

/** Point diameter in CSS pixels (the renderer's `POINT_SIZE_CSS_PX`). */
export const POINT_SIZE_PX = 8;
/** The labels' and the legend's font (the renderer's `LABEL_FONT_FAMILY`). */
export const LABEL_FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';
/** Label and legend text size in CSS pixels (the renderer's `DEFAULT_LABEL_FONT_PX`). */
export const LABEL_FONT_PX = 12;
/** Line box of a label: 14 px for 12 px text, as the label layer lays them out. */
export const LABEL_LINE_HEIGHT_PX = 14;
/** The halo around label text, in the background's colour, so text stays readable over points. */
export const LABEL_HALO_PX = 3;
/** Gap between a point's rim and its label. */
export const LABEL_GAP_PX = 3;
/** Texts longer than this are cut with an ellipsis, as on screen. */
export const MAX_LABEL_CHARS = 32;
/** At most this many labels, as on screen: more is clutter. */
export const MAX_LABELS = 400;
/** Average glyph advance of the label font in ems: without text metrics, label boxes are sized by it. */
export const AVERAGE_ADVANCE_EM = 0.6;
/** Space left around the map when it is fitted (the renderer's `FIT_PADDING_PX`). */
export const FIT_PADDING_PX = 32;
/** The legend box in the top-right corner (the renderer's `LEGEND_BOX`). */
export const LEGEND_BOX = {
  margin: 12,
  padding: 8,
  rowHeight: 18,
  swatchRadius: 5,
  swatchGap: 8,
  countGap: 12,
} as const;
/** Title: 18 px, bold, centred this far below the top edge (the renderer's `TITLE_FONT_PX`, `TITLE_TOP_PX`). */
export const TITLE_FONT_PX = 18;
export const TITLE_TOP_PX = 20;

/** The plot's non-data colours in one theme (a subset of the renderer's `PlotTheme`). */
export interface RenderTheme {
  readonly background: string;
  readonly labelText: string;
  readonly labelHalo: string;
  readonly axis: string;
  readonly grid: string;
}

/** The themes the plot can be drawn in. */
export type RenderThemeName = 'light' | 'dark';

/** The renderer's `PLOT_THEMES`, the colours this drawing needs. */
export const RENDER_THEMES: Readonly<Record<RenderThemeName, RenderTheme>> = {
  light: {
    background: '#fbfbfd',
    labelText: '#262a33',
    labelHalo: 'rgba(251, 251, 253, 0.9)',
    axis: '#8a909c',
    grid: '#d7dbe3',
  },
  dark: {
    background: '#2a2e37',
    labelText: '#e8eaef',
    labelHalo: 'rgba(42, 46, 55, 0.9)',
    axis: '#9aa1ad',
    grid: '#434955',
  },
};
