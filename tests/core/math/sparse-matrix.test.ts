import { describe, expect, it } from 'vitest';
import { accumulateTransposedRows, multiplyRows, type CsrMatrix } from '../../../src/core/math/sparse-matrix';

// [[1, 0, 2], [0, 0, 0], [0, 3, 0]]
const matrix: CsrMatrix = {
  rows: 3,
  cols: 3,
  rowStart: Int32Array.from([0, 2, 2, 3]),
  indices: Int32Array.from([0, 2, 1]),
  values: Float32Array.from([1, 2, 3]),
};

describe('CSR products', () => {
  it('multiplies A by a dense matrix', () => {
    const dense = Float64Array.from([1, 10, 2, 20, 3, 30]); // 3 × 2
    const out = new Float64Array(6).fill(99);
    multiplyRows(matrix, dense, 2, out, 0, 3);
    expect(Array.from(out)).toEqual([7, 70, 0, 0, 6, 60]);
  });

  it('accumulates Aᵀ times a dense matrix over row ranges', () => {
    const dense = Float64Array.from([1, 2, 3, 4, 5, 6]); // 3 × 2
    const out = new Float64Array(6);
    accumulateTransposedRows(matrix, dense, 2, out, 0, 1);
    accumulateTransposedRows(matrix, dense, 2, out, 1, 3);
    expect(Array.from(out)).toEqual([1, 2, 15, 18, 2, 4]);
  });
});
