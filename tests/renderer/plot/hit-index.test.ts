import { describe, expect, it } from 'vitest';
import { hitIndex2d, hitIndex3d } from '../../../src/renderer/src/plot/hit-index';
import { pointInPolygon, pointInRect } from '../../../src/renderer/src/plot/polygon';
import { projectAll, projectPoint } from '../../../src/renderer/src/plot/projection-math';
import { buildSpatialGrid } from '../../../src/renderer/src/plot/spatial-grid';
import { dataToScreen, fitView } from '../../../src/renderer/src/plot/view-math';
import { CameraRig, viewProjectionOf } from '../../../src/renderer/src/plot/camera-rig';
import { fitOrbit } from '../../../src/renderer/src/plot/orbit-camera';
import { stateOf } from './point-state';
import { random } from './random';

const size = { width: 500, height: 400 };
const count = 3000;
const next = random(11);
const coords = new Float32Array(count * 3);
for (let i = 0; i < coords.length; i++) coords[i] = next() * 20 - 10;
const hidden = (i: number): boolean => i % 7 !== 0;
// A star-shaped (concave) lasso around the middle of the plot.
const lasso: number[] = [];
for (let k = 0; k < 10; k++) {
  const radius = k % 2 === 0 ? 180 : 70;
  const angle = (k / 10) * Math.PI * 2;
  lasso.push(250 + radius * Math.cos(angle), 200 + radius * Math.sin(angle));
}
const box = { left: 60, top: 50, right: 310, bottom: 220 };

function brute(
  screenOf: (i: number) => [number, number] | null,
  inside: (x: number, y: number) => boolean,
): number[] {
  const found: number[] = [];
  for (let i = 0; i < count; i++) {
    const p = screenOf(i);
    if (p !== null && hidden(i) && inside(p[0], p[1])) found.push(i);
  }
  return found;
}

describe('2D hit index', () => {
  const view = fitView({ minX: -10, maxX: 10, minY: -10, maxY: 10 }, size, 10);
  const grid = buildSpatialGrid(coords, 3);
  const hits = hitIndex2d(grid, coords, 3, view, size, stateOf(count, hidden));
  const screenOf = (i: number): [number, number] =>
    dataToScreen(view, size, coords[3 * i] ?? 0, coords[3 * i + 1] ?? 0);

  it('selects exactly the drawn points inside a lasso and a box, like a scan of every point', () => {
    expect(Array.from(hits.inPolygon(lasso))).toEqual(brute(screenOf, (x, y) => pointInPolygon(lasso, x, y)));
    expect(Array.from(hits.inRect(box))).toEqual(brute(screenOf, (x, y) => pointInRect(box, x, y)));
    expect(hits.inPolygon(lasso).length).toBeGreaterThan(50);
  });

  it('hovers the nearest drawn point within the radius, and never a hidden one', () => {
    for (let k = 0; k < 200; k++) {
      const [px, py] = [next() * size.width, next() * size.height];
      let best = -1;
      let bestDistance = 6 * 6;
      for (let i = 0; i < count; i++) {
        if (!hidden(i)) continue;
        const [x, y] = screenOf(i);
        const d = (x - px) ** 2 + (y - py) ** 2;
        if (d < bestDistance - 1e-6) {
          best = i;
          bestDistance = d;
        }
      }
      const found = hits.nearest(px, py, 6);
      if (best < 0) expect(found).toBe(-1);
      else expect(found >= 0 && hidden(found)).toBe(true);
    }
  });
});

describe('3D hit index', () => {
  const orbit = fitOrbit({ min: [-10, -10, -10], max: [10, 10, 10] }, size, {
    yaw: 0.7,
    pitch: 0.4,
    projection: 'perspective',
  });
  const m = viewProjectionOf(new CameraRig().camera3d(orbit, size)).elements;
  const projected = projectAll(coords, 3, m, size, hidden);
  const hits = hitIndex3d(projected, stateOf(count, hidden));
  const screenOf = (i: number): [number, number] | null => {
    const p = projectPoint(m, coords[3 * i] ?? 0, coords[3 * i + 1] ?? 0, coords[3 * i + 2] ?? 0, size);
    return p === null ? null : [p.x, p.y];
  };

  it('selects by screen projection exactly like projecting every point', () => {
    expect(Array.from(hits.inPolygon(lasso))).toEqual(brute(screenOf, (x, y) => pointInPolygon(lasso, x, y)));
    expect(Array.from(hits.inRect(box))).toEqual(brute(screenOf, (x, y) => pointInRect(box, x, y)));
  });

  it('picks a point at its projected position', () => {
    const index = brute(screenOf, (x, y) => pointInRect(box, x, y))[0] ?? 0;
    const p = screenOf(index);
    if (p === null) throw new Error('behind the camera');
    const found = hits.nearest(p[0], p[1], 0.01);
    expect(found).toBe(index);
  });
});
