import { describe, expect, it } from 'vitest';
import { candidates3d, MAX_CANDIDATES, nearestFirst } from '../../../src/renderer/src/plot/label-candidates';
import { random } from './random';

const size = { width: 100, height: 100 };

describe('label candidates', () => {
  it('in 3D offers visible points nearest first and at most the limit', () => {
    const count = MAX_CANDIDATES * 3;
    const next = random(5);
    const screen = new Float32Array(count * 2);
    const depth = new Float32Array(count);
    for (let i = 0; i < count; i++) {
      screen[2 * i] = next() * 140 - 20;
      screen[2 * i + 1] = next() * 140 - 20;
      depth[i] = next() * 2 - 1;
    }
    depth[7] = NaN;
    screen[14] = NaN;
    const { indices, positions } = candidates3d({ screen, depth }, size);
    expect(indices.length).toBe(MAX_CANDIDATES);
    for (let k = 1; k < indices.length; k++) {
      expect(depth[indices[k] ?? 0] ?? 0).toBeGreaterThanOrEqual(depth[indices[k - 1] ?? 0] ?? 0);
    }
    indices.forEach((i, k) => {
      expect(positions[2 * k]).toBe(screen[2 * i]);
      expect(positions[2 * k]).toBeGreaterThanOrEqual(0);
      expect(positions[2 * k + 1]).toBeLessThanOrEqual(100);
    });
    // Nothing nearer than the farthest kept candidate was left out.
    const farthest = depth[indices[indices.length - 1] ?? 0] ?? 0;
    const kept = new Set(indices);
    for (let i = 0; i < count; i++) {
      const inside =
        (screen[2 * i] ?? -1) >= 0 &&
        (screen[2 * i] ?? 0) <= 100 &&
        (screen[2 * i + 1] ?? -1) >= 0 &&
        (screen[2 * i + 1] ?? 0) <= 100;
      if (inside && (depth[i] ?? 1) < farthest) expect(kept.has(i)).toBe(true);
    }
  });
});

describe('nearestFirst', () => {
  it('gives the prefix of a full sort by depth then index, however the depths pile up', () => {
    const next = random(31);
    const count = 60_000;
    const kept = Array.from({ length: count }, (_, i) => i);
    const cases: Float32Array[] = [
      // Uniform, then nearly all in a sliver (a perspective camera far away), then heavy ties, then one depth.
      Float32Array.from(kept, () => next() * 2 - 1),
      Float32Array.from(kept, () => 0.999 + next() * 1e-4),
      Float32Array.from(kept, () => Math.round(next() * 3) / 3),
      new Float32Array(count).fill(0.5),
    ];
    for (const depth of cases) {
      const expected = [...kept]
        .sort((a, b) => (depth[a] ?? 0) - (depth[b] ?? 0) || a - b)
        .slice(0, MAX_CANDIDATES);
      expect(nearestFirst(kept, depth, MAX_CANDIDATES)).toEqual(expected);
    }
  });
});
