/**
 * Which points are offered to the label placer, in priority order, with their screen positions. In 2D the
 * visible points in index order, drawn from the hit grid (grid-label-candidates); in 3D the visible points
 * nearest to the eye first, so the labels that win the collision test are the ones in front.
 */
import type { ProjectedPoints } from './projection-math';
import type { ViewportSize } from './view-math';

/** At most this many visible points are offered to the placer per layout (about 5 ms of queries). */
export const MAX_CANDIDATES = 5000;
/** Depth buckets for picking the nearest candidates without sorting a million depths. */
const DEPTH_BUCKETS = 1024;

/** Candidate points and their screen positions (x, y at 2k, 2k + 1). */
export interface LabelCandidates {
  readonly indices: Int32Array;
  readonly positions: Float32Array;
}

/**
 * The projected points inside the viewport, nearest first, at most {@link MAX_CANDIDATES}. A histogram of
 * depths finds the cut-off in linear time; only the kept few are sorted.
 */
export function candidates3d(projected: ProjectedPoints, size: ViewportSize): LabelCandidates {
  return new DepthCandidatesBuild(projected, size).finish();
}

/** The bucket of a depth in -1 … 1. */
function bucketOf(depth: number): number {
  return Math.min(DEPTH_BUCKETS - 1, Math.max(0, Math.floor(((depth + 1) / 2) * DEPTH_BUCKETS)));
}

/**
 * {@link candidates3d} resumable after any point (a large map's, between frames): a pass that counts depths
 * per bucket, then a pass that keeps the points of the nearest buckets, then the sort of those few.
 */
export class DepthCandidatesBuild {
  private pass: 'histogram' | 'keep' = 'histogram';
  private next = 0;
  private readonly histogram = new Int32Array(DEPTH_BUCKETS);
  private limit = DEPTH_BUCKETS;
  private readonly kept: number[] = [];
  private result: LabelCandidates | null = null;

  constructor(
    private readonly projected: ProjectedPoints,
    private readonly size: ViewportSize,
  ) {}

  /** Works through at most `points` points; returns the candidates once both passes are done, else null. */
  step(points: number): LabelCandidates | null {
    const { depth } = this.projected;
    let budget = points;
    while (this.result === null && budget > 0) {
      const end = Math.min(depth.length, this.next + budget);
      budget -= end - this.next;
      if (this.pass === 'histogram') this.count(this.next, end);
      else this.keep(this.next, end);
      this.next = end;
      if (end === depth.length) this.endPass();
    }
    return this.result;
  }

  /** Finishes now and returns the candidates. */
  finish(): LabelCandidates {
    let result = this.step(Infinity);
    while (result === null) result = this.step(Infinity);
    return result;
  }

  private inside(i: number): boolean {
    const { screen } = this.projected;
    const x = screen[2 * i] ?? NaN;
    const y = screen[2 * i + 1] ?? NaN;
    return x >= 0 && x <= this.size.width && y >= 0 && y <= this.size.height;
  }

  private count(start: number, end: number): void {
    const { depth } = this.projected;
    const { histogram } = this;
    for (let i = start; i < end; i++) {
      if (!this.inside(i)) continue;
      const bucket = bucketOf(depth[i] ?? 0);
      histogram[bucket] = (histogram[bucket] ?? 0) + 1;
    }
  }

  private keep(start: number, end: number): void {
    const { depth } = this.projected;
    for (let i = start; i < end; i++) {
      if (this.inside(i) && bucketOf(depth[i] ?? 0) < this.limit) this.kept.push(i);
    }
  }

  private endPass(): void {
    this.next = 0;
    if (this.pass === 'histogram') {
      for (let b = 0, total = 0; b < DEPTH_BUCKETS; b++) {
        total += this.histogram[b] ?? 0;
        if (total >= MAX_CANDIDATES) {
          this.limit = b + 1;
          break;
        }
      }
      this.pass = 'keep';
      return;
    }
    const { screen, depth } = this.projected;
    const indices = Int32Array.from(nearestFirst(this.kept, depth, MAX_CANDIDATES));
    const positions = new Float32Array(indices.length * 2);
    indices.forEach((i, k) => {
      positions[2 * k] = screen[2 * i] ?? NaN;
      positions[2 * k + 1] = screen[2 * i + 1] ?? NaN;
    });
    this.result = { indices, positions };
  }
}

/**
 * The `need` points of `kept` (ascending indices) with the lowest depth, nearest first, ties by index: the
 * prefix a full sort would give. When the depths pile up (one bucket of the coarse histogram can hold most of
 * a million points), only the points that might make the cut are sorted: a finer histogram over their own
 * depth range splits them into those surely in and a narrower border, and so on.
 */
export function nearestFirst(kept: readonly number[], depth: Float32Array, need: number): number[] {
  const byDepth = (a: number, b: number): number => (depth[a] ?? 0) - (depth[b] ?? 0) || a - b;
  // Sorting a few times `need` costs less than another pass.
  if (kept.length <= 4 * need) return [...kept].sort(byDepth).slice(0, need);
  let lo = Infinity;
  let hi = -Infinity;
  for (const i of kept) {
    const d = depth[i] ?? 0;
    if (d < lo) lo = d;
    if (d > hi) hi = d;
  }
  // All at one depth: index order is the answer, and kept is in index order already.
  if (!(hi > lo)) return kept.slice(0, need);
  const bucket = (i: number): number =>
    Math.min(DEPTH_BUCKETS - 1, Math.floor((((depth[i] ?? 0) - lo) / (hi - lo)) * DEPTH_BUCKETS));
  const histogram = new Int32Array(DEPTH_BUCKETS);
  for (const i of kept) {
    const b = bucket(i);
    histogram[b] = (histogram[b] ?? 0) + 1;
  }
  let cut = 0;
  for (let total = 0; cut < DEPTH_BUCKETS; cut++) {
    total += histogram[cut] ?? 0;
    if (total >= need) break;
  }
  const sure: number[] = [];
  const border: number[] = [];
  for (const i of kept) {
    const b = bucket(i);
    if (b < cut) sure.push(i);
    else if (b === cut) border.push(i);
  }
  sure.sort(byDepth);
  return sure.concat(nearestFirst(border, depth, need - sure.length));
}
