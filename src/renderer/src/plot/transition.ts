/**
 * Point animations between two layouts (2D ⇄ 3D, perspective ⇄ orthographic). The GPU mixes the two
 * position buffers with one uniform, so a frame of the animation costs no JavaScript per point; the math
 * here is the same mix, for tests and for picking.
 */
import type { PlotData } from './plot-data';

/** How long points take to move to their new places: long enough to follow, short enough not to wait. */
export const TRANSITION_MS = 600;

/** Cubic ease-in-out: starts and ends at rest, so the eye can follow where each point goes. */
export function easeInOutCubic(t: number): number {
  const x = Math.min(1, Math.max(0, t));
  return x < 0.5 ? 4 * x * x * x : 1 - (-2 * x + 2) ** 3 / 2;
}

/** Eased progress of a transition that started at `startMs`, at time `nowMs`. */
export function transitionProgress(startMs: number, nowMs: number, durationMs = TRANSITION_MS): number {
  return easeInOutCubic(durationMs <= 0 ? 1 : (nowMs - startMs) / durationMs);
}

/** `from` + (`to` − `from`) × `t` for every value (both arrays the same length), written into `out`. */
export function interpolatePositions(
  from: Float32Array,
  to: Float32Array,
  t: number,
  out: Float32Array = new Float32Array(to.length),
): Float32Array {
  for (let i = 0; i < to.length; i++) {
    const a = from[i] ?? 0;
    out[i] = a + ((to[i] ?? 0) - a) * t;
  }
  return out;
}

/** Where the same items are (same count, same texts in the same order): only then can points move. */
export function sameItems(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Maps positions to the screen and back, for one camera (2D view or 3D view-projection). */
export interface Projector {
  /** CSS pixels and NDC depth of (x, y, z), or null when it is not in front of the camera. */
  toScreen(x: number, y: number, z: number): { x: number; y: number; depth: number } | null;
  /** The point at screen (x, y) and NDC `depth`. */
  fromScreen(x: number, y: number, depth: number): [number, number, number];
}

/**
 * Start positions (3 per point) for a transition to `next` seen through `nextCamera`: each point starts
 * where it appears now (`current` through `currentCamera`), placed at the depth it will have. So the first
 * frame of the new camera looks exactly like the last frame of the old one, and then the points move.
 * Points that cannot be placed (behind a camera) start where they end.
 */
export function transitionStart(
  current: Float32Array,
  currentCamera: Projector,
  next: Float32Array,
  nextCamera: Projector,
): Float32Array {
  const from = new Float32Array(next.length);
  for (let i = 0; i + 2 < next.length; i += 3) {
    const nx = next[i] ?? 0;
    const ny = next[i + 1] ?? 0;
    const nz = next[i + 2] ?? 0;
    const seen = currentCamera.toScreen(current[i] ?? NaN, current[i + 1] ?? NaN, current[i + 2] ?? NaN);
    const target = nextCamera.toScreen(nx, ny, nz);
    const start =
      seen === null || target === null ? null : nextCamera.fromScreen(seen.x, seen.y, target.depth);
    const ok = start !== null && start.every(Number.isFinite);
    from[i] = ok ? start[0] : nx;
    from[i + 1] = ok ? start[1] : ny;
    from[i + 2] = ok ? start[2] : nz;
  }
  return from;
}

/** A map on screen: its data, its positions (3 per point) and the camera it is seen through. */
export interface SeenMap {
  readonly data: PlotData | null;
  readonly positions: Float32Array;
  readonly camera: Projector;
}

/**
 * Where the points of `next` start when the same items change dimensionality (2D ⇄ 3D): where they were
 * seen; null (no transition) for other data.
 */
export function changeOfDims(previous: SeenMap, next: SeenMap): Float32Array | null {
  const before = previous.data;
  const after = next.data;
  if (before === null || after === null || before.dims === after.dims) return null;
  if (!sameItems(before.texts, after.texts)) return null;
  return transitionStart(previous.positions, previous.camera, next.positions, next.camera);
}
