/**
 * Screen projection of 3D points with a view-projection matrix (16 numbers, column-major, as WebGL and
 * three.js store it). Hover, lasso, labels and transitions all go through these, so what is picked is what
 * is drawn. The end-to-end test projects points with the same formula from the matrix the probe publishes.
 */
import type { ViewportSize } from './view-math';

/** A 4×4 matrix, column-major: element (row r, column c) is at `c * 4 + r`. */
export type Matrix4Elements = ArrayLike<number>;

/** A point on screen: CSS pixels from the top-left corner and its depth in normalised device units (−1 near … 1 far). */
export interface ScreenPosition {
  readonly x: number;
  readonly y: number;
  readonly depth: number;
}

/**
 * Where (x, y, z) lands on a canvas of `size` CSS pixels, or null when it is behind the camera (w ≤ 0).
 * Points outside the canvas still get positions (off-screen), so a caller can clip as it needs.
 */
export function projectPoint(
  m: Matrix4Elements,
  x: number,
  y: number,
  z: number,
  size: ViewportSize,
): ScreenPosition | null {
  const w = (m[3] ?? 0) * x + (m[7] ?? 0) * y + (m[11] ?? 0) * z + (m[15] ?? 0);
  if (!(w > 0)) return null;
  const cx = (m[0] ?? 0) * x + (m[4] ?? 0) * y + (m[8] ?? 0) * z + (m[12] ?? 0);
  const cy = (m[1] ?? 0) * x + (m[5] ?? 0) * y + (m[9] ?? 0) * z + (m[13] ?? 0);
  const cz = (m[2] ?? 0) * x + (m[6] ?? 0) * y + (m[10] ?? 0) * z + (m[14] ?? 0);
  return {
    x: ((cx / w + 1) / 2) * size.width,
    y: ((1 - cy / w) / 2) * size.height,
    depth: cz / w,
  };
}

/** The 3D point that `inverse` (the inverted view-projection) maps to screen (x, y) at NDC depth `depth`. */
export function unprojectPoint(
  inverse: Matrix4Elements,
  x: number,
  y: number,
  depth: number,
  size: ViewportSize,
): [number, number, number] {
  const nx = (x / size.width) * 2 - 1;
  const ny = 1 - (y / size.height) * 2;
  const m = inverse;
  const w = (m[3] ?? 0) * nx + (m[7] ?? 0) * ny + (m[11] ?? 0) * depth + (m[15] ?? 0);
  return [
    ((m[0] ?? 0) * nx + (m[4] ?? 0) * ny + (m[8] ?? 0) * depth + (m[12] ?? 0)) / w,
    ((m[1] ?? 0) * nx + (m[5] ?? 0) * ny + (m[9] ?? 0) * depth + (m[13] ?? 0)) / w,
    ((m[2] ?? 0) * nx + (m[6] ?? 0) * ny + (m[10] ?? 0) * depth + (m[14] ?? 0)) / w,
  ];
}

/** Screen positions of every point (x, y per point; NaN where clipped or not accepted) and their depths. */
export interface ProjectedPoints {
  readonly screen: Float32Array;
  readonly depth: Float32Array;
}

/** What {@link projectRange} projects: rows of `coords` (`dims` values each) through `m` onto a plot of `size`. */
export interface ProjectionInput {
  readonly coords: Float32Array;
  readonly dims: number;
  readonly m: Matrix4Elements;
  readonly size: ViewportSize;
  readonly accept: (index: number) => boolean;
}

/**
 * Projects the rows `start … end` of the input into `out` (which must hold NaN there already). Points behind
 * the camera, beyond the near or far plane, or rejected by `accept` keep NaN, which every grid query skips.
 */
export function projectRange(input: ProjectionInput, start: number, end: number, out: ProjectedPoints): void {
  const { coords, dims, m, size, accept } = input;
  const { screen, depth } = out;
  for (let i = start; i < end; i++) {
    if (!accept(i)) continue;
    const z = dims > 2 ? (coords[i * dims + 2] ?? NaN) : 0;
    const p = projectPoint(m, coords[i * dims] ?? NaN, coords[i * dims + 1] ?? NaN, z, size);
    if (p === null || !(p.depth >= -1 && p.depth <= 1)) continue;
    screen[2 * i] = p.x;
    screen[2 * i + 1] = p.y;
    depth[i] = p.depth;
  }
}

/** Projects every row of `coords` (`dims` values per row; a missing z is 0) in one go; see {@link projectRange}. */
export function projectAll(
  coords: Float32Array,
  dims: number,
  m: Matrix4Elements,
  size: ViewportSize,
  accept: (index: number) => boolean,
): ProjectedPoints {
  const count = Math.floor(coords.length / dims);
  const out = { screen: new Float32Array(count * 2).fill(NaN), depth: new Float32Array(count).fill(NaN) };
  projectRange({ coords, dims, m, size, accept }, 0, count, out);
  return out;
}
