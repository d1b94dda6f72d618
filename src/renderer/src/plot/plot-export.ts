import type { DrawnAnnotations } from './annotation-layer';
import type { LegendContent } from './color-bar';
import type { ExportOptions } from './export-options';
import { exportSvg } from './export-svg';
import type { LabelLayer } from './label-layer';
import type { NeighborLinks } from './neighbor-lines';
import type { PlotData, PlotStyle } from './plot-data';
import type { PlotTheme } from '../theme/theme';
import type { ViewBounds, ViewportSize } from './view-math';

/** What an SVG export of the plot reads: the 2D camera, the points as drawn and the overlay. */
export interface PlotSvgInput {
  readonly mode: '2d' | '3d';
  readonly size: ViewportSize;
  readonly view: ViewBounds;
  readonly data: PlotData | null;
  readonly style: PlotStyle | null;
  readonly state: Uint8Array;
  readonly hasSelection: boolean;
  readonly hasSearch: boolean;
  readonly labels: LabelLayer;
  readonly annotations: DrawnAnnotations;
  readonly links: NeighborLinks | null;
  readonly theme: PlotTheme;
}

/** The plot's current 2D view as an SVG document; null in 3D, without data or before its style arrived. */
export function exportPlotSvg(
  input: PlotSvgInput,
  options: ExportOptions,
  legend: LegendContent,
): string | null {
  const { data, style, state } = input;
  if (data === null || style === null || input.mode !== '2d' || style.colors.length !== 3 * state.length)
    return null;
  return exportSvg({
    size: input.size,
    view: input.view,
    coords: data.coords,
    dims: data.dims,
    colors: style.colors,
    sizes: style.sizes,
    state,
    hasSelection: input.hasSelection,
    hasSearch: input.hasSearch,
    labels: input.labels.drawnLabels(),
    labelFontPx: input.labels.fontSize,
    links: input.links,
    annotations: input.annotations,
    legend,
    theme: input.theme,
    options,
  });
}
