import type { HitIndex } from './hit-index';
import type { LabelCandidates } from './label-candidates';
import { LabelPlacement, type PlacedLabel } from './label-placement';
import { isVisible } from './point-flags';
import { POINT_SIZE_CSS_PX } from './point-material';
import type { Projector } from './transition';
import type { ViewportSize } from './view-math';

/** Label font family: the system UI font has Cyrillic and Latin glyphs on every platform we ship. */
export const LABEL_FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';
/** The default label size in CSS pixels, and the legend's. */
export const DEFAULT_LABEL_FONT_PX = 12;
/** The user's label size is kept within these (CSS px): smaller is unreadable, larger buries the map. */
export const MIN_LABEL_FONT_PX = 8;
export const MAX_LABEL_FONT_PX = 24;
/** The legend's font (and the labels' by default). */
export const LABEL_FONT = `${DEFAULT_LABEL_FONT_PX}px ${LABEL_FONT_FAMILY}`;
/** Line box of a label, as a multiple of its font size (14 px for 12 px text). */
const LINE_HEIGHT_FACTOR = 14 / 12;
/** Width of the halo around label text (in the background's colour): keeps it readable over points. */
const HALO_PX = 3;
/** Text beyond this many characters is cut with an ellipsis: whole sentences would bury the map. */
const MAX_LABEL_CHARS = 32;
/** More labels than this is clutter, and the greedy placer's cost grows with it. */
const MAX_LABELS = 400;
/** Gap between a point's rim and its label. */
const LABEL_GAP_PX = 3;

/** A placed label with its (shortened) text, as drawn: what an SVG export writes. */
export interface DrawnLabel {
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

/** Text and halo colours, from the theme. */
export interface LabelColors {
  readonly text: string;
  readonly halo: string;
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
  private texts: readonly string[] = [];
  private placed: PlacedLabel[] = [];
  /** Each placed label's point on screen when it was placed (x, y at 2k, 2k + 1), for {@link follow}. */
  private anchors: Float32Array = new Float32Array(0);
  private fontPx = DEFAULT_LABEL_FONT_PX;
  /** A layout being carried out in steps, with the candidates it places (for the anchors). */
  private pending: { placement: LabelPlacement; candidates: LabelCandidates } | null = null;

  constructor(private readonly measureContext: CanvasRenderingContext2D) {}

  /** Switches to a new map's texts; widths are measured lazily and cached per point. */
  setTexts(texts: readonly string[] | null): void {
    if (texts === this.texts) return;
    this.texts = texts ?? [];
    this.widths = new Float32Array(this.texts.length).fill(NaN);
    this.placed = [];
    this.pending = null;
  }

  /** The label font size in CSS pixels (clamped); widths are measured again. */
  setFontSize(px: number): void {
    const clamped = Math.min(MAX_LABEL_FONT_PX, Math.max(MIN_LABEL_FONT_PX, px));
    if (clamped === this.fontPx) return;
    this.fontPx = clamped;
    this.widths.fill(NaN);
    this.placed = [];
    this.pending = null;
  }

  /** The label font size in CSS pixels. */
  get fontSize(): number {
    return this.fontPx;
  }

  /** The CSS font of the labels. */
  get font(): string {
    return `${this.fontPx}px ${LABEL_FONT_FAMILY}`;
  }

  /** The labels of the last layout with their texts, in CSS pixels (text's left edge, vertical middle). */
  drawnLabels(): DrawnLabel[] {
    return this.placed.map((label) => ({
      x: label.x,
      y: label.y,
      text: labelText(this.texts[label.index] ?? ''),
    }));
  }

  /** Chooses which of `candidates` get a label on a plot of `size`; `hits` says where points are. */
  layout(candidates: LabelCandidates, size: ViewportSize, hits: HitIndex): void {
    this.beginLayout(candidates, size, hits);
    this.continueLayout(Infinity);
  }

  /**
   * Starts a layout that {@link continueLayout} carries out in steps (a large map's, between frames); the
   * labels on screen stay until it is finished.
   */
  beginLayout(candidates: LabelCandidates, size: ViewportSize, hits: HitIndex): void {
    const placement = new LabelPlacement({
      indices: candidates.indices,
      positions: candidates.positions,
      viewportWidth: size.width,
      viewportHeight: size.height,
      measure: (index) => this.measure(index),
      coversPoint: (rect, index) => hits.coversPoint(rect, index),
      lineHeight: Math.round(this.fontPx * LINE_HEIGHT_FACTOR),
      offsetX: POINT_SIZE_CSS_PX / 2 + LABEL_GAP_PX + HALO_PX,
      margin: HALO_PX,
      maxLabels: MAX_LABELS,
    });
    this.pending = { placement, candidates };
  }

