import type { LegendContent } from './color-bar';
import type { ExportOptions } from './export-options';
import { exportPng } from './export-png';
import type { NeighborLinks } from './neighbor-lines';
import type { PlotCamera } from './plot-camera';
import { exportPlotSvg } from './plot-export';
import type { PlotOverlay } from './plot-overlay';
import type { PlotPoints } from './plot-points';
import type { ScatterRenderer } from './scatter-renderer';
import type { PlotTheme } from '../theme/theme';

/** The parts of the plot an export reads (the controller's own, handed over as they are). */
export interface PlotExportSources {
  readonly scatter: ScatterRenderer;
  readonly overlay: PlotOverlay;
  readonly camera: PlotCamera;
  readonly points: PlotPoints;
  readonly links: NeighborLinks | null;
  readonly theme: PlotTheme;
}

/** The current view as PNG bytes, with the labels and annotations on screen, `legend` and the options. */
export function plotPng(
  sources: PlotExportSources,
  options: ExportOptions,
  legend: LegendContent,
): Promise<Uint8Array<ArrayBuffer>> {
  const { scatter, overlay, camera, theme } = sources;
  return exportPng({
    renderer: scatter,
    labels: overlay.labels,
    camera: camera.camera(),
    annotations: overlay.annotations.drawn,
    size: camera.size,
    options,
    legend,
    theme,
  });
}

/** The current 2D view as an SVG document; null in 3D or without data. */
export function plotSvg(
  sources: PlotExportSources,
  options: ExportOptions,
  legend: LegendContent,
): string | null {
  const { overlay, camera, points, links, theme } = sources;
  const view = { mode: camera.mode, size: camera.size, view: camera.view };
  const { labels, annotations } = overlay;
  const drawn = { labels, annotations: annotations.drawn, links, theme };
  return exportPlotSvg({ ...view, ...drawn, ...points.svgInput() }, options, legend);
}
