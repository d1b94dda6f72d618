import type { RandomSource } from '../math/random';
import type { ParallelExecutor } from '../parallel/parallel-executor';
import { sharedInt32Array } from '../parallel/shared-arrays';
import { NeighborHeaps } from './neighbor-heaps';
import { permuteSearchRows, shareSearchRows, type SearchRows } from './search-rows';
import type { TreeBuildInput } from './rp-forest';

/**
 * Rows per leaf of the ordering tree: the order only has to keep near rows near in memory, and leaves this
 * large cost about seven levels of splits at 100,000 rows (~1% of the forest NN-descent builds anyway).
 */
const ORDER_LEAF_ROWS = 1024;

/**
 * Stores the search's rows in a locality order and returns it (`order[position]` is the row stored
 * there). NN-descent reads each row's candidates (~120 rows) from all over the matrix; stored in the leaf
 * order of a random-projection tree, rows that are near in space are near in memory, so the candidates of
 * consecutive rows come from the same few megabytes and stay in the processor's caches instead of being
 * fetched from main memory again and again (100,000 rows of 384 quantised values are 77 MB; one cluster's
 * rows then fit the 32 MB cache). The order comes from its own seeded tree: the same bytes for the same
 * seed with any number of threads.
 */
export async function storeInLocalityOrder(
  rows: SearchRows,
  random: RandomSource,
  executor: ParallelExecutor,
): Promise<Int32Array> {
  const seeds = sharedInt32Array(1);
  seeds[0] = Math.floor(random.next() * 4294967296) | 0;
  const input: TreeBuildInput = {
    search: shareSearchRows(rows),
    leafSize: ORDER_LEAF_ROWS,
    seeds,
    firstTree: 0,
    orders: sharedInt32Array(rows.rows),
    leafEnds: sharedInt32Array(rows.rows),
    leafCounts: sharedInt32Array(1),
  };
  await executor.run('rp-trees', input, [{ start: 0, end: 1 }]);
  permuteSearchRows(rows, input.orders);
  return input.orders;
}

/** Heaps over reordered rows, renumbered: position `p`'s heap becomes row `order[p]`'s, each index mapped too. */
export function renumberHeaps(heaps: NeighborHeaps, order: Int32Array): NeighborHeaps {
  const { rows, k } = heaps;
  const result = new NeighborHeaps(rows, k);
  for (let position = 0; position < rows; position++) {
    const from = position * k;
    const to = (order[position] ?? 0) * k;
    for (let slot = 0; slot < k; slot++) {
      const index = heaps.indices[from + slot] ?? -1;
      result.indices[to + slot] = index < 0 ? -1 : (order[index] ?? -1);
      result.distances[to + slot] = heaps.distances[from + slot] ?? Infinity;
      result.flags[to + slot] = heaps.flags[from + slot] ?? 0;
    }
  }
  return result;
}