  /**
   * Tries up to `candidates` more candidates of the layout begun last; when it is finished its labels replace
   * those on screen. Returns whether no layout is left to do.
   */
  continueLayout(candidates: number): boolean {
    const pending = this.pending;
    if (pending === null) return true;
    if (!pending.placement.step(candidates)) return false;
    this.placed = pending.placement.placed;
    this.anchors = anchorsOf(this.placed, pending.candidates);
    this.pending = null;
    return true;
  }

  /** Drops the layout in progress, if any (the labels on screen stay). */
  cancelLayout(): void {
    this.pending = null;
  }

  /**
   * Moves the placed labels with their points to where `projector` shows them (`positions`: 3 per point),
   * dropping those that leave the plot: while a large map is dragged, this replaces a new layout per frame
   * (tens of ms at a million points); the camera at rest gets a fresh one. A pan keeps the labels apart
   * exactly; a zoom step may bring two closer until then.
   */
  follow(positions: Float32Array, projector: Projector, size: ViewportSize): void {
    const kept: PlacedLabel[] = [];
    const anchors: number[] = [];
    this.placed.forEach((label, k) => {
      const i = label.index;
      const p = projector.toScreen(
        positions[3 * i] ?? NaN,
        positions[3 * i + 1] ?? NaN,
        positions[3 * i + 2] ?? NaN,
      );
      if (p === null) return;
      const x = label.x + p.x - (this.anchors[2 * k] ?? 0);
      const y = label.y + p.y - (this.anchors[2 * k + 1] ?? 0);
      if (!(x >= 0 && x + label.width <= size.width && y >= 0 && y <= size.height)) return;
      kept.push({ ...label, x, y });
      anchors.push(p.x, p.y);
    });
    this.placed = kept;
    this.anchors = Float32Array.from(anchors);
  }

  /**
   * Drops, at once, the labels of points that `state` hides (and the layout in progress, which was begun for
   * the old state): a large map's new layout takes a few frames, and until then the labels of points just
   * hidden by a filter would float over empty space. The other labels stay exactly where they are.
   */
  dropHidden(state: Uint8Array): void {
    this.pending = null;
    const kept: PlacedLabel[] = [];
    const anchors: number[] = [];
    this.placed.forEach((label, k) => {
      if (!isVisible(state, label.index)) return;
      kept.push(label);
      anchors.push(this.anchors[2 * k] ?? NaN, this.anchors[2 * k + 1] ?? NaN);
    });
    if (kept.length === this.placed.length) return;
    this.placed = kept;
    this.anchors = Float32Array.from(anchors);
  }

  /** Forgets the placement (while the camera moves in 3D, old labels would sit beside the wrong points). */
  clear(): void {
    this.placed = [];
    this.pending = null;
  }

  /** Draws the current placement; `scale` maps CSS pixels to the context's pixels. */
  draw(context: CanvasRenderingContext2D, scale: number, colors: LabelColors): void {
    context.save();
    context.scale(scale, scale);
    context.font = this.font;
    context.textBaseline = 'middle';
    context.lineJoin = 'round';
    context.lineWidth = HALO_PX;
    context.strokeStyle = colors.halo;
    context.fillStyle = colors.text;
    for (const label of this.placed) {
      const text = labelText(this.texts[label.index] ?? '');
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
    this.measureContext.font = this.font;
    const width = this.measureContext.measureText(labelText(this.texts[index] ?? '')).width;
    this.widths[index] = width;
    return width;
  }
}

/** The candidate positions of `placed` (which come in candidate order, a subsequence of it). */
function anchorsOf(placed: readonly PlacedLabel[], candidates: LabelCandidates): Float32Array {
  const anchors = new Float32Array(placed.length * 2);
  let k = 0;
  placed.forEach((label, j) => {
    while (k < candidates.indices.length && candidates.indices[k] !== label.index) k++;
    anchors[2 * j] = candidates.positions[2 * k] ?? NaN;
    anchors[2 * j + 1] = candidates.positions[2 * k + 1] ?? NaN;
  });
  return anchors;
}
