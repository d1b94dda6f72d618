/**
 * The visible window of the scatter plot, in data units, and the math that moves it. Kept free of three.js
 * and the DOM so that fitting, panning and zooming are unit tested.
 *
 * The view always keeps one data unit equally long on both axes: PCA distances mean something, and a
 * stretched plot would lie about them.
 */

/** Data-space bounds of the orthographic camera (`top` > `bottom`: y grows upwards, as in the data). */
export interface ViewBounds {
  readonly left: number;
  readonly right: number;
  readonly bottom: number;
  readonly top: number;
}

/** The plot area's size in CSS pixels. */
export interface ViewportSize {
  readonly width: number;
  readonly height: number;
}

/** Axis-aligned bounds of the data, or null when there is no finite point. */
export interface DataExtent {
  readonly minX: number;
  readonly maxX: number;
  readonly minY: number;
  readonly maxY: number;
}

/** Zooming further in than this fraction of the data extent only shows float32 rounding noise. */
const MIN_ZOOM_FRACTION = 1e-5;
/** Zooming further out than this many data extents leaves a dot in an empty plot. */
const MAX_ZOOM_MULTIPLE = 50;

/** The bounds of the finite (x, y) pairs in row-major `coords` with `dims` values per point. */
export function computeExtent(coords: Float32Array, dims: number): DataExtent | null {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let offset = 0; offset + 1 < coords.length; offset += dims) {
    const x = coords[offset] ?? NaN;
    const y = coords[offset + 1] ?? NaN;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return minX <= maxX ? { minX, maxX, minY, maxY } : null;
}

/**
 * The view that shows all of `extent` centred in `size`, leaving `paddingPx` CSS pixels on every side.
 * A single point (zero extent) gets a unit-sized window around it.
 */
export function fitView(extent: DataExtent | null, size: ViewportSize, paddingPx: number): ViewBounds {
  const source = extent ?? { minX: -1, maxX: 1, minY: -1, maxY: 1 };
  const spanX = Math.max(source.maxX - source.minX, 0);
  const spanY = Math.max(source.maxY - source.minY, 0);
  const span = Math.max(spanX, spanY);
  // Degenerate data still needs a finite window; 1 data unit is as good as any.
  const safeSpanX = span === 0 ? 1 : spanX;
  const safeSpanY = span === 0 ? 1 : spanY;
  const usableW = Math.max(size.width - 2 * paddingPx, 1);
  const usableH = Math.max(size.height - 2 * paddingPx, 1);
  const unitsPerPx = Math.max(safeSpanX / usableW, safeSpanY / usableH);
  return centredView((source.minX + source.maxX) / 2, (source.minY + source.maxY) / 2, unitsPerPx, size);
}

/** A view of `size` CSS pixels centred on (cx, cy) with `unitsPerPx` data units per CSS pixel. */
export function centredView(cx: number, cy: number, unitsPerPx: number, size: ViewportSize): ViewBounds {
  const halfW = (size.width * unitsPerPx) / 2;
  const halfH = (size.height * unitsPerPx) / 2;
  return { left: cx - halfW, right: cx + halfW, bottom: cy - halfH, top: cy + halfH };
}

/** Data units per CSS pixel (the same on both axes by construction). */
export function unitsPerPixel(view: ViewBounds, size: ViewportSize): number {
  return (view.right - view.left) / Math.max(size.width, 1);
}

/** Where data point (x, y) lands, in CSS pixels from the plot's top-left corner. */
export function dataToScreen(view: ViewBounds, size: ViewportSize, x: number, y: number): [number, number] {
  return [
    ((x - view.left) / (view.right - view.left)) * size.width,
    ((view.top - y) / (view.top - view.bottom)) * size.height,
  ];
}

/** The data point under CSS pixel (px, py) of the plot. */
export function screenToData(view: ViewBounds, size: ViewportSize, px: number, py: number): [number, number] {
  return [
    view.left + (px / size.width) * (view.right - view.left),
    view.top - (py / size.height) * (view.top - view.bottom),
  ];
}

/** The view moved by a drag of (dxPx, dyPx) CSS pixels: the data follows the pointer. */
export function panView(view: ViewBounds, size: ViewportSize, dxPx: number, dyPx: number): ViewBounds {
  const units = unitsPerPixel(view, size);
  const dx = dxPx * units;
  const dy = dyPx * units;
  return { left: view.left - dx, right: view.right - dx, bottom: view.bottom + dy, top: view.top + dy };
}

/**
 * The view scaled by `factor` (< 1 zooms in) around CSS pixel (px, py), so the data point under the cursor
 * stays under it. The result is clamped so that its width stays within sane multiples of `extentSpan`.
 */
export function zoomViewAt(
  view: ViewBounds,
  size: ViewportSize,
  px: number,
  py: number,
  factor: number,
  extentSpan: number,
): ViewBounds {
  const width = view.right - view.left;
  const span = extentSpan > 0 ? extentSpan : 1;
  const newWidth = Math.min(Math.max(width * factor, span * MIN_ZOOM_FRACTION), span * MAX_ZOOM_MULTIPLE);
  const applied = newWidth / width;
  const [ax, ay] = screenToData(view, size, px, py);
  return {
    left: ax - (ax - view.left) * applied,
    right: ax + (view.right - ax) * applied,
    bottom: ay - (ay - view.bottom) * applied,
    top: ay + (view.top - ay) * applied,
  };
}

/** The view after the plot is resized: same centre, same scale, so nothing jumps. */
export function resizeView(view: ViewBounds, oldSize: ViewportSize, newSize: ViewportSize): ViewBounds {
  const units = unitsPerPixel(view, oldSize);
  return centredView((view.left + view.right) / 2, (view.bottom + view.top) / 2, units, newSize);
}

/** The wheel zoom factor for a `deltaY` in pixels: smooth on trackpads, one notch (100 px) ≈ 15 %. */
export function wheelZoomFactor(deltaY: number): number {
  return Math.exp(deltaY * 0.0015);
}
