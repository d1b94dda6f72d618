/**
 * A laid-out scatter scene as an SVG document, written like the app's SVG export (`plot/export-svg.ts`): a
 * background rectangle, one circle per point in drawing order, haloed labels, the legend box in the top-right
 * corner and the title centred at the top. Pure: no DOM, no Node.
 */
import {
  LABEL_FONT_FAMILY,
  LABEL_FONT_PX,
  LABEL_HALO_PX,
  LEGEND_BOX,
  POINT_SIZE_PX,
  TITLE_FONT_PX,
  TITLE_TOP_PX,
  type RenderTheme,
} from './render-constants';
import type { ScatterScene } from './scatter-scene';

/** Escapes text for XML content and attribute values. */
export function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Two decimals: a hundredth of a CSS pixel is far below what any printer shows. */
function fixed(value: number): string {
  return String(Math.round(value * 100) / 100);
}

const FONT = `font-family="${xmlEscape(LABEL_FONT_FAMILY)}" font-size="${LABEL_FONT_PX}"`;

function svgLegend(scene: ScatterScene, theme: RenderTheme): string[] {
  const box = scene.legendBox;
  if (box === null) return [];
  const { padding, rowHeight, swatchRadius, swatchGap } = LEGEND_BOX;
  const parts = [
    '<g data-layer="legend">',
    `<rect x="${fixed(box.left)}" y="${box.top}" width="${fixed(box.right - box.left)}" height="${box.bottom - box.top}" fill="${theme.labelHalo}" stroke="${theme.grid}"/>`,
  ];
  scene.legend.forEach((row, i) => {
    const y = box.top + padding + rowHeight * (i + 0.5);
    const swatchX = box.left + padding + swatchRadius;
    parts.push(
      `<circle data-legend="${xmlEscape(row.name)}" cx="${fixed(swatchX)}" cy="${y}" r="${swatchRadius}" fill="${row.color}"/>`,
      `<text x="${fixed(swatchX + swatchRadius + swatchGap)}" y="${y}" dominant-baseline="middle" ${FONT} fill="${theme.labelText}">${xmlEscape(row.name)}</text>`,
      `<text x="${fixed(box.right - padding)}" y="${y}" text-anchor="end" dominant-baseline="middle" ${FONT} fill="${theme.axis}">${row.count}</text>`,
    );
  });
  parts.push('</g>');
  return parts;
}

/** The scene as a standalone SVG document of `scene.size` pixels, with `title` on top when not empty. */
export function scatterSvg(scene: ScatterScene, theme: RenderTheme, title: string): string {
  const { width, height } = scene.size;
  const radius = fixed(POINT_SIZE_PX / 2);
  const halo = `stroke="${theme.labelHalo}" stroke-width="${LABEL_HALO_PX}" stroke-linejoin="round" paint-order="stroke"`;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${theme.background}"/>`,
    '<g data-layer="points">',
    ...scene.points.map(
      (point) =>
        `<circle data-index="${point.index}" cx="${fixed(point.x)}" cy="${fixed(point.y)}" r="${radius}" fill="${point.color}"/>`,
    ),
    '</g>',
    '<g data-layer="labels">',
    ...scene.labels.map(
      (label) =>
        `<text x="${fixed(label.x)}" y="${fixed(label.y)}" dominant-baseline="middle" ${FONT} fill="${theme.labelText}" ${halo}>${xmlEscape(label.text)}</text>`,
    ),
    '</g>',
    ...svgLegend(scene, theme),
  ];
  const trimmed = title.trim();
  if (trimmed !== '') {
    parts.push(
      `<text data-layer="title" x="${fixed(width / 2)}" y="${TITLE_TOP_PX}" text-anchor="middle" dominant-baseline="middle" font-family="${xmlEscape(LABEL_FONT_FAMILY)}" font-size="${TITLE_FONT_PX}" font-weight="600" fill="${theme.labelText}" stroke="${theme.labelHalo}" stroke-width="4" stroke-linejoin="round" paint-order="stroke">${xmlEscape(trimmed)}</text>`,
    );
  }
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
