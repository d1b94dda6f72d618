import { describe, expect, it } from 'vitest';
import {
  CameraRig,
  projector2d,
  projector3d,
  viewProjectionOf,
} from '../../../src/renderer/src/plot/camera-rig';
import { fitOrbit } from '../../../src/renderer/src/plot/orbit-camera';
import {
  easeInOutCubic,
  interpolatePositions,
  sameItems,
  transitionProgress,
  transitionStart,
  TRANSITION_MS,
} from '../../../src/renderer/src/plot/transition';
import { fitView } from '../../../src/renderer/src/plot/view-math';
import { random } from './random';

const size = { width: 600, height: 400 };

describe('easing and interpolation', () => {
  it('eases from rest to rest, symmetric and monotonic, clamped outside [0, 1]', () => {
    expect(easeInOutCubic(0)).toBe(0);
    expect(easeInOutCubic(1)).toBe(1);
    expect(easeInOutCubic(0.5)).toBeCloseTo(0.5);
    expect(easeInOutCubic(-1)).toBe(0);
    expect(easeInOutCubic(2)).toBe(1);
    for (let t = 0; t < 1; t += 0.05) {
      expect(easeInOutCubic(t + 0.05)).toBeGreaterThanOrEqual(easeInOutCubic(t));
      expect(easeInOutCubic(t) + easeInOutCubic(1 - t)).toBeCloseTo(1, 10);
    }
    expect(easeInOutCubic(0.01)).toBeLessThan(0.01);
  });

  it('measures progress against the duration', () => {
    expect(transitionProgress(1000, 1000)).toBe(0);
    expect(transitionProgress(1000, 1000 + TRANSITION_MS / 2)).toBeCloseTo(0.5);
    expect(transitionProgress(1000, 1000 + TRANSITION_MS * 2)).toBe(1);
  });

  it('interpolates every value between the two layouts', () => {
    const from = Float32Array.from([0, 10, -4]);
    const to = Float32Array.from([2, 20, 4]);
    expect(Array.from(interpolatePositions(from, to, 0))).toEqual([0, 10, -4]);
    expect(Array.from(interpolatePositions(from, to, 1))).toEqual([2, 20, 4]);
    expect(Array.from(interpolatePositions(from, to, 0.25))).toEqual([0.5, 12.5, -2]);
  });

  it('recognises the same items only by equal texts in equal order', () => {
    expect(sameItems(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameItems(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameItems(['a'], ['a', 'b'])).toBe(false);
  });
});

describe('transition start positions', () => {
  const next = random(3);
  const count = 40;
  const flat = new Float32Array(count * 3);
  const deep = new Float32Array(count * 3);
  for (let i = 0; i < count; i++) {
    flat[3 * i] = deep[3 * i] = next() * 10 - 5;
    flat[3 * i + 1] = deep[3 * i + 1] = next() * 6 - 3;
    deep[3 * i + 2] = next() * 8 - 4;
  }
  const view = fitView({ minX: -5, maxX: 5, minY: -3, maxY: 3 }, size, 20);
  const orbit = fitOrbit({ min: [-5, -3, -4], max: [5, 3, 4] }, size, {
    yaw: 0.6,
    pitch: 0.35,
    projection: 'perspective',
  });
  const camera3d = projector3d(viewProjectionOf(new CameraRig().camera3d(orbit, size)), size);
  const camera2d = projector2d(view, size);

  it('2D → 3D: the first frame through the 3D camera shows the 2D picture, at each point’s final depth', () => {
    const from = transitionStart(flat, camera2d, deep, camera3d);
    for (let i = 0; i < count; i++) {
      const seen = camera2d.toScreen(flat[3 * i] ?? 0, flat[3 * i + 1] ?? 0, 0);
      const start = camera3d.toScreen(from[3 * i] ?? 0, from[3 * i + 1] ?? 0, from[3 * i + 2] ?? 0);
      const end = camera3d.toScreen(deep[3 * i] ?? 0, deep[3 * i + 1] ?? 0, deep[3 * i + 2] ?? 0);
      expect(start?.x).toBeCloseTo(seen?.x ?? NaN, 2);
      expect(start?.y).toBeCloseTo(seen?.y ?? NaN, 2);
      expect(start?.depth).toBeCloseTo(end?.depth ?? NaN, 4);
    }
  });

  it('3D → 2D: starts where the points were seen in 3D, flat on z = 0', () => {
    const from = transitionStart(deep, camera3d, flat, camera2d);
    for (let i = 0; i < count; i++) {
      const seen = camera3d.toScreen(deep[3 * i] ?? 0, deep[3 * i + 1] ?? 0, deep[3 * i + 2] ?? 0);
      const start = camera2d.toScreen(from[3 * i] ?? 0, from[3 * i + 1] ?? 0, 0);
      expect(start?.x).toBeCloseTo(seen?.x ?? NaN, 2);
      expect(start?.y).toBeCloseTo(seen?.y ?? NaN, 2);
      expect(from[3 * i + 2]).toBe(0);
    }
  });

  it('falls back to the end position for points that cannot be placed', () => {
    const behind = { toScreen: () => null, fromScreen: () => [0, 0, 0] as [number, number, number] };
    expect(Array.from(transitionStart(deep, behind, deep, camera3d))).toEqual(Array.from(deep));
  });
});
