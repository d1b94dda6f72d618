/**
 * Greedy, collision-free placement of text labels in screen space (CSS pixels). Each point offers a few
 * spots to its right; a label is kept only if it stays inside the plot, overlaps no label placed before it and
 * covers no point centre (its own point's centre stays visible because every spot starts right of it).
 */

/** A label that made it onto the screen, in CSS pixels from the plot's top-left corner. */
export interface PlacedLabel {
  readonly index: number;
  /** Left edge of the text. */
  readonly x: number;
  /** Vertical centre of the text (draw with `textBaseline = 'middle'`). */
  readonly y: number;
  readonly width: number;
}

/** An axis-aligned rectangle in CSS pixels. */
export interface ScreenRect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** What the placer needs to know; the callbacks keep it independent of the data layout and the canvas. */
export interface LabelPlacementInput {
  /** Candidate points in priority order, with their screen positions `(x, y)` at `2k`, `2k + 1`. */
  readonly indices: Int32Array;
  readonly positions: Float32Array;
  readonly viewportWidth: number;
  readonly viewportHeight: number;
  /** Text width in CSS pixels of point `index`'s label (0 hides it). */
  readonly measure: (index: number) => number;
  /** Whether any point centre other than `index`'s lies inside `rect`. */
  readonly coversPoint: (rect: ScreenRect, index: number) => boolean;
  /** Line height of a label. */
  readonly lineHeight: number;
  /** Gap from the point centre to the text's left edge: the point radius plus breathing room. */
  readonly offsetX: number;
  /** Extra margin around each label's box (the text halo) that must also stay clear. */
  readonly margin: number;
  /** Stop after this many labels: more would be unreadable and slow. */
  readonly maxLabels: number;
}

/** Bucket size of the occupancy grid for placed labels: about one short label wide. */
const BUCKET_PX = 64;

/** Places labels greedily in `indices` order and returns the ones that fit, in that order. */
export function placeLabels(input: LabelPlacementInput): PlacedLabel[] {
  const placement = new LabelPlacement(input);
  placement.step(Infinity);
  return placement.placed;
}

/**
 * The greedy placement of {@link placeLabels}, resumable after any candidate: a large map's layout runs in
 * slices between frames (see plot-labels), and the result is the same however it is cut.
 */
export class LabelPlacement {
  private readonly placedLabels: PlacedLabel[] = [];
  private readonly occupied: LabelOccupancy;
  /** Right, then nudged up, then nudged down: all to the right so the point itself is never covered. */
  private readonly lifts: readonly number[];
  private next = 0;

  constructor(private readonly input: LabelPlacementInput) {
    this.occupied = new LabelOccupancy(input.viewportWidth);
    this.lifts = [0, -input.lineHeight * 0.6, input.lineHeight * 0.6];
  }

  /** The labels placed so far, in candidate order. */
  get placed(): PlacedLabel[] {
    return this.placedLabels;
  }

  /** Whether every candidate has been tried (or enough labels were placed). */
  get done(): boolean {
    return this.next >= this.input.indices.length || this.placedLabels.length >= this.input.maxLabels;
  }

  /** Tries up to `candidates` more candidates; returns {@link done}. */
  step(candidates: number): boolean {
    const { input } = this;
    const end = Math.min(input.indices.length, this.next + candidates);
    for (; this.next < end && !this.done; this.next++) {
      this.tryCandidate(input.indices[this.next] ?? 0, this.next);
    }
    return this.done;
  }

  private tryCandidate(index: number, k: number): void {
    const { input, occupied } = this;
    const px = input.positions[2 * k] ?? NaN;
    const py = input.positions[2 * k + 1] ?? NaN;
    let width = -1;
    for (const lift of this.lifts) {
      const start = { index, x: px + input.offsetX, y: py + lift, width: 0 };
      // The empty box at the text's start is inside every label box there: when it is already blocked
      // (the usual case inside dense clusters) the text need not even be measured.
      if (!isFree(labelRect(start, input.lineHeight, input.margin), index, input, occupied)) continue;
      if (width < 0) width = input.measure(index);
      if (width <= 0) return;
      const label = { ...start, width };
      const rect = labelRect(label, input.lineHeight, input.margin);
      if (!isFree(rect, index, input, occupied)) continue;
      occupied.add(rect);
      this.placedLabels.push(label);
      return;
    }
  }
}

/** The box a label occupies, margin included. */
export function labelRect(label: PlacedLabel, lineHeight: number, margin: number): ScreenRect {
  return {
    left: label.x - margin,
    right: label.x + label.width + margin,
    top: label.y - lineHeight / 2 - margin,
    bottom: label.y + lineHeight / 2 + margin,
  };
}

/** Whether `rect` is inside the plot, clear of placed labels and of other points' centres. */
function isFree(
  rect: ScreenRect,
  index: number,
  input: LabelPlacementInput,
  occupied: LabelOccupancy,
): boolean {
  return (
    fitsInside(rect, input.viewportWidth, input.viewportHeight) &&
    !occupied.overlaps(rect) &&
    !input.coversPoint(rect, index)
  );
}

function fitsInside(rect: ScreenRect, width: number, height: number): boolean {
  return rect.left >= 0 && rect.top >= 0 && rect.right <= width && rect.bottom <= height;
}

function intersects(a: ScreenRect, b: ScreenRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Placed label boxes bucketed by screen area, so each test looks at neighbours only. */
class LabelOccupancy {
  private readonly buckets = new Map<number, ScreenRect[]>();
  private readonly columns: number;

  constructor(width: number) {
    this.columns = Math.max(1, Math.ceil(width / BUCKET_PX));
  }

  overlaps(rect: ScreenRect): boolean {
    let hit = false;
    this.forBuckets(rect, (key) => {
      hit ||= (this.buckets.get(key) ?? []).some((other) => intersects(rect, other));
    });
    return hit;
  }

  add(rect: ScreenRect): void {
    this.forBuckets(rect, (key) => {
      const bucket = this.buckets.get(key);
      if (bucket === undefined) this.buckets.set(key, [rect]);
      else bucket.push(rect);
    });
  }

  private forBuckets(rect: ScreenRect, visit: (key: number) => void): void {
    const c0 = Math.max(0, Math.floor(rect.left / BUCKET_PX));
    const c1 = Math.min(this.columns - 1, Math.floor(rect.right / BUCKET_PX));
    const r0 = Math.max(0, Math.floor(rect.top / BUCKET_PX));
    const r1 = Math.max(r0, Math.floor(rect.bottom / BUCKET_PX));
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) visit(r * this.columns + c);
  }
}
