/** What the plot controller is given to draw: the points, how they look, and the 3D options. */

/** The points to show: row-major coordinates, their texts and labels. */
export interface PlotData {
  readonly coords: Float32Array;
  readonly dims: number;
  readonly texts: readonly string[];
  readonly labels: readonly (string | null)[];
}

/** How the points look: 3 colour bytes per point, and a size byte per point (null for one size). */
export interface PlotStyle {
  readonly colors: Uint8Array;
  readonly sizes: Uint8Array | null;
}

/** 3D display options. */
export interface Options3d {
  readonly axes: boolean;
  readonly depthCues: boolean;
  readonly autoRotate: boolean;
}

/** The grey (0x99 = 153 per channel) points wear until their real colours arrive. */
const NEUTRAL_GREY = 153;

/** `style` when it fits `count` points; else a neutral grey until the matching style arrives. */
export function styleForCount(style: PlotStyle | null, count: number): PlotStyle {
  if (style !== null && style.colors.length === 3 * count) return style;
  return { colors: new Uint8Array(3 * count).fill(NEUTRAL_GREY), sizes: null };
}
