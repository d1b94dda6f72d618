import type { PlotTheme } from '../theme/theme';
import type { DrawnAnnotations } from './annotation-layer';
import { svgAnnotations } from './annotation-svg';
import { BAR, barStops, BAR_STOPS, formatBarValue, type LegendContent } from './color-bar';
import { exportGeometry, TITLE_FONT_PX, TITLE_TOP_PX, type ExportOptions } from './export-options';
import { DEFAULT_LABEL_FONT_PX, LABEL_FONT_FAMILY, type DrawnLabel } from './label-layer';
import type { NeighborLinks } from './neighbor-lines';
import { POINT_HIDDEN, POINT_MATCH, POINT_SELECTED } from './point-flags';
import { POINT_SIZE_CSS_PX } from './point-material';
import { svgLegendRows } from './svg-legend';
import { dataToScreen, type ViewBounds, type ViewportSize } from './view-math';

/** What a 2D view looks like, in the plot's own data: everything the SVG is written from. */
export interface SvgScene {
  readonly size: ViewportSize;
  readonly view: ViewBounds;
  readonly coords: Float32Array;
  readonly dims: number;
  /** 3 bytes per point, the same the GPU draws. */
  readonly colors: Uint8Array;
  readonly state: Uint8Array;
  readonly sizes: Uint8Array | null;
  readonly hasSelection: boolean;
  readonly hasSearch: boolean;
  readonly labels: readonly DrawnLabel[];
  readonly labelFontPx: number;
  readonly links: NeighborLinks | null;
  /** Arrows and tags as the screen drew them (CSS pixels); optional for callers that have none. */
  readonly annotations?: DrawnAnnotations;
  readonly legend: LegendContent;
  readonly theme: PlotTheme;
  readonly options: ExportOptions;
}

/** Same size range and match ring as the shader (see point-material), in CSS pixels. */
const SIZE_FACTORS = [0.5, 2.5] as const;
const MATCH_EXTRA_PX = 4;
const RING_PX = 2;

/** Escapes text for XML content and attribute values. */
export function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Two decimals: a hundredth of a CSS pixel is far below what any printer shows. */
function fixed(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function hexOf(colors: Uint8Array, index: number): string {
  let hex = '#';
  for (let c = 0; c < 3; c++) hex += (colors[3 * index + c] ?? 0).toString(16).padStart(2, '0');
  return hex;
}

/**
 * The 2D view as an SVG document: one circle per point that is drawn on screen (in drawing order, so later
 * points cover earlier ones as on screen), neighbour lines, the labels exactly where the screen placed them,
 * the legend and the title. Coordinates are CSS pixels of the plot (the `viewBox`); `width`/`height` are the
 * chosen export size.
 */
export function exportSvg(scene: SvgScene): string {
  const { size, theme, options } = scene;
  const { width, height } = exportGeometry(size.width, size.height, options.widthPx);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${size.width} ${size.height}">`,
  ];
  if (!options.transparent) {
    parts.push(`<rect width="${size.width}" height="${size.height}" fill="${theme.background}"/>`);
  }
  parts.push(
    ...svgLinks(scene),
    svgPoints(scene),
    ...svgAnnotations(scene.annotations ?? { arrows: [], tags: [] }, theme.labelHalo),
    ...svgLabels(scene),
    ...svgLegend(scene.legend, size, theme),
  );
  const title = options.title.trim();
  if (title !== '') {
    parts.push(
      `<text x="${fixed(size.width / 2)}" y="${TITLE_TOP_PX}" text-anchor="middle" dominant-baseline="middle" font-family="${xmlEscape(LABEL_FONT_FAMILY)}" font-size="${TITLE_FONT_PX}" font-weight="600" fill="${theme.labelText}" stroke="${theme.labelHalo}" stroke-width="4" stroke-linejoin="round" paint-order="stroke">${xmlEscape(title)}</text>`,
    );
  }
  parts.push('</svg>');
  return parts.join('\n');
}

