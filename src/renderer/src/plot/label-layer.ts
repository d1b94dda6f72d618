import { placeLabels, type PlacedLabel, type ScreenRect } from './label-placement';
import { POINT_SIZE_CSS_PX } from './point-material';
import type { SpatialGrid } from './spatial-grid';
import { screenToData, type ViewBounds, type ViewportSize } from './view-math';

/** Label font: the system UI font has Cyrillic and Latin glyphs on every platform we ship. */
export const LABEL_FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';
/** Line box of a 12 px label. */
const LINE_HEIGHT_PX = 14;
/** Width of the white halo around label text: keeps it readable over points and lines. */
const HALO_PX = 3;
/** Text beyond this many characters is cut with an ellipsis: whole sentences would bury the map. */
const MAX_LABEL_CHARS = 32;
/** More labels than this is clutter, and the greedy placer's cost grows with it. */
const MAX_LABELS = 400;
/** At most this many visible points are offered to the placer per frame (about 5 ms of queries). */
const MAX_CANDIDATES = 5000;
/** Gap between a point's rim and its label. */
const LABEL_GAP_PX = 3;

/** The data a label layer draws from. */
export interface LabelSource {
  readonly coords: Float32Array;
  readonly dims: number;
  readonly texts: readonly string[];
  readonly grid: SpatialGrid;
}

/** Shortens a label to {@link MAX_LABEL_CHARS} characters (by code point, so Cyrillic and emoji stay whole). */
export function labelText(text: string): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= MAX_LABEL_CHARS
    ? chars.join('')
    : `${chars.slice(0, MAX_LABEL_CHARS - 1).join('')}…`;
}

/**
 * Text labels beside the points, drawn on a 2D canvas laid over the WebGL canvas. Remembers the last
 * placement so an export draws exactly the labels the user sees.
 */
export class LabelLayer {
  private widths = new Float32Array(0);
  private source: LabelSource | null = null;
  private placed: PlacedLabel[] = [];

  constructor(private readonly measureContext: CanvasRenderingContext2D) {}

  /** Switches to a new map; text widths are measured lazily and cached per point. */
  setSource(source: LabelSource | null): void {
    this.source = source;
    this.widths = new Float32Array(source?.texts.length ?? 0).fill(NaN);
    this.placed = [];
  }

  /** Chooses which labels fit in `view` (CSS pixels of `size`). */
  layout(view: ViewBounds, size: ViewportSize): void {
    const source = this.source;
    if (source === null) {
      this.placed = [];
      return;
    }
    const { indices, positions } = visiblePoints(source, view, size);
    const toData = (x: number, y: number): [number, number] => screenToData(view, size, x, y);
    this.placed = placeLabels({
      indices,
      positions,
      viewportWidth: size.width,
      viewportHeight: size.height,
      measure: (index) => this.measure(index),
      coversPoint: (rect: ScreenRect, index) => {
        const [x0, y1] = toData(rect.left, rect.top);
        const [x1, y0] = toData(rect.right, rect.bottom);
        return source.grid.anyInRect(x0, y0, x1, y1, index);
      },
      lineHeight: LINE_HEIGHT_PX,
      offsetX: POINT_SIZE_CSS_PX / 2 + LABEL_GAP_PX + HALO_PX,
      margin: HALO_PX,
      maxLabels: MAX_LABELS,
    });
  }

  /** Draws the current placement; `scale` maps CSS pixels to the context's pixels. */
  draw(context: CanvasRenderingContext2D, scale: number): void {
    const texts = this.source?.texts ?? [];
    context.save();
    context.scale(scale, scale);
    context.font = LABEL_FONT;
    context.textBaseline = 'middle';
    context.lineJoin = 'round';
    context.lineWidth = HALO_PX;
    context.strokeStyle = 'rgba(255, 255, 255, 0.9)';
    context.fillStyle = '#262a33';
    for (const label of this.placed) {
      const text = labelText(texts[label.index] ?? '');
      context.strokeText(text, label.x, label.y);
      context.fillText(text, label.x, label.y);
    }
    context.restore();
  }

  /** How many labels the last layout placed. */
  get placedCount(): number {
    return this.placed.length;
  }

  private measure(index: number): number {
    const cached = this.widths[index] ?? 0;
    if (!Number.isNaN(cached)) return cached;
    this.measureContext.font = LABEL_FONT;
    const width = this.measureContext.measureText(labelText(this.source?.texts[index] ?? '')).width;
    this.widths[index] = width;
    return width;
  }
}

/**
 * The points inside the viewport with their screen positions, in index order. When more than
 * {@link MAX_CANDIDATES} are visible, an even stride of them: few labels fit into a dense view anyway, and the
 * placer's cost grows with every candidate.
 */
function visiblePoints(
  source: LabelSource,
  view: ViewBounds,
  size: ViewportSize,
): { indices: Int32Array; positions: Float32Array } {
  const { coords, dims } = source;
  const count = source.texts.length;
  // The same mapping as dataToScreen, unrolled: this loop runs over every point on every frame.
  const scaleX = size.width / (view.right - view.left);
  const scaleY = size.height / (view.top - view.bottom);
  const visible = new Int32Array(count);
  let found = 0;
  for (let i = 0; i < count; i++) {
    const px = ((coords[i * dims] ?? NaN) - view.left) * scaleX;
    const py = (view.top - (coords[i * dims + 1] ?? NaN)) * scaleY;
    if (px >= 0 && px <= size.width && py >= 0 && py <= size.height) visible[found++] = i;
  }
  const stride = Math.max(1, Math.ceil(found / MAX_CANDIDATES));
  const kept = Math.ceil(found / stride);
  const indices = new Int32Array(kept);
  const positions = new Float32Array(kept * 2);
  for (let k = 0; k < kept; k++) {
    const i = visible[k * stride] ?? 0;
    indices[k] = i;
    positions[2 * k] = ((coords[i * dims] ?? NaN) - view.left) * scaleX;
    positions[2 * k + 1] = (view.top - (coords[i * dims + 1] ?? NaN)) * scaleY;
  }
  return { indices, positions };
}
