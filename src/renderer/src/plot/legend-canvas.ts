import type { PlotTheme } from '../theme/theme';
import { LABEL_FONT } from './label-layer';

/** One legend row as drawn into an exported image (names already translated). */
export interface LegendRow {
  readonly name: string;
  readonly color: string;
  readonly count: number;
}

/** Layout of the exported legend box, in CSS pixels (scaled with the image); the SVG export shares it. */
export const LEGEND_BOX = {
  margin: 12,
  padding: 8,
  rowHeight: 18,
  swatchRadius: 5,
  swatchGap: 8,
  countGap: 12,
} as const;
const {
  margin: BOX_MARGIN,
  padding: BOX_PADDING,
  rowHeight: ROW_HEIGHT,
  swatchRadius: SWATCH_RADIUS,
  swatchGap: SWATCH_GAP,
  countGap: COUNT_GAP,
} = LEGEND_BOX;

/**
 * Draws the legend as a box in the top-right corner of an exported image whose CSS size is `width`, so the
 * picture explains its colours on its own.
 */
export function drawLegend(
  context: CanvasRenderingContext2D,
  rows: readonly LegendRow[],
  width: number,
  scale: number,
  theme: PlotTheme,
): void {
  if (rows.length === 0) return;
  context.save();
  context.scale(scale, scale);
  context.font = LABEL_FONT;
  context.textBaseline = 'middle';
  const counts = rows.map((row) => String(row.count));
  const nameWidth = Math.max(...rows.map((row) => context.measureText(row.name).width));
  const countWidth = Math.max(...counts.map((count) => context.measureText(count).width));
  const boxWidth = BOX_PADDING * 2 + SWATCH_RADIUS * 2 + SWATCH_GAP + nameWidth + COUNT_GAP + countWidth;
  const boxHeight = BOX_PADDING * 2 + rows.length * ROW_HEIGHT;
  const left = width - BOX_MARGIN - boxWidth;
  context.fillStyle = theme.labelHalo;
  context.strokeStyle = theme.grid;
  context.lineWidth = 1;
  context.fillRect(left, BOX_MARGIN, boxWidth, boxHeight);
  context.strokeRect(left + 0.5, BOX_MARGIN + 0.5, boxWidth - 1, boxHeight - 1);
  rows.forEach((row, i) => {
    const y = BOX_MARGIN + BOX_PADDING + ROW_HEIGHT * (i + 0.5);
    const swatchX = left + BOX_PADDING + SWATCH_RADIUS;
    context.beginPath();
    context.arc(swatchX, y, SWATCH_RADIUS, 0, Math.PI * 2);
    context.fillStyle = row.color;
    context.fill();
    context.fillStyle = theme.labelText;
    context.textAlign = 'left';
    context.fillText(row.name, swatchX + SWATCH_RADIUS + SWATCH_GAP, y);
    context.textAlign = 'right';
    context.fillStyle = theme.axis;
    context.fillText(counts[i] ?? '', left + boxWidth - BOX_PADDING, y);
  });
  context.restore();
}
