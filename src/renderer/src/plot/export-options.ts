/** What the user chose for an exported image. */
export interface ExportOptions {
  /** The image's width in pixels; the height follows the plot's aspect ratio. */
  readonly widthPx: number;
  /** Leave the background transparent (PNG: alpha 0; SVG: no background rectangle). */
  readonly transparent: boolean;
  /** Drawn above the map when not empty. */
  readonly title: string;
}

/** Export widths at most this many pixels: 8192 is the smallest texture limit of the GPUs we target. */
export const MAX_EXPORT_WIDTH_PX = 8192;
/** …and at least this many: anything smaller is a thumbnail, not an export. */
export const MIN_EXPORT_WIDTH_PX = 100;

/** The exported image's pixel size and its pixels per CSS pixel, for a plot of `cssWidth × cssHeight`. */
export function exportGeometry(
  cssWidth: number,
  cssHeight: number,
  widthPx: number,
): { width: number; height: number; scale: number } {
  const width = Math.round(Math.min(MAX_EXPORT_WIDTH_PX, Math.max(MIN_EXPORT_WIDTH_PX, widthPx)));
  const scale = width / Math.max(1, cssWidth);
  return { width, height: Math.max(1, Math.round(cssHeight * scale)), scale };
}

/** Title text: 18 CSS px, bold, centred this far below the top edge (CSS px). */
export const TITLE_FONT_PX = 18;
export const TITLE_TOP_PX = 20;
