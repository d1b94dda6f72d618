import type { PlotTheme } from '../theme/theme';
import { DEFAULT_LABEL_FONT_PX, LABEL_FONT_FAMILY } from './label-layer';
import { LEGEND_BOX, type LegendRow } from './legend-canvas';

/** Average glyph advance of the label font, in ems: SVG has no text metrics, so the box is sized by it. */
const AVERAGE_ADVANCE_EM = 0.6;

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function textWidth(text: string): number {
  return Array.from(text).length * DEFAULT_LABEL_FONT_PX * AVERAGE_ADVANCE_EM;
}

/** The legend rows as SVG elements, laid out like the PNG's legend box in the top-right corner. */
export function svgLegendRows(rows: readonly LegendRow[], width: number, theme: PlotTheme): string[] {
  if (rows.length === 0) return [];
  const box = LEGEND_BOX;
  const nameWidth = Math.max(...rows.map((row) => textWidth(row.name)));
  const countWidth = Math.max(...rows.map((row) => textWidth(String(row.count))));
  const boxWidth =
    box.padding * 2 + box.swatchRadius * 2 + box.swatchGap + nameWidth + box.countGap + countWidth;
  const boxHeight = box.padding * 2 + rows.length * box.rowHeight;
  const left = width - box.margin - boxWidth;
  const font = `font-family="${escape(LABEL_FONT_FAMILY)}" font-size="${DEFAULT_LABEL_FONT_PX}" dominant-baseline="middle"`;
  const parts = [
    '<g data-layer="legend">',
    `<rect x="${left}" y="${box.margin}" width="${boxWidth}" height="${boxHeight}" fill="${theme.labelHalo}" stroke="${theme.grid}"/>`,
  ];
  rows.forEach((row, i) => {
    const y = box.margin + box.padding + box.rowHeight * (i + 0.5);
    const swatchX = left + box.padding + box.swatchRadius;
    parts.push(
      `<circle data-legend="${escape(row.name)}" cx="${swatchX}" cy="${y}" r="${box.swatchRadius}" fill="${row.color}"/>`,
      `<text x="${swatchX + box.swatchRadius + box.swatchGap}" y="${y}" ${font} fill="${theme.labelText}">${escape(row.name)}</text>`,
      `<text x="${left + boxWidth - box.padding}" y="${y}" text-anchor="end" ${font} fill="${theme.axis}">${row.count}</text>`,
    );
  });
  parts.push('</g>');
  return parts;
}
