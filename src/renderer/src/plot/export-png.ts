import type { Camera } from 'three';
import type { PlotTheme } from '../theme/theme';
import { drawAnnotations, type DrawnAnnotations } from './annotation-layer';
import { drawColorBar, type LegendContent } from './color-bar';
import { exportGeometry, TITLE_FONT_PX, TITLE_TOP_PX, type ExportOptions } from './export-options';
import { LABEL_FONT, LABEL_FONT_FAMILY, type LabelLayer } from './label-layer';
import { drawLegend } from './legend-canvas';
import type { ScatterRenderer } from './scatter-renderer';
import type { ViewportSize } from './view-math';

/** Export scales offered to the user: device pixels per CSS pixel of the plot. */
export const EXPORT_SCALES = [1, 2, 4] as const;
export type ExportScale = (typeof EXPORT_SCALES)[number];

/** Everything an export needs: the same camera, labels, legend and theme the user is looking at. */
export interface ExportRequest {
  readonly renderer: ScatterRenderer;
  readonly labels: LabelLayer;
  /** The arrows and tags as the screen last drew them. */
  readonly annotations: DrawnAnnotations;
  readonly camera: Camera;
  /** The plot's CSS size; the image is `options.widthPx` wide and as tall as the plot's aspect ratio says. */
  readonly size: ViewportSize;
  readonly options: ExportOptions;
  readonly legend: LegendContent;
  readonly theme: PlotTheme;
}

/** Renders the current view at the chosen width and composites points, labels, legend and title as PNG. */
export async function exportPng(request: ExportRequest): Promise<Uint8Array<ArrayBuffer>> {
  const { size, theme, options } = request;
  const { width, height, scale } = exportGeometry(size.width, size.height, options.widthPx);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('no 2D canvas context for the export');
  request.renderer.renderScaled(
    request.camera,
    scale,
    (source) => {
      context.drawImage(source, 0, 0, width, height);
    },
    options.transparent,
  );
  drawAnnotations(context, request.annotations, scale, theme.labelHalo);
  request.labels.draw(context, scale, { text: theme.labelText, halo: theme.labelHalo });
  const legend = request.legend;
  if (legend.kind === 'rows') drawLegend(context, legend.rows, size.width, scale, theme);
  if (legend.kind === 'bar') {
    drawColorBar(context, legend.bar, size.width, scale, {
      text: theme.labelText,
      box: theme.labelHalo,
      border: theme.grid,
      font: LABEL_FONT,
    });
  }
  drawTitle(context, options.title, size.width, scale, theme);
  const blob = await new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((result) => {
      if (result === null) reject(new Error('the PNG encoder returned nothing'));
      else resolve(result);
    }, 'image/png');
  });
  return new Uint8Array(await blob.arrayBuffer());
}

/** The title, centred at the top with a halo like the labels'; nothing for an empty title. */
function drawTitle(
  context: CanvasRenderingContext2D,
  title: string,
  width: number,
  scale: number,
  theme: PlotTheme,
): void {
  const text = title.trim();
  if (text === '') return;
  context.save();
  context.scale(scale, scale);
  context.font = `600 ${TITLE_FONT_PX}px ${LABEL_FONT_FAMILY}`;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.lineJoin = 'round';
  context.lineWidth = 4;
  context.strokeStyle = theme.labelHalo;
  context.fillStyle = theme.labelText;
  context.strokeText(text, width / 2, TITLE_TOP_PX);
  context.fillText(text, width / 2, TITLE_TOP_PX);
  context.restore();
}
