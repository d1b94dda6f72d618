import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/core/math/random';
import { symmetricEigen } from '../../../src/core/math/symmetric-eigen';
import { topSymmetricEigen } from '../../../src/core/math/top-eigen';
import { randomRotation } from '../support/synthetic';

/** Upper triangle (row-major) of Q·diag(values)·Qᵀ for a seeded random rotation Q. */
function withSpectrum(values: readonly number[], seed: number): Float64Array {
  const size = values.length;
  const q = randomRotation(size, seed);
  const upper = new Float64Array(size * size);
  for (let r = 0; r < size; r++) {
    for (let c = r; c < size; c++) {
      let sum = 0;
      for (let k = 0; k < size; k++)
        sum += (q[r * size + k] ?? 0) * (values[k] ?? 0) * (q[c * size + k] ?? 0);
      upper[r * size + c] = sum;
    }
  }
  return upper;
}

/** ‖M·v − θ·v‖ for the symmetric matrix given by its upper triangle. */
function residual(upper: Float64Array, size: number, vector: Float64Array, theta: number): number {
  let squared = 0;
  for (let r = 0; r < size; r++) {
    let sum = 0;
    for (let c = 0; c < size; c++) {
      const value = r <= c ? upper[r * size + c] : upper[c * size + r];
      sum += (value ?? 0) * (vector[c] ?? 0);
    }
    squared += (sum - theta * (vector[r] ?? 0)) ** 2;
  }
  return Math.sqrt(squared);
}

describe('topSymmetricEigen', () => {
  it('finds the top eigenpairs of a 200 × 200 matrix, a repeated leading eigenvalue included', () => {
    const size = 200;
    const random = createRandom(9);
    // A double eigenvalue on top, then a decaying spectrum: the block must find both copies of 50.
    const spectrum = [
      50,
      50,
      30,
      ...Array.from({ length: size - 3 }, (_, i) => 10 / (1 + i) + random.next()),
    ];
    const upper = withSpectrum(spectrum, 4);
    const top = topSymmetricEigen(upper, size, 3);
    const dense = symmetricEigen(upper, size);
    expect(top.values).toHaveLength(3);
    expect(top.vectors).toHaveLength(3 * size);
    for (let i = 0; i < 3; i++) {
      expect(Math.abs((top.values[i] ?? 0) - (dense.values[i] ?? 0))).toBeLessThan(1e-10 * 50);
      const vector = top.vectors.subarray(i * size, (i + 1) * size);
      expect(Math.hypot(...vector)).toBeCloseTo(1, 10);
      expect(residual(upper, size, vector, top.values[i] ?? 0)).toBeLessThan(1e-7);
    }
    expect(top.values[0]).toBeCloseTo(50, 9);
    expect(top.values[1]).toBeCloseTo(50, 9);
    expect(top.values[2]).toBeCloseTo(30, 9);
  });

  it('answers small matrices by the dense decomposition, the same numbers', () => {
    const upper = withSpectrum([4, 3, 2, 1, 0.5], 2);
    const top = topSymmetricEigen(upper, 5, 2);
    const dense = symmetricEigen(upper, 5);
    expect(Array.from(top.values)).toEqual(Array.from(dense.values.slice(0, 2)));
    expect(Array.from(top.vectors)).toEqual(Array.from(dense.vectors.slice(0, 10)));
  });

  it('gives the same bytes on every call', () => {
    const upper = withSpectrum(
      Array.from({ length: 150 }, (_, i) => 1 / (1 + i)),
      7,
    );
    const first = topSymmetricEigen(upper, 150, 3);
    const second = topSymmetricEigen(upper, 150, 3);
    expect(Buffer.from(second.vectors.buffer)).toEqual(Buffer.from(first.vectors.buffer));
  });
});
