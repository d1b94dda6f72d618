import { describe, expect, it } from 'vitest';
import { toLayoutCoordinates } from '../../../src/core/math/matrix-types';
import { createRandom } from '../../../src/core/math/random';
import { layoutKnn } from '../../../src/core/quality/layout-knn';

/** Brute force: each point's k nearest others by squared distance, ties broken by index. */
function bruteForce(coords: Float32Array, dims: number, k: number): Int32Array {
  const rows = coords.length / dims;
  const out = new Int32Array(rows * k);
  for (let i = 0; i < rows; i++) {
    const others = Array.from({ length: rows }, (_, j) => j).filter((j) => j !== i);
    const d2 = (j: number): number => {
      let sum = 0;
      for (let d = 0; d < dims; d++) sum += ((coords[i * dims + d] ?? 0) - (coords[j * dims + d] ?? 0)) ** 2;
      return sum;
    };
    others.sort((a, b) => d2(a) - d2(b) || a - b);
    out.set(others.slice(0, k), i * k);
  }
  return out;
}

describe('layoutKnn', () => {
  it.each([2, 3])(
    'finds the same neighbours as brute force in %iD, in tight clusters and spread points',
    (dims) => {
      const random = createRandom(dims);
      const rows = 700;
      // Two dense clusters a thousand units apart and a spread of points: the k-d tree must prune correctly.
      const coords = Float32Array.from({ length: rows * dims }, (_, slot) => {
        const row = Math.floor(slot / dims);
        const centre = row % 3 === 0 ? 0 : row % 3 === 1 ? 1000 : 0;
        const scale = row % 3 === 2 ? 500 : 0.01;
        return centre + scale * random.nextGaussian();
      });
      const layout = toLayoutCoordinates(coords, rows, dims);
      const found = layoutKnn(layout, 10);
      // Points of the cluster far from the origin share float32 values, so equally near neighbours may come
      // in either order: compare each point's neighbour distances, the same whichever tie comes first.
      const distances = (lists: Int32Array): number[] =>
        Array.from(lists, (j, slot) => {
          const i = Math.floor(slot / 10);
          let sum = 0;
          for (let d = 0; d < dims; d++)
            sum += ((coords[i * dims + d] ?? 0) - (coords[j * dims + d] ?? 0)) ** 2;
          return sum;
        });
      expect(distances(found)).toEqual(distances(bruteForce(coords, dims, 10)));
      expect(found.filter((j, slot) => j === Math.floor(slot / 10)).length).toBe(0);
    },
  );

  it('handles stacked points and k = rows − 1', () => {
    // Five points in the same place and one apart: every neighbour list has the right distances.
    const coords = Float32Array.from([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 4, 5]);
    const layout = toLayoutCoordinates(coords, 6, 2);
    const found = layoutKnn(layout, 5);
    for (let i = 0; i < 5; i++) {
      const list = Array.from(found.subarray(i * 5, i * 5 + 5));
      expect(list.slice(0, 4).sort()).toEqual([0, 1, 2, 3, 4].filter((j) => j !== i));
      expect(list[4]).toBe(5);
    }
    expect(Array.from(found.subarray(25, 30)).sort()).toEqual([0, 1, 2, 3, 4]);
    expect(() => layoutKnn(layout, 6)).toThrow(RangeError);
  });
});
