import { describe, expect, it } from 'vitest';
import { createGramBlock } from '../../../src/core/math/gram-block-kernel';
import { createRandom } from '../../../src/core/math/random';

describe('createGramBlock', () => {
  it('runs as WebAssembly SIMD here, matches the plain-JS replay bit for bit and double precision to 1e-5', () => {
    const rows = 100;
    const cols = 22;
    const simd = createGramBlock(rows, cols);
    const replay = createGramBlock(rows, cols, true);
    expect(simd.simd).toBe(true);
    expect(replay.simd).toBe(false);
    // Padded to multiples of 4; padding stays zero.
    expect([simd.rows, simd.cols]).toEqual([100, 24]);
    const random = createRandom(5);
    for (let c = 0; c < cols; c++) {
      for (let r = 0; r < rows; r++) {
        const value = 3 * random.nextGaussian() + (c % 3);
        simd.data[c * simd.rows + r] = value;
        replay.data[c * replay.rows + r] = value;
      }
    }
    for (let a = 0; a < cols; a += 2) {
      const first = a - (a % 4);
      const tiles = (simd.cols - first) / 4;
      simd.tiles(a, first, tiles);
      replay.tiles(a, first, tiles);
      expect(Buffer.from(simd.out.slice(0, 8 * tiles).buffer)).toEqual(
        Buffer.from(replay.out.slice(0, 8 * tiles).buffer),
      );
      for (let t = 0; t < tiles; t++) {
        for (let i = 0; i < 2; i++) {
          for (let j = 0; j < 4; j++) {
            const left = a + i;
            const right = first + 4 * t + j;
            let exact = 0;
            let scale = 0;
            for (let r = 0; r < rows; r++) {
              const product = (simd.data[left * rows + r] ?? 0) * (simd.data[right * rows + r] ?? 0);
              exact += product;
              scale += Math.abs(product);
            }
            const found = simd.out[8 * t + 4 * i + j] ?? NaN;
            expect(Math.abs(found - exact)).toBeLessThanOrEqual(1e-5 * Math.max(scale, 1e-30));
          }
        }
      }
    }
  });
});