function svgPoints(scene: SvgScene): string {
  const { coords, dims, state, view, size, theme } = scene;
  const count = Math.floor(coords.length / dims);
  const circles: string[] = ['<g data-layer="points">'];
  for (let i = 0; i < count; i++) {
    const bits = state[i] ?? 0;
    if ((bits & POINT_HIDDEN) !== 0) continue;
    const [x, y] = dataToScreen(view, size, coords[i * dims] ?? NaN, coords[i * dims + 1] ?? NaN);
    const scaled =
      scene.sizes === null
        ? 1
        : SIZE_FACTORS[0] + ((SIZE_FACTORS[1] - SIZE_FACTORS[0]) * (scene.sizes[i] ?? 0)) / 255;
    const radius = (POINT_SIZE_CSS_PX * scaled) / 2;
    if (!(x >= -radius && y >= -radius && x <= size.width + radius && y <= size.height + radius)) continue;
    const match = scene.hasSearch && (bits & POINT_MATCH) !== 0;
    const dim =
      (scene.hasSelection && (bits & POINT_SELECTED) === 0) ||
      (scene.hasSearch && (bits & POINT_MATCH) === 0);
    const fill = dim ? theme.dim : hexOf(scene.colors, i);
    const ring = match
      ? ` r="${fixed(radius + MATCH_EXTRA_PX / 2 - RING_PX / 2)}" stroke="${theme.ring}" stroke-width="${RING_PX}"`
      : ` r="${fixed(radius)}"`;
    circles.push(`<circle data-index="${i}" cx="${fixed(x)}" cy="${fixed(y)}"${ring} fill="${fill}"/>`);
  }
  circles.push('</g>');
  return circles.join('\n');
}

function svgLinks(scene: SvgScene): string[] {
  const { links, coords, dims, view, size } = scene;
  if (links === null) return [];
  const at = (i: number): [number, number] =>
    dataToScreen(view, size, coords[i * dims] ?? NaN, coords[i * dims + 1] ?? NaN);
  const [sx, sy] = at(links.source);
  return links.targets.map((target) => {
    const [tx, ty] = at(target);
    const colour = target === links.highlight ? scene.theme.gesture : scene.theme.ring;
    return `<line x1="${fixed(sx)}" y1="${fixed(sy)}" x2="${fixed(tx)}" y2="${fixed(ty)}" stroke="${colour}" stroke-width="1"/>`;
  });
}

function svgLabels(scene: SvgScene): string[] {
  const { theme } = scene;
  const font = `font-family="${xmlEscape(LABEL_FONT_FAMILY)}" font-size="${scene.labelFontPx}"`;
  return scene.labels.map(
    (label) =>
      `<text x="${fixed(label.x)}" y="${fixed(label.y)}" dominant-baseline="middle" ${font} fill="${theme.labelText}" stroke="${theme.labelHalo}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${xmlEscape(label.text)}</text>`,
  );
}

function svgLegend(legend: LegendContent, size: ViewportSize, theme: PlotTheme): string[] {
  if (legend.kind === 'rows') return svgLegendRows(legend.rows, size.width, theme);
  if (legend.kind === 'none') return [];
  const { bar } = legend;
  const boxWidth = BAR.width + 2 * BAR.padding;
  const boxHeight = BAR.height + 2 * BAR.padding + 2 * BAR.textGap;
  const left = size.width - BAR.margin - boxWidth;
  const top = BAR.margin + BAR.padding + BAR.textGap;
  const font = `font-family="${xmlEscape(LABEL_FONT_FAMILY)}" font-size="${DEFAULT_LABEL_FONT_PX}" fill="${theme.labelText}" dominant-baseline="middle"`;
  const stops = barStops()
    .map((colour, i) => `<stop offset="${fixed(i / BAR_STOPS)}" stop-color="${colour}"/>`)
    .join('');
  const labelY = top + BAR.height + BAR.textGap / 2;
  return [
    `<defs><linearGradient id="color-bar">${stops}</linearGradient></defs>`,
    `<g data-layer="legend"><rect x="${fixed(left)}" y="${BAR.margin}" width="${boxWidth}" height="${boxHeight}" fill="${theme.labelHalo}" stroke="${theme.grid}"/>`,
    `<text x="${fixed(left + BAR.padding)}" y="${BAR.margin + BAR.padding + BAR.textGap / 2}" ${font}>${xmlEscape(bar.name)}</text>`,
    `<rect x="${fixed(left + BAR.padding)}" y="${top}" width="${BAR.width}" height="${BAR.height}" fill="url(#color-bar)"/>`,
    `<text x="${fixed(left + BAR.padding)}" y="${labelY}" ${font}>${xmlEscape(formatBarValue(bar.min))}</text>`,
    `<text x="${fixed(left + BAR.padding + BAR.width)}" y="${labelY}" text-anchor="end" ${font}>${xmlEscape(formatBarValue(bar.max))}</text></g>`,
  ];
}
