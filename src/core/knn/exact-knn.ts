import type { Cooperation } from '../jobs/cooperation';
import { NeighborHeaps } from './neighbor-heaps';
import { searchDistance, type VectorSpace } from './vector-space';

/**
 * Exact neighbours by brute force: every pair once (rows²/2 distances), each offered to both rows' heaps.
 * Returns the heaps with search distances (see {@link searchDistance}).
 */
export async function exactKnn(
  space: VectorSpace,
  k: number,
  cooperation: Cooperation,
  onProgress: (fraction: number) => void,
): Promise<NeighborHeaps> {
  const { rows } = space;
  const heaps = new NeighborHeaps(rows, k);
  if (k === 0) return heaps;
  const totalPairs = (rows * (rows - 1)) / 2;
  let pairsDone = 0;
  for (let a = 0; a < rows; a++) {
    for (let b = a + 1; b < rows; b++) {
      const distance = searchDistance(space, a, b);
      heaps.push(a, b, distance, 0);
      heaps.push(b, a, distance, 0);
    }
    pairsDone += rows - 1 - a;
    // Row a costs rows − a distances; checking the clock every 16 rows keeps slices near 20 ms.
    if ((a & 15) === 15) {
      onProgress(pairsDone / totalPairs);
      await cooperation.checkpoint();
    }
  }
  return heaps;
}

/**
 * Exact neighbours of a few query rows against all rows (for measuring an approximate graph's recall or a
 * layout's quality on a sample). Returns `queries.length × k` indices and search distances, ascending.
 */
export function exactKnnOfRows(
  space: VectorSpace,
  queries: Int32Array,
  k: number,
): { indices: Int32Array; distances: Float32Array } {
  const heaps = new NeighborHeaps(queries.length, k);
  for (let q = 0; q < queries.length; q++) {
    const row = queries[q] ?? 0;
    for (let other = 0; other < space.rows; other++) {
      if (other !== row) heaps.push(q, other, searchDistance(space, row, other), 0);
    }
  }
  return heaps.sortAscending((distance) => distance);
}
