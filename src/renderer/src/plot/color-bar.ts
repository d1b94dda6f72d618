import { rampColor } from './color-ramp';
import type { LegendRow } from './legend-canvas';

/** A numeric colouring's key: the column, its range and the ramp between them. */
export interface ColorBarSpec {
  readonly name: string;
  readonly min: number;
  readonly max: number;
}

/** What an exported image explains its colours with: legend rows, or a colour bar for a numeric column. */
export type LegendContent =
  | { readonly kind: 'rows'; readonly rows: readonly LegendRow[] }
  | { readonly kind: 'bar'; readonly bar: ColorBarSpec }
  | { readonly kind: 'none' };

/** Size and place of the exported colour bar, in CSS pixels from the top-right corner. */
export const BAR = { margin: 12, padding: 8, width: 160, height: 12, textGap: 14 } as const;
/** The gradient is drawn with this many stops: more than the eye can tell apart on 160 px. */
export const BAR_STOPS = 16;

/** The ramp's colours at evenly spaced stops, `#rrggbb`. */
export function barStops(): string[] {
  return Array.from({ length: BAR_STOPS + 1 }, (_unused, i) => rampColor(i / BAR_STOPS));
}

/** A number for the key: short, locale-free (the export is read by anyone). */
export function formatBarValue(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toPrecision(4).replace(/\.?0+$/, '');
}

/** Draws the colour bar, with the column name and min/max, into the top-right corner of an export. */
export function drawColorBar(
  context: CanvasRenderingContext2D,
  bar: ColorBarSpec,
  width: number,
  scale: number,
  colors: { text: string; box: string; border: string; font: string },
): void {
  context.save();
  context.scale(scale, scale);
  const boxWidth = BAR.width + 2 * BAR.padding;
  const boxHeight = BAR.height + 2 * BAR.padding + 2 * BAR.textGap;
  const left = width - BAR.margin - boxWidth;
  context.fillStyle = colors.box;
  context.fillRect(left, BAR.margin, boxWidth, boxHeight);
  context.strokeStyle = colors.border;
  context.strokeRect(left + 0.5, BAR.margin + 0.5, boxWidth - 1, boxHeight - 1);
  context.font = colors.font;
  context.fillStyle = colors.text;
  context.textBaseline = 'middle';
  context.fillText(bar.name, left + BAR.padding, BAR.margin + BAR.padding + BAR.textGap / 2);
  const top = BAR.margin + BAR.padding + BAR.textGap;
  const gradient = context.createLinearGradient(left + BAR.padding, 0, left + BAR.padding + BAR.width, 0);
  barStops().forEach((colour, i) => {
    gradient.addColorStop(i / BAR_STOPS, colour);
  });
  context.fillStyle = gradient;
  context.fillRect(left + BAR.padding, top, BAR.width, BAR.height);
  context.fillStyle = colors.text;
  const labelY = top + BAR.height + BAR.textGap / 2;
  context.textAlign = 'left';
  context.fillText(formatBarValue(bar.min), left + BAR.padding, labelY);
  context.textAlign = 'right';
  context.fillText(formatBarValue(bar.max), left + BAR.padding + BAR.width, labelY);
  context.restore();
}
