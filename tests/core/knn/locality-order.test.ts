import { describe, expect, it } from 'vitest';
import { uninterruptible } from '../../../src/core/jobs/cooperation';
import { exactKnnOfRows } from '../../../src/core/knn/exact-knn';
import { renumberHeaps } from '../../../src/core/knn/locality-order';
import { NeighborHeaps } from '../../../src/core/knn/neighbor-heaps';
import { nnDescent } from '../../../src/core/knn/nn-descent';
import { permuteSearchRows, prepareSearchRows } from '../../../src/core/knn/search-rows';
import { prepareVectorSpace } from '../../../src/core/knn/vector-space';
import { createRandom } from '../../../src/core/math/random';
import { gaussianClusters } from '../support/synthetic';

function shuffled(rows: number, seed: number): Int32Array {
  const random = createRandom(seed);
  const order = Int32Array.from({ length: rows }, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
  }
  return order;
}

describe('locality order', () => {
  it('moves quantised rows with their norms and zero flags, and back', () => {
    const space = prepareVectorSpace(gaussianClusters(500, 20, 3, 2), 'cosine');
    space.data.fill(0, 17 * space.cols, 18 * space.cols);
    space.zero[17] = 1;
    const rows = prepareSearchRows(space);
    const before = { values: rows.values.slice(), norms: rows.norms.slice(), zero: rows.zero.slice() };
    const order = shuffled(rows.rows, 9);
    permuteSearchRows(rows, order);
    expect(rows.zero[order.indexOf(17)]).toBe(1);
    const source = order[5] ?? 0;
    expect(Array.from(rows.values.subarray(5 * rows.cols, 6 * rows.cols))).toEqual(
      Array.from(before.values.subarray(source * rows.cols, (source + 1) * rows.cols)),
    );
    expect(rows.norms[5]).toBe(before.norms[source]);
    const inverse = new Int32Array(order.length);
    order.forEach((row, position) => (inverse[row] = position));
    permuteSearchRows(rows, inverse);
    expect({ values: rows.values, norms: rows.norms, zero: rows.zero }).toEqual(before);
  });

  it('renumbers heaps found over reordered rows back to the original rows', () => {
    // Three rows stored as [2, 0, 1]: position 0 (row 2) lists position 1 (row 0), and so on.
    const heaps = new NeighborHeaps(3, 1);
    heaps.push(0, 1, 0.5, 0);
    heaps.push(1, 2, 0.25, 0);
    heaps.push(2, 0, 0.75, 0);
    const renumbered = renumberHeaps(heaps, Int32Array.of(2, 0, 1));
    expect(Array.from(renumbered.indices)).toEqual([1, 2, 0]);
    expect(Array.from(renumbered.distances)).toEqual([0.25, 0.75, 0.5]);
  });

  it('finds the rows’ own neighbours, and leaves the space as it was', async () => {
    const space = prepareVectorSpace(gaussianClusters(3000, 24, 5, 6), 'euclidean');
    const before = space.data.slice();
    const heaps = await nnDescent(space, 10, 4, uninterruptible(), () => undefined);
    expect(space.data).toEqual(before);
    const exact = exactKnnOfRows(space, Int32Array.of(0, 1234, 2999), 10);
    let found = 0;
    [0, 1234, 2999].forEach((row, q) => {
      const mine = new Set(heaps.indices.subarray(row * 10, (row + 1) * 10));
      found += Array.from(exact.indices.subarray(q * 10, (q + 1) * 10)).filter((i) => mine.has(i)).length;
    });
    expect(found).toBeGreaterThanOrEqual(27);
  });
});
