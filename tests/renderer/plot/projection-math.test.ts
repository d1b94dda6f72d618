import { Matrix4, PerspectiveCamera, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { projectAll, projectPoint, unprojectPoint } from '../../../src/renderer/src/plot/projection-math';
import { random } from './random';

const size = { width: 640, height: 480 };

function camera(): { viewProjection: Matrix4; camera: PerspectiveCamera } {
  const cam = new PerspectiveCamera(45, size.width / size.height, 0.1, 100);
  cam.position.set(3, 2, 8);
  cam.lookAt(0, 0, 0);
  cam.updateMatrixWorld();
  return {
    camera: cam,
    viewProjection: new Matrix4().multiplyMatrices(cam.projectionMatrix, cam.matrixWorldInverse),
  };
}

describe('screen projection', () => {
  it('agrees with three.js Vector3.project', () => {
    const { camera: cam, viewProjection } = camera();
    const next = random(1);
    for (let k = 0; k < 50; k++) {
      const [x, y, z] = [next() * 4 - 2, next() * 4 - 2, next() * 4 - 2];
      const ndc = new Vector3(x, y, z).project(cam);
      const p = projectPoint(viewProjection.elements, x, y, z, size);
      expect(p).not.toBeNull();
      expect(p?.x).toBeCloseTo(((ndc.x + 1) / 2) * size.width, 3);
      expect(p?.y).toBeCloseTo(((1 - ndc.y) / 2) * size.height, 3);
      expect(p?.depth).toBeCloseTo(ndc.z, 5);
    }
  });

  it('unprojects back to the same point at its depth', () => {
    const { viewProjection } = camera();
    const inverse = viewProjection.clone().invert().elements;
    const p = projectPoint(viewProjection.elements, 0.5, -1, 1.5, size);
    if (p === null) throw new Error('point behind camera');
    const [x, y, z] = unprojectPoint(inverse, p.x, p.y, p.depth, size);
    expect([x, y, z].map((v) => Number(v.toFixed(4)))).toEqual([0.5, -1, 1.5]);
  });

  it('rejects points behind the camera and clips beyond the far plane or when not accepted', () => {
    const { viewProjection } = camera();
    expect(projectPoint(viewProjection.elements, 6, 4, 16, size)).toBeNull();
    const coords = Float32Array.from([0, 0, 0, 6, 4, 16, -300, -200, -800, 1, 1, 1]);
    const { screen, depth } = projectAll(coords, 3, viewProjection.elements, size, (i) => i !== 3);
    expect(Number.isFinite(screen[0])).toBe(true);
    expect(Number.isNaN(screen[2])).toBe(true);
    expect(Number.isNaN(screen[4])).toBe(true);
    expect(Number.isNaN(screen[6])).toBe(true);
    expect(Number.isNaN(depth[3])).toBe(true);
  });

  it('treats 2D rows as z = 0', () => {
    const { viewProjection } = camera();
    const flat = projectAll(Float32Array.from([1, 2]), 2, viewProjection.elements, size, () => true);
    const full = projectAll(Float32Array.from([1, 2, 0]), 3, viewProjection.elements, size, () => true);
    expect(Array.from(flat.screen)).toEqual(Array.from(full.screen));
  });
});
