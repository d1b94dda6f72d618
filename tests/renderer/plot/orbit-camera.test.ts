import { describe, expect, it } from 'vitest';
import { CameraRig, viewProjectionOf } from '../../../src/renderer/src/plot/camera-rig';
import {
  computeExtent3,
  DEFAULT_PITCH,
  DEFAULT_YAW,
  dollyOrbit,
  fitOrbit,
  orbitBasis,
  orbitEye,
  panOrbit,
  rotateOrbit,
  type OrbitState,
  type Projection3d,
} from '../../../src/renderer/src/plot/orbit-camera';
import { projectPoint } from '../../../src/renderer/src/plot/projection-math';

const size = { width: 800, height: 500 };
const extent = { min: [-3, -1, -2] as const, max: [5, 2, 4] as const };
const corners = [0, 1, 2, 3, 4, 5, 6, 7].map(
  (bits) =>
    [0, 1, 2].map((axis) => ((bits >> axis) & 1 ? extent.max[axis] : extent.min[axis]) ?? 0) as [
      number,
      number,
      number,
    ],
);

function screenOf(
  orbit: OrbitState,
  point: readonly [number, number, number],
): { x: number; y: number } | null {
  const m = viewProjectionOf(new CameraRig().camera3d(orbit, size)).elements;
  return projectPoint(m, point[0], point[1], point[2], size);
}

describe('orbit camera', () => {
  it.each<Projection3d>(['perspective', 'orthographic'])(
    'fits every corner of the data inside the plot (%s)',
    (projection) => {
      for (const [yaw, pitch] of [
        [0, 0],
        [DEFAULT_YAW, DEFAULT_PITCH],
        [2.5, -1.2],
      ] as const) {
        const orbit = fitOrbit(extent, size, { yaw, pitch, projection });
        for (const corner of corners) {
          const p = screenOf(orbit, corner);
          expect(p).not.toBeNull();
          expect(p?.x).toBeGreaterThanOrEqual(0);
          expect(p?.x).toBeLessThanOrEqual(size.width);
          expect(p?.y).toBeGreaterThanOrEqual(0);
          expect(p?.y).toBeLessThanOrEqual(size.height);
        }
      }
    },
  );

  it('looks down −z with y up at yaw = pitch = 0, like the 2D map', () => {
    const orbit = fitOrbit(extent, size, { yaw: 0, pitch: 0, projection: 'perspective' });
    const centre = screenOf(orbit, [1, 0.5, 1]);
    const right = screenOf(orbit, [2, 0.5, 1]);
    const up = screenOf(orbit, [1, 1.5, 1]);
    expect(centre?.x).toBeCloseTo(size.width / 2, 3);
    expect((right?.x ?? 0) > (centre?.x ?? 0)).toBe(true);
    expect((up?.y ?? 0) < (centre?.y ?? 0)).toBe(true);
    expect(orbitEye(orbit)[2]).toBeGreaterThan(orbit.target[2]);
  });

  it('keeps an orthonormal basis and clamps the pitch short of the poles', () => {
    const orbit = rotateOrbit(
      fitOrbit(extent, size, { yaw: 0.3, pitch: 0, projection: 'perspective' }),
      37,
      10_000,
    );
    expect(orbit.pitch).toBeLessThan(Math.PI / 2);
    const { right, up, back } = orbitBasis(orbit);
    const dot = (a: readonly number[], b: readonly number[]): number =>
      a.reduce((sum, v, i) => sum + v * (b[i] ?? 0), 0);
    expect(dot(right, up)).toBeCloseTo(0, 10);
    expect(dot(right, back)).toBeCloseTo(0, 10);
    expect(dot(up, back)).toBeCloseTo(0, 10);
    expect(dot(back, back)).toBeCloseTo(1, 10);
  });

  it('dollies within limits', () => {
    const orbit = fitOrbit(extent, size, { yaw: 0, pitch: 0, projection: 'perspective' });
    expect(dollyOrbit(orbit, 0.5).distance).toBeCloseTo(orbit.distance * 0.5);
    expect(dollyOrbit(orbit, 1e-9).distance).toBeGreaterThan(0);
    expect(dollyOrbit(orbit, 1e9).distance).toBeLessThan(orbit.distance * 1000);
  });

  it.each<Projection3d>(['perspective', 'orthographic'])(
    'pans so the target follows the pointer (%s)',
    (projection) => {
      const orbit = fitOrbit(extent, size, { yaw: DEFAULT_YAW, pitch: DEFAULT_PITCH, projection });
      const before = screenOf(orbit, orbit.target);
      const after = screenOf(panOrbit(orbit, 40, -25, size), orbit.target);
      expect((after?.x ?? 0) - (before?.x ?? 0)).toBeCloseTo(40, 1);
      expect((after?.y ?? 0) - (before?.y ?? 0)).toBeCloseTo(-25, 1);
    },
  );

  it('computes 3D extents of all rows or a subset, with z = 0 for 2D rows', () => {
    const coords = Float32Array.from([0, 0, 0, 1, 2, 3, -1, 5, NaN]);
    expect(computeExtent3(coords, 3)).toEqual({ min: [0, 0, 0], max: [1, 2, 3] });
    expect(computeExtent3(coords, 3, [1])).toEqual({ min: [1, 2, 3], max: [1, 2, 3] });
    expect(computeExtent3(Float32Array.from([1, 2, 3, 4]), 2)).toEqual({ min: [1, 2, 0], max: [3, 4, 0] });
    expect(computeExtent3(new Float32Array(0), 3)).toBeNull();
  });
});
