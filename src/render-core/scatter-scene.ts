/**
 * A 2D scatter plot laid out for drawing without a browser window: the map fitted to the picture as the app
 * fits it, each point's colour from the app's own palette for the label column, the legend rows, and the
 * text labels placed by the app's own collision-free placer. Pure: no DOM, no Node.
 */
import { assignColors, type LegendEntry } from '../renderer/src/plot/palette';
import { placeLabels, type ScreenRect } from '../renderer/src/plot/label-placement';
import { computeExtent, dataToScreen, fitView, type ViewportSize } from '../renderer/src/plot/view-math';
import {
  AVERAGE_ADVANCE_EM,
  FIT_PADDING_PX,
  LABEL_FONT_PX,
  LABEL_GAP_PX,
  LABEL_HALO_PX,
  LABEL_LINE_HEIGHT_PX,
  LEGEND_BOX,
  MAX_LABEL_CHARS,
  MAX_LABELS,
  POINT_SIZE_PX,
  TITLE_FONT_PX,
  TITLE_TOP_PX,
} from './render-constants';

/** The map data a scene is drawn from (a `MapResult`'s fields). */
export interface ScatterInput {
  readonly texts: readonly string[];
  readonly labels: readonly (string | null)[];
  /** Row-major, `dims` values per point; a 3D map is drawn from its first two axes. */
  readonly coords: Float32Array;
  readonly dims: number;
}

/** A legend row as drawn: its name, colour and point count. */
export interface SceneLegendRow {
  readonly name: string;
  readonly color: string;
  readonly count: number;
}

/** One drawn point: screen position in CSS pixels and its colour. */
export interface ScenePoint {
  readonly index: number;
  readonly x: number;
  readonly y: number;
  readonly color: string;
}

/** One drawn text label: left edge and vertical middle in CSS pixels. */
export interface SceneLabel {
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

/** Everything the SVG writer needs. */
export interface ScatterScene {
  readonly size: ViewportSize;
  readonly points: readonly ScenePoint[];
  readonly labels: readonly SceneLabel[];
  readonly legend: readonly SceneLegendRow[];
  /** The legend box in the top-right corner (null without rows): labels keep clear of it. */
  readonly legendBox: ScreenRect | null;
}

/** Names of the legend entries that have no label of their own (English, as the CLI speaks English). */
const ENTRY_NAMES = { none: '(no label)', other: 'other', all: 'all items' } as const;

function legendName(entry: LegendEntry): string {
  return entry.kind === 'label' ? (entry.label ?? '') : ENTRY_NAMES[entry.kind];
}

/** The text a label shows: cut to {@link MAX_LABEL_CHARS} characters with an ellipsis, as on screen. */
export function labelTextOf(text: string): string {
  const chars = Array.from(text.trim());
  return chars.length <= MAX_LABEL_CHARS
    ? chars.join('')
    : `${chars.slice(0, MAX_LABEL_CHARS - 1).join('')}…`;
}

/** Approximate text width: SVG has no metrics without a browser, so labels are spaced by average advance. */
export function textWidthPx(text: string, fontPx: number): number {
  return Array.from(text).length * fontPx * AVERAGE_ADVANCE_EM;
}

/** The legend box for `rows` on a picture `width` pixels wide, laid out like the app's legend. */
export function legendBoxOf(rows: readonly SceneLegendRow[], width: number): ScreenRect | null {
  if (rows.length === 0) return null;
  const box = LEGEND_BOX;
  const nameWidth = Math.max(...rows.map((row) => textWidthPx(row.name, LABEL_FONT_PX)));
  const countWidth = Math.max(...rows.map((row) => textWidthPx(String(row.count), LABEL_FONT_PX)));
  const boxWidth =
    box.padding * 2 + box.swatchRadius * 2 + box.swatchGap + nameWidth + box.countGap + countWidth;
  const right = width - box.margin;
  return {
    left: right - boxWidth,
    right,
    top: box.margin,
    bottom: box.margin + box.padding * 2 + rows.length * box.rowHeight,
  };
}

function overlaps(a: ScreenRect, b: ScreenRect | null): boolean {
  return b !== null && a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
}

/** Point centres bucketed on a grid, to answer "does this box cover another point" without a full scan. */
class CentreGrid {
  private readonly cells = new Map<string, number[]>();

