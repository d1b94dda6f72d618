import { describe, expect, it } from 'vitest';
import { allocateKernelMemory } from '../../../src/core/knn/kernel-memory';
import { quantizationLimit, quantizedDotJs } from '../../../src/core/knn/quantized-tile-kernel';
import { prepareSearchRows, tileDistances } from '../../../src/core/knn/search-rows';
import { prepareVectorSpace } from '../../../src/core/knn/vector-space';
import { createRandom } from '../../../src/core/math/random';
import { toEmbeddingMatrix } from '../../../src/core/math/matrix-types';

describe('quantised tile kernel', () => {
  it('computes the eight integer dot products exactly, even at the quantisation limit', () => {
    const rows = 12;
    const shorts = 392;
    const { buffer, binding } = allocateKernelMemory(rows * shorts * 2);
    if (binding === null) throw new Error('WebAssembly SIMD should be available in Node 20');
    const values = new Int16Array(buffer, 0, rows * shorts);
    const limit = quantizationLimit(shorts);
    const random = createRandom(4);
    for (let i = 0; i < values.length; i++) values[i] = Math.round((2 * random.next() - 1) * limit);
    // Rows 10 and 11 at the extremes: the largest possible sums, which must not wrap around.
    values.fill(limit, 10 * shorts, 11 * shorts);
    values.fill(-limit, 11 * shorts, 12 * shorts);
    const { tile } = binding;
    const bytes = shorts * 2;
    for (const [a0, a1, b] of [
      [0, 1, [2, 3, 4, 5]],
      [10, 11, [10, 11, 6, 7]],
      [8, 9, [0, 10, 11, 9]],
    ] as const) {
      tile.dots(
        a0 * bytes,
        a1 * bytes,
        b[0] * bytes,
        b[1] * bytes,
        b[2] * bytes,
        b[3] * bytes,
        shorts,
        tile.outByte,
      );
      [a0, a1].forEach((a, r) => {
        b.forEach((other, c) => {
          expect(tile.out[r * 4 + c]).toBe(quantizedDotJs(values, a * shorts, other * shorts, shorts));
        });
      });
    }
    // The extreme row against itself: the largest sum there can be, just inside 32 bits.
    tile.dots(10 * bytes, 11 * bytes, 10 * bytes, 11 * bytes, 0, 0, shorts, tile.outByte);
    expect(tile.out[0]).toBe(shorts * limit * limit);
    expect(tile.out[1]).toBe(-shorts * limit * limit);
    expect(shorts * limit * limit).toBeLessThanOrEqual(2 ** 31 - 1);
  });

  it('gives squared distances within 1e-3 of the exact ones, and 0 between duplicates', () => {
    const rows = 40;
    const cols = 384;
    const random = createRandom(11);
    // A common offset, as clustered embeddings have.
    const data = Float32Array.from({ length: rows * cols }, () => 3 + 2 * random.nextGaussian());
    data.copyWithin(7 * cols, 3 * cols, 4 * cols); // row 7 duplicates row 3
    const space = prepareVectorSpace(toEmbeddingMatrix(data, rows, cols), 'euclidean');
    const quantized = prepareSearchRows(space);
    let worst = 0;
    for (let a = 0; a + 1 < rows; a += 2) {
      for (let b = 0; b + 3 < rows; b += 4) {
        const out = tileDistances(quantized, a, a + 1, b, b + 1, b + 2, b + 3);
        for (let r = 0; r < 2; r++) {
          for (let c = 0; c < 4; c++) {
            let exact = 0;
            for (let i = 0; i < cols; i++)
              exact += ((data[(a + r) * cols + i] ?? 0) - (data[(b + c) * cols + i] ?? 0)) ** 2;
            if (exact === 0) expect(out[r * 4 + c]).toBe(0);
            else worst = Math.max(worst, Math.abs((out[r * 4 + c] ?? 0) - exact) / exact);
          }
        }
      }
    }
    expect(worst).toBeGreaterThan(0); // it is an approximation...
    expect(worst).toBeLessThan(1e-3); // ...a close one
  });
});
