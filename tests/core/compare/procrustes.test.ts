import { describe, expect, it } from 'vitest';
import { procrustes } from '../../../src/core/compare/procrustes';
import { createRandom } from '../../../src/core/math/random';

function randomLayout(rows: number, dims: number, seed: number): Float32Array {
  const random = createRandom(seed);
  return Float32Array.from({ length: rows * dims }, () => random.next() * 10 - 5);
}

/** Applies x ↦ s·M·x + t to every row (M row-major dims × dims). */
function transform(layout: Float32Array, dims: number, m: number[], s: number, t: number[]): Float32Array {
  const out = new Float32Array(layout.length);
  for (let row = 0; row < layout.length / dims; row++) {
    for (let i = 0; i < dims; i++) {
      let sum = 0;
      for (let j = 0; j < dims; j++) sum += (m[i * dims + j] ?? 0) * (layout[row * dims + j] ?? 0);
      out[row * dims + i] = s * sum + (t[i] ?? 0);
    }
  }
  return out;
}

function maxDifference(a: Float32Array, b: Float32Array): number {
  return a.reduce((worst, value, i) => Math.max(worst, Math.abs(value - (b[i] ?? NaN))), 0);
}

describe('procrustes', () => {
  it('recovers a known 2D rotation, reflection, scale and shift exactly', () => {
    const a = randomLayout(50, 2, 3);
    const angle = 0.83;
    // A rotation followed by a reflection across the x axis: det = −1.
    const m = [Math.cos(angle), -Math.sin(angle), -Math.sin(angle), -Math.cos(angle)];
    const b = transform(a, 2, m, 0.37, [12, -4]);
    const fit = procrustes(a, b, 50, 2);
    expect(fit.disparity).toBeLessThan(1e-10);
    expect(maxDifference(fit.aligned, a)).toBeLessThan(1e-4);
  });

  it('recovers a known 3D rotation with scale and shift', () => {
    const a = randomLayout(40, 3, 4);
    const [c, s] = [Math.cos(1.1), Math.sin(1.1)];
    const [c2, s2] = [Math.cos(-0.4), Math.sin(-0.4)];
    // Rz(1.1) · Rx(−0.4), written out.
    const m = [c, -s * c2, s * s2, s, c * c2, -c * s2, 0, s2, c2];
    const b = transform(a, 3, m, 5.5, [1, 2, 3]);
    const fit = procrustes(a, b, 40, 3);
    expect(fit.disparity).toBeLessThan(1e-10);
    expect(maxDifference(fit.aligned, a)).toBeLessThan(1e-4);
  });

  it('gives a small disparity for a noisy copy and a large one for an unrelated layout', () => {
    const a = randomLayout(200, 2, 5);
    const noise = createRandom(6);
    const noisy = transform(a, 2, [0, -1, 1, 0], 2, [3, 3]).map(
      (value) => value + (noise.next() - 0.5) * 0.2,
    );
    const near = procrustes(a, noisy, 200, 2);
    const far = procrustes(a, randomLayout(200, 2, 7), 200, 2);
    expect(near.disparity).toBeGreaterThan(0);
    expect(near.disparity).toBeLessThan(0.002);
    expect(far.disparity).toBeGreaterThan(0.5);
    expect(far.disparity).toBeLessThanOrEqual(1);
  });

  it('matches scipy.spatial.procrustes on a worked example', () => {
    // scipy.spatial.procrustes([[1,3],[1,2],[1,1],[2,1]], [[4,-2],[4,-4],[4,-6],[2,-6]]) gives disparity 0 (its
    // docstring's example); with the last point moved to [3,-6] it gives 0.0364741641337386 (run with scipy).
    const a = Float32Array.from([1, 3, 1, 2, 1, 1, 2, 1]);
    expect(procrustes(a, Float32Array.from([4, -2, 4, -4, 4, -6, 2, -6]), 4, 2).disparity).toBeLessThan(
      1e-12,
    );
    const moved = procrustes(a, Float32Array.from([4, -2, 4, -4, 4, -6, 3, -6]), 4, 2);
    expect(moved.disparity).toBeCloseTo(0.0364741641337386, 6);
  });
});