  constructor(
    private readonly points: readonly ScenePoint[],
    private readonly cellPx: number,
  ) {
    points.forEach((point, k) => {
      const key = `${Math.floor(point.x / cellPx)},${Math.floor(point.y / cellPx)}`;
      const cell = this.cells.get(key);
      if (cell === undefined) this.cells.set(key, [k]);
      else cell.push(k);
    });
  }

  coversPoint(rect: ScreenRect, index: number): boolean {
    for (let cx = Math.floor(rect.left / this.cellPx); cx <= Math.floor(rect.right / this.cellPx); cx++) {
      for (let cy = Math.floor(rect.top / this.cellPx); cy <= Math.floor(rect.bottom / this.cellPx); cy++) {
        for (const k of this.cells.get(`${cx},${cy}`) ?? []) {
          const point = this.points[k];
          if (point === undefined || point.index === index) continue;
          if (point.x >= rect.left && point.x <= rect.right && point.y >= rect.top && point.y <= rect.bottom)
            return true;
        }
      }
    }
    return false;
  }
}

/**
 * Lays out `input` on a picture of `size` CSS pixels, fitted as the app fits a freshly drawn map; text labels
 * keep clear of the legend and, when `withTitle`, of the title's band.
 */
export function scatterScene(input: ScatterInput, size: ViewportSize, withTitle: boolean): ScatterScene {
  const { coords, dims } = input;
  const count = Math.min(input.texts.length, Math.floor(coords.length / dims));
  const view = fitView(computeExtent(coords.subarray(0, count * dims), dims), size, FIT_PADDING_PX);
  const assignment = assignColors(input.labels.slice(0, count));
  const points: ScenePoint[] = [];
  for (let i = 0; i < count; i++) {
    const [x, y] = dataToScreen(view, size, coords[i * dims] ?? NaN, coords[i * dims + 1] ?? NaN);
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    const color = assignment.entries[assignment.entryOfPoint[i] ?? 0]?.color ?? '#000000';
    points.push({ index: i, x, y, color });
  }
  const legend = assignment.entries.map((entry) => ({
    name: legendName(entry),
    color: entry.color,
    count: entry.count,
  }));
  const legendBox = legendBoxOf(legend, size.width);
  const titleBand = withTitle
    ? { left: 0, right: size.width, top: 0, bottom: TITLE_TOP_PX + TITLE_FONT_PX / 2 }
    : null;
  const grid = new CentreGrid(points, 4 * LABEL_LINE_HEIGHT_PX);
  const texts = points.map((point) => labelTextOf(input.texts[point.index] ?? ''));
  const placed = placeLabels({
    indices: Int32Array.from(points, (_, k) => k),
    positions: Float32Array.from(points.flatMap((point) => [point.x, point.y])),
    viewportWidth: size.width,
    viewportHeight: size.height,
    measure: (k) => textWidthPx(texts[k] ?? '', LABEL_FONT_PX),
    coversPoint: (rect, k) =>
      overlaps(rect, legendBox) ||
      overlaps(rect, titleBand) ||
      grid.coversPoint(rect, points[k]?.index ?? -1),
    lineHeight: LABEL_LINE_HEIGHT_PX,
    offsetX: POINT_SIZE_PX / 2 + LABEL_GAP_PX + LABEL_HALO_PX,
    margin: LABEL_HALO_PX,
    maxLabels: MAX_LABELS,
  });
  return {
    size,
    points,
    labels: placed.map((label) => ({ x: label.x, y: label.y, text: texts[label.index] ?? '' })),
    legend,
    legendBox,
  };
}
