import type { Camera } from 'three';
import type { PlotTheme } from '../theme/theme';
import type { LabelLayer } from './label-layer';
import { drawLegend, type LegendRow } from './legend-canvas';
import type { ScatterRenderer } from './scatter-renderer';
import type { ViewportSize } from './view-math';

/** Export scales offered to the user: device pixels per CSS pixel of the plot. */
export const EXPORT_SCALES = [1, 2, 4] as const;
export type ExportScale = (typeof EXPORT_SCALES)[number];

/** Everything an export needs: the same camera, labels, legend and theme the user is looking at. */
export interface ExportRequest {
  readonly renderer: ScatterRenderer;
  readonly labels: LabelLayer;
  readonly camera: Camera;
  /** The plot's CSS size; the image is exactly `width × scale` by `height × scale` pixels. */
  readonly size: ViewportSize;
  readonly scale: ExportScale;
  readonly legend: readonly LegendRow[];
  readonly theme: PlotTheme;
}

/** Renders the current view at `scale` and composites points, labels and legend into PNG bytes. */
export async function exportPng(request: ExportRequest): Promise<Uint8Array<ArrayBuffer>> {
  const { size, scale, theme } = request;
  const canvas = document.createElement('canvas');
  canvas.width = size.width * scale;
  canvas.height = size.height * scale;
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('no 2D canvas context for the export');
  request.renderer.renderScaled(request.camera, scale, (source) => {
    context.drawImage(source, 0, 0, canvas.width, canvas.height);
  });
  request.labels.draw(context, scale, { text: theme.labelText, halo: theme.labelHalo });
  drawLegend(context, request.legend, size.width, scale, theme);
  const blob = await new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((result) => {
      if (result === null) reject(new Error('the PNG encoder returned nothing'));
      else resolve(result);
    }, 'image/png');
  });
  return new Uint8Array(await blob.arrayBuffer());
}
