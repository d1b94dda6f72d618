/**
 * The 3D camera as plain numbers: it orbits a target at a distance, turned by yaw (around the vertical
 * axis) and pitch (up and down). y is up and yaw = pitch = 0 looks down −z, so the x–y plane of a 3D map is
 * seen as the 2D map of the same data. Kept free of three.js so rotate, dolly, pan and fit are unit tested.
 */
import type { ViewportSize } from './view-math';

/** Perspective (depth by size) or orthographic (parallel lines stay parallel, as in a textbook figure). */
export type Projection3d = 'perspective' | 'orthographic';

/** A point or direction in 3D. */
export type Vec3 = readonly [number, number, number];

/** Where the camera is and what it looks at. */
export interface OrbitState {
  readonly target: Vec3;
  readonly yaw: number;
  readonly pitch: number;
  readonly distance: number;
  /** Radius of the data's bounding sphere: sets the near and far planes, fog and dolly limits. */
  readonly radius: number;
  readonly projection: Projection3d;
}

/** Vertical field of view in degrees: a normal lens; wider distorts the edges, narrower flattens depth. */
export const ORBIT_FOV_DEG = 45;
/** The pose a fresh 3D map is shown in: turned (radians) enough that depth reads at once… */
export const DEFAULT_YAW = 0.6;
/** …and tilted (radians) to look slightly down on it, as at a model on a table. */
export const DEFAULT_PITCH = 0.35;
/** Radians per CSS pixel of drag: a drag across a typical plot turns the map about one full turn. */
const ROTATE_PER_PX = 0.008;
/** Pitch stops short of straight up or down, where yaw would spin around the view axis. */
const MAX_PITCH = Math.PI / 2 - 0.01;
/** Dolly limits in bounding-sphere radii: inside the cloud at one end, a dot at the other. */
const MIN_DISTANCE_RADII = 0.05;
const MAX_DISTANCE_RADII = 60;
/** Room around the fitted sphere (fraction of the radius), so the outermost points are not on the edge. */
const FIT_MARGIN = 1.08;

/** Bounds of a set of 3D points. */
export interface Extent3 {
  readonly min: Vec3;
  readonly max: Vec3;
}

/** The bounds of the finite rows of `coords` (`dims` values per row; missing z is 0) among `indices`, or all rows. */
export function computeExtent3(
  coords: Float32Array,
  dims: number,
  indices?: ArrayLike<number>,
): Extent3 | null {
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  const count = indices === undefined ? Math.floor(coords.length / dims) : indices.length;
  for (let k = 0; k < count; k++) {
    const i = indices === undefined ? k : (indices[k] ?? 0);
    const p = [
      coords[i * dims] ?? NaN,
      coords[i * dims + 1] ?? NaN,
      dims > 2 ? (coords[i * dims + 2] ?? NaN) : 0,
    ];
    if (!p.every(Number.isFinite)) continue;
    for (let axis = 0; axis < 3; axis++) {
      min[axis] = Math.min(min[axis] ?? 0, p[axis] ?? 0);
      max[axis] = Math.max(max[axis] ?? 0, p[axis] ?? 0);
    }
  }
  if (!((min[0] ?? 0) <= (max[0] ?? 0))) return null;
  return { min: [min[0] ?? 0, min[1] ?? 0, min[2] ?? 0], max: [max[0] ?? 0, max[1] ?? 0, max[2] ?? 0] };
}

/** The camera that shows all of `extent` in `size`, keeping the given angles and projection. */
export function fitOrbit(
  extent: Extent3 | null,
  size: ViewportSize,
  pose: Pick<OrbitState, 'yaw' | 'pitch' | 'projection'>,
): OrbitState {
  const min = extent?.min ?? [-1, -1, -1];
  const max = extent?.max ?? [1, 1, 1];
  const target: Vec3 = [(min[0] + max[0]) / 2, (min[1] + max[1]) / 2, (min[2] + max[2]) / 2];
  // Half the diagonal encloses the box from any angle; a single point still needs a finite sphere.
  const radius = Math.hypot(max[0] - min[0], max[1] - min[1], max[2] - min[2]) / 2 || 1;
  const halfFov = ((ORBIT_FOV_DEG / 2) * Math.PI) / 180;
  const aspect = size.width / Math.max(size.height, 1);
  // The narrower of the two fields of view decides: a tall plot must fit the sphere across too.
  const halfNarrow = Math.min(halfFov, Math.atan(Math.tan(halfFov) * aspect));
  const distance = (radius * FIT_MARGIN) / Math.sin(halfNarrow);
  return { ...pose, target, radius, distance };
}

/** The camera turned by a drag of (dx, dy) CSS pixels: right turns the map right, up tilts it up. */
export function rotateOrbit(state: OrbitState, dx: number, dy: number): OrbitState {
  const pitch = Math.min(MAX_PITCH, Math.max(-MAX_PITCH, state.pitch + dy * ROTATE_PER_PX));
  return { ...state, yaw: state.yaw - dx * ROTATE_PER_PX, pitch };
}

/** The camera moved towards (factor < 1) or away from the target. */
export function dollyOrbit(state: OrbitState, factor: number): OrbitState {
  const distance = Math.min(
    state.radius * MAX_DISTANCE_RADII,
    Math.max(state.radius * MIN_DISTANCE_RADII, state.distance * factor),
  );
  return { ...state, distance };
}

/** Data units per CSS pixel at the target's depth (the same for both projections, by construction). */
export function orbitUnitsPerPixel(state: OrbitState, size: ViewportSize): number {
  const halfFov = ((ORBIT_FOV_DEG / 2) * Math.PI) / 180;
  return (2 * state.distance * Math.tan(halfFov)) / Math.max(size.height, 1);
}

/** The camera slid sideways by a drag of (dx, dy) CSS pixels: the target follows the pointer. */
export function panOrbit(state: OrbitState, dx: number, dy: number, size: ViewportSize): OrbitState {
  const { right, up } = orbitBasis(state);
  const units = orbitUnitsPerPixel(state, size);
  const target: Vec3 = [
    state.target[0] - (right[0] * dx - up[0] * dy) * units,
    state.target[1] - (right[1] * dx - up[1] * dy) * units,
    state.target[2] - (right[2] * dx - up[2] * dy) * units,
  ];
  return { ...state, target };
}

/** The camera's unit axes: `back` points from the target to the eye. */
export function orbitBasis(state: OrbitState): { right: Vec3; up: Vec3; back: Vec3 } {
  const cp = Math.cos(state.pitch);
  const sp = Math.sin(state.pitch);
  const cy = Math.cos(state.yaw);
  const sy = Math.sin(state.yaw);
  return { back: [cp * sy, sp, cp * cy], right: [cy, 0, -sy], up: [-sp * sy, cp, -sp * cy] };
}

/** Where the eye is. */
export function orbitEye(state: OrbitState): Vec3 {
  const { back } = orbitBasis(state);
  return [
    state.target[0] + back[0] * state.distance,
    state.target[1] + back[1] * state.distance,
    state.target[2] + back[2] * state.distance,
  ];
}
