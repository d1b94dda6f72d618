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
  const { screen, depth } = projected;
  const inside = (i: number): boolean => {
    const x = screen[2 * i] ?? NaN;
    const y = screen[2 * i + 1] ?? NaN;
    return x >= 0 && x <= size.width && y >= 0 && y <= size.height;
  };
  const histogram = new Int32Array(DEPTH_BUCKETS);
  const bucketOf = (d: number): number =>
    Math.min(DEPTH_BUCKETS - 1, Math.max(0, Math.floor(((d + 1) / 2) * DEPTH_BUCKETS)));
  for (let i = 0; i < depth.length; i++) {
    if (!inside(i)) continue;
    const bucket = bucketOf(depth[i] ?? 0);
    histogram[bucket] = (histogram[bucket] ?? 0) + 1;
  }
  let limit = DEPTH_BUCKETS;
  for (let b = 0, total = 0; b < DEPTH_BUCKETS; b++) {
    total += histogram[b] ?? 0;
    if (total >= MAX_CANDIDATES) {
      limit = b + 1;
      break;
    }
  }
  const kept: number[] = [];
  for (let i = 0; i < depth.length; i++) if (inside(i) && bucketOf(depth[i] ?? 0) < limit) kept.push(i);
  kept.sort((a, b) => (depth[a] ?? 0) - (depth[b] ?? 0));
  const indices = Int32Array.from(kept.slice(0, MAX_CANDIDATES));
  const positions = new Float32Array(indices.length * 2);
  indices.forEach((i, k) => {
    positions[2 * k] = screen[2 * i] ?? NaN;
    positions[2 * k + 1] = screen[2 * i + 1] ?? NaN;
  });
  return { indices, positions };
}
