import { describe, expect, it } from 'vitest';
import { cosineNeighbours, neighbourhoodOverlap } from '../../../src/core/compare/neighbourhood-overlap';
import { uninterruptible } from '../../../src/core/jobs/cooperation';
import { createRandom } from '../../../src/core/math/random';
import type { SearchMatrix } from '../../../src/core/knn/nearest-rows';

function randomMatrix(rows: number, dimension: number, seed: number): SearchMatrix {
  const random = createRandom(seed);
  const data = Float32Array.from({ length: rows * dimension }, () => random.next() * 2 - 1);
  const norms = Float32Array.from({ length: rows }, (_, row) =>
    Math.hypot(...data.subarray(row * dimension, (row + 1) * dimension)),
  );
  return { data, norms, rows, dimension };
}

/** Brute force, written independently: sort every other row by cosine, keep the first k as a set. */
function bruteNeighbours(matrix: SearchMatrix, row: number, k: number): Set<number> {
  const { data, dimension } = matrix;
  const vector = (r: number): Float32Array => data.subarray(r * dimension, (r + 1) * dimension);
  const cosine = (a: Float32Array, b: Float32Array): number =>
    a.reduce((sum, value, i) => sum + value * (b[i] ?? 0), 0) / (Math.hypot(...a) * Math.hypot(...b));
  const others = Array.from({ length: matrix.rows }, (_, r) => r).filter((r) => r !== row);
  others.sort((x, y) => cosine(vector(row), vector(y)) - cosine(vector(row), vector(x)));
  return new Set(others.slice(0, k));
}

describe('neighbourhood overlap', () => {
  it('is 1 for every item when both sides are the same space', async () => {
    const matrix = randomMatrix(80, 12, 1);
    const neighbours = await cosineNeighbours(matrix, 10, uninterruptible());
    expect(Array.from(neighbourhoodOverlap(neighbours, neighbours, 80, 10))).toEqual(new Array(80).fill(1));
  });

  it('matches a brute-force count of shared neighbours on random data', async () => {
    const rows = 60;
    const k = 7;
    const a = randomMatrix(rows, 8, 2);
    const b = randomMatrix(rows, 5, 3);
    const overlap = neighbourhoodOverlap(
      await cosineNeighbours(a, k, uninterruptible()),
      await cosineNeighbours(b, k, uninterruptible()),
      rows,
      k,
    );
    let varied = new Set<number>();
    for (let row = 0; row < rows; row++) {
      const inA = bruteNeighbours(a, row, k);
      const shared = [...bruteNeighbours(b, row, k)].filter((n) => inA.has(n)).length;
      expect(overlap[row]).toBeCloseTo(shared / k, 6);
      varied = varied.add(shared);
    }
    // Unrelated random spaces share few neighbours, but not always none: the scores really vary.
    expect(varied.size).toBeGreaterThan(1);
  });
});
