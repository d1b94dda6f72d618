/** Small conversions between the map's coordinates and what the GPU and the cameras need. */
import { computeExtent3, fitOrbit, type OrbitState } from './orbit-camera';
import { computeExtent, fitView, type ViewBounds, type ViewportSize } from './view-math';

/** A subset fit never zooms in further than this fraction of the whole map (one match is not a pixel wide). */
const MIN_SUBSET_FRACTION = 0.05;

/**
 * Row-major `coords` with `dims` values per point as 3 values per point (z = 0 for 2D maps), written into
 * `out` when it has the right length (3D coordinates are returned as they are).
 */
export function toPositions3(coords: Float32Array, dims: number, out?: Float32Array): Float32Array {
  if (dims === 3) return coords;
  const count = Math.floor(coords.length / dims);
  const positions = out?.length === count * 3 ? out : new Float32Array(count * 3);
  for (let i = 0, from = 0, to = 0; i < count; i++, from += dims, to += 3) {
    positions[to] = coords[from] ?? NaN;
    positions[to + 1] = coords[from + 1] ?? NaN;
    positions[to + 2] = 0;
  }
  return positions;
}

/** The 2D view that shows the points `indices`, keeping at least a small part of the whole map in view. */
export function fitView2dTo(
  coords: Float32Array,
  dims: number,
  indices: Int32Array,
  size: ViewportSize,
  paddingPx: number,
): ViewBounds | null {
  const picked = new Float32Array(indices.length * 2);
  indices.forEach((index, k) => {
    picked[2 * k] = coords[index * dims] ?? NaN;
    picked[2 * k + 1] = coords[index * dims + 1] ?? NaN;
  });
  const extent = computeExtent(picked, 2);
  const whole = computeExtent(coords, dims);
  if (extent === null || whole === null) return null;
  const minSpan = Math.max(whole.maxX - whole.minX, whole.maxY - whole.minY) * MIN_SUBSET_FRACTION;
  const grow = (lo: number, hi: number): [number, number] => {
    const extra = Math.max(0, minSpan - (hi - lo)) / 2;
    return [lo - extra, hi + extra];
  };
  const [minX, maxX] = grow(extent.minX, extent.maxX);
  const [minY, maxY] = grow(extent.minY, extent.maxY);
  return fitView({ minX, maxX, minY, maxY }, size, paddingPx);
}

/** The 3D camera that frames the points `indices`, keeping the whole map's sphere for near and far planes. */
export function fitOrbitTo(
  coords: Float32Array,
  dims: number,
  indices: Int32Array,
  size: ViewportSize,
  current: OrbitState,
): OrbitState | null {
  const extent = computeExtent3(coords, dims, indices);
  if (extent === null) return null;
  const fitted = fitOrbit(extent, size, current);
  const distance = Math.max(fitted.distance, (current.radius * MIN_SUBSET_FRACTION) / Math.sin(Math.PI / 8));
  return { ...fitted, distance, radius: current.radius };
}
