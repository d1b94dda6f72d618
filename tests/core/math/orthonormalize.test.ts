import { describe, expect, it } from 'vitest';
import { uninterruptible } from '../../../src/core/jobs/cooperation';
import { orthonormalizeColumns } from '../../../src/core/math/orthonormalize';

describe('orthonormalizeColumns', () => {
  it('gives orthonormal columns and zeroes a dependent one', async () => {
    // Columns: a, b, a + b (dependent), c; 5 rows, row-major.
    const rows = 5;
    const cols = 4;
    const a = [1, 2, 0, 1, 3];
    const b = [0, 1, 1, 4, 1];
    const c = [2, 0, 5, 1, 1];
    const matrix = new Float64Array(rows * cols);
    for (let r = 0; r < rows; r++)
      matrix.set([a[r] ?? 0, b[r] ?? 0, (a[r] ?? 0) + (b[r] ?? 0), c[r] ?? 0], r * cols);
    await orthonormalizeColumns(matrix, rows, cols, uninterruptible());
    const dot = (p: number, q: number): number => {
      let sum = 0;
      for (let r = 0; r < rows; r++) sum += (matrix[r * cols + p] ?? 0) * (matrix[r * cols + q] ?? 0);
      return sum;
    };
    expect(dot(2, 2)).toBe(0);
    for (const p of [0, 1, 3]) {
      expect(dot(p, p)).toBeCloseTo(1, 12);
      for (const q of [0, 1, 3]) if (q !== p) expect(dot(p, q)).toBeCloseTo(0, 12);
    }
  });
});
