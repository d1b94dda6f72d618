import { describe, expect, it } from 'vitest';
import { CameraRig, viewProjectionOf } from '../../../src/renderer/src/plot/camera-rig';
import { candidates3d } from '../../../src/renderer/src/plot/label-candidates';
import { fitOrbit } from '../../../src/renderer/src/plot/orbit-camera';
import { isVisible } from '../../../src/renderer/src/plot/point-flags';
import { projectAll } from '../../../src/renderer/src/plot/projection-math';
import { ScreenIndexBuild } from '../../../src/renderer/src/plot/screen-index-build';
import { buildSpatialGrid } from '../../../src/renderer/src/plot/spatial-grid';
import { stateOf } from './point-state';
import { random } from './random';

const size = { width: 640, height: 480 };
const count = 40_000;

/** Clustered 3D points (so depths pile up in a few buckets), some hidden, some non-finite. */
function points(): { coords: Float32Array; state: Uint8Array } {
  const next = random(21);
  const coords = new Float32Array(count * 3);
  for (let i = 0; i < count; i++) {
    const centre = (i % 5) * 3 - 6;
    for (let d = 0; d < 3; d++) coords[3 * i + d] = centre + (next() - 0.5) * (d === 2 ? 30 : 4);
  }
  coords[3 * 17] = NaN;
  return { coords, state: stateOf(count, (i) => i % 9 !== 4) };
}

describe('ScreenIndexBuild', () => {
  const { coords, state } = points();
  const orbit = fitOrbit({ min: [-8, -8, -15], max: [8, 8, 15] }, size, {
    yaw: 0.5,
    pitch: 0.3,
    projection: 'perspective',
  });
  const m = viewProjectionOf(new CameraRig().camera3d(orbit, size)).elements;
  const source = { coords, dims: 3, state, viewProjection: m, size };
  // What the one-go functions give: the answer however the build is cut.
  const projected = projectAll(coords, 3, m, size, (i) => isVisible(state, i));
  const grid = buildSpatialGrid(projected.screen, 2);
  const candidates = candidates3d(projected, size);

  it('gives the one-go projection, grid and label candidates however the work is cut', () => {
    expect(candidates.indices.length).toBeGreaterThan(1000);
    for (const slice of [1_000, 7_777, 16_384, count, Infinity]) {
      const build = new ScreenIndexBuild(source);
      let steps = 0;
      let index = build.step(slice);
      while (index === null) {
        index = build.step(slice);
        steps++;
      }
      if (slice < count) expect(steps).toBeGreaterThan(3);
      expect(index.projected.screen).toEqual(projected.screen);
      expect(index.projected.depth).toEqual(projected.depth);
      expect(index.grid.cells).toEqual(grid.cells);
      expect(index.candidates.indices).toEqual(candidates.indices);
      expect(index.candidates.positions).toEqual(candidates.positions);
    }
  });

  it('finishes at once from wherever it stopped', () => {
    const build = new ScreenIndexBuild(source);
    expect(build.step(5_000)).toBeNull();
    const index = build.finish();
    expect(index.candidates.indices).toEqual(candidates.indices);
    expect(index.grid.cells).toEqual(grid.cells);
  });
});
