import { describe, expect, it } from 'vitest';
import { allocateKernelSpace } from '../../../src/core/knn/kernel-memory';
import { squaredDistanceJs } from '../../../src/core/knn/squared-distance-kernel';
import { createRandom } from '../../../src/core/math/random';

describe('squared-distance kernel', () => {
  it('runs as WebAssembly SIMD here and matches the plain-JS replay bit for bit', () => {
    const rows = 64;
    const cols = 392; // 384 plus padding to a multiple of 8, as the vector space stores them
    const { data, kernel } = allocateKernelSpace(rows * cols);
    const random = createRandom(3);
    for (let i = 0; i < data.length; i++) data[i] = 5 * random.nextGaussian();
    if (kernel === null) throw new Error('WebAssembly SIMD should be available in Node 20');
    for (let a = 0; a < rows; a++) {
      for (let b = 0; b < rows; b += 7) {
        const simd = kernel(a * cols * 4, b * cols * 4, cols);
        expect(simd).toBe(squaredDistanceJs(data, a * cols, b * cols, cols));
        if (a === b) expect(simd).toBe(0);
      }
    }
    let exact = 0;
    for (let c = 0; c < cols; c++) exact += ((data[c] ?? 0) - (data[cols + c] ?? 0)) ** 2;
    expect(kernel(0, cols * 4, cols)).toBeCloseTo(exact, 1);
  });
});
