/**
 * Hit tests in screen space (CSS pixels): the shapes a user draws to select points. Pure functions, so the
 * exact answer the end-to-end test computes on its side can be the same math.
 */

/** A closed polygon as flat `[x0, y0, x1, y1, …]` screen coordinates; the last vertex joins the first. */
export type Polygon = Float32Array | readonly number[];

/** An axis-aligned rectangle in CSS pixels (`left` ≤ `right`, `top` ≤ `bottom`). */
export interface PixelRect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** The rectangle spanned by two drag corners, in any order. */
export function rectFromCorners(x0: number, y0: number, x1: number, y1: number): PixelRect {
  return { left: Math.min(x0, x1), right: Math.max(x0, x1), top: Math.min(y0, y1), bottom: Math.max(y0, y1) };
}

/** Whether (x, y) lies inside the closed rectangle. */
export function pointInRect(rect: PixelRect, x: number, y: number): boolean {
  return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
}

/**
 * Whether (x, y) lies inside `polygon` by the even-odd rule (a ray cast to +x crosses the outline an odd
 * number of times). Self-intersecting lassos therefore select what the eye sees as "inside": the regions
 * enclosed an odd number of times. Fewer than three vertices enclose nothing.
 */
export function pointInPolygon(polygon: Polygon, x: number, y: number): boolean {
  const n = Math.floor(polygon.length / 2);
  if (n < 3) return false;
  let inside = false;
  let jx = polygon[2 * (n - 1)] ?? 0;
  let jy = polygon[2 * (n - 1) + 1] ?? 0;
  for (let i = 0; i < n; i++) {
    const ix = polygon[2 * i] ?? 0;
    const iy = polygon[2 * i + 1] ?? 0;
    // Half-open in y, so a vertex exactly on the ray's height is counted once, not twice.
    if (iy > y !== jy > y && x < ((jx - ix) * (y - iy)) / (jy - iy) + ix) inside = !inside;
    jx = ix;
    jy = iy;
  }
  return inside;
}

/** The bounding rectangle of `polygon`, or null when it has no vertex. */
export function polygonBounds(polygon: Polygon): PixelRect | null {
  if (polygon.length < 2) return null;
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (let i = 0; i + 1 < polygon.length; i += 2) {
    const x = polygon[i] ?? 0;
    const y = polygon[i + 1] ?? 0;
    left = Math.min(left, x);
    right = Math.max(right, x);
    top = Math.min(top, y);
    bottom = Math.max(bottom, y);
  }
  return { left, top, right, bottom };
}
