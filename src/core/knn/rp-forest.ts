import type { Cooperation } from '../jobs/cooperation';
import { createRandom, type RandomSource } from '../math/random';
import { splitRange, type ParallelExecutor } from '../parallel/parallel-executor';
import { sequentialExecutor } from '../parallel/sequential-executor';
import { sharedInt32Array } from '../parallel/shared-arrays';
import { NeighborHeaps, type HeapArrays } from './neighbor-heaps';
import {
  bindSearchRows,
  shareSearchRows,
  tileDistances,
  type SearchRows,
  type SharedSearchRows,
} from './search-rows';

/** Margins within this share of the two pivots' squared distance go to a random side: ties and duplicates. */
const TIE_MARGIN = 1e-8;

/** Scratch buffers shared by every split of every tree: nothing is allocated per node. */
interface SplitScratch {
  readonly order: Int32Array;
  readonly margins: Float64Array;
}

/**
 * Random-projection forest (Dasgupta & Freund; pynndescent's initialisation): each tree splits the rows by
 * random hyperplanes between two random rows until leaves hold at most `leafSize`; rows sharing a leaf are
 * likely neighbours, so every pair in every leaf is offered to both heaps (flagged new for NN-descent).
 * Each tree draws from its own generator (seeded from `random`), so the trees are built on the executor's
 * threads, a group at a time, and their leaves are then joined on the threads by target row, in tree order
 * ({@link joinLeaves}): the same bytes with any thread count.
 */
export async function seedFromRandomProjectionForest(
  search: SearchRows,
  heaps: NeighborHeaps,
  trees: number,
  leafSize: number,
  random: RandomSource,
  cooperation: Cooperation,
  executor: ParallelExecutor = sequentialExecutor,
): Promise<void> {
  const { rows } = search;
  const seeds = sharedInt32Array(trees);
  for (let tree = 0; tree < trees; tree++) seeds[tree] = Math.floor(random.next() * 4294967296) | 0;
  // Built a group of `workers` trees at a time: one tree is ~rows × depth × 2 distances (~0.15 s at 100,000
  // × 384), so cancellation is checked between groups and the leaves need rows ints per tree of the group.
  const group = Math.max(1, executor.workers);
  const input: TreeBuildInput = {
    search: shareSearchRows(search),
    leafSize,
    seeds,
    firstTree: 0,
    orders: sharedInt32Array(group * rows),
    leafEnds: sharedInt32Array(group * rows),
    leafCounts: sharedInt32Array(group),
  };
  for (let first = 0; first < trees; first += group) {
    const last = Math.min(trees, first + group);
    await executor.run('rp-trees', { ...input, firstTree: first }, splitRange(first, last, last - first));
    await cooperation.checkpoint();
    const leaves: LeafJoinInput = { ...input, trees: last - first, graph: heaps.arrays(), k: heaps.k };
    await executor.run('rp-join-leaves', leaves, splitRange(0, rows, executor.workers));
    await cooperation.checkpoint();
  }
}

/**
 * Trees to build, as a task: tree `t` (in `[firstTree, firstTree + group)`) draws from `seeds[t]` and
 * writes its row order to `orders` slot `t − firstTree` and its leaves as end positions in that order.
 */
export interface TreeBuildInput {
  readonly search: SharedSearchRows;
  readonly leafSize: number;
  readonly seeds: Int32Array;
  readonly firstTree: number;
  /** `group × rows`: each built tree's rows, leaf after leaf. */
  readonly orders: Int32Array;
  /** `group × rows`: each tree's leaf end positions in its order (the first `leafCounts[slot]` are used). */
  readonly leafEnds: Int32Array;
  readonly leafCounts: Int32Array;
}

/** The task: builds trees `[start, end)` (see {@link TreeBuildInput}). */
export function buildTrees(input: TreeBuildInput, start: number, end: number): void {
  const search = bindSearchRows(input.search);
  const { rows } = search;
  const margins = new Float64Array(rows);
  // Explicit stack of [start, end) ranges: no recursion depth limit, no closures per node.
  const stack = new Int32Array(2 * (rows + 1));
  for (let tree = start; tree < end; tree++) {
    const slot = tree - input.firstTree;
    const order = input.orders.subarray(slot * rows, (slot + 1) * rows);
    const scratch: SplitScratch = { order, margins };
    const random = createRandom((input.seeds[tree] ?? 0) >>> 0);
    for (let i = 0; i < rows; i++) order[i] = i;
    let leaves = 0;
    let top = 0;
    stack[top++] = 0;
    stack[top++] = rows;
    while (top > 0) {
      const to = stack[--top] ?? 0;
      const from = stack[--top] ?? 0;
      if (to - from <= input.leafSize) {
        // Ranges come off the stack left to right, so the leaves tile the order in sequence.
        input.leafEnds[slot * rows + leaves++] = to;
        continue;
      }
      const middle = split(search, scratch, from, to, random);
      stack[top++] = middle;
      stack[top++] = to;
      stack[top++] = from;
      stack[top++] = middle;
    }
    input.leafCounts[slot] = leaves;
  }
}

/** A group of built trees' leaves to join into the graph, as a task over target rows. */
export interface LeafJoinInput extends TreeBuildInput {
  /** Trees built in this group: slots `0 … trees − 1` of `orders`, `leafEnds` and `leafCounts`. */
  readonly trees: number;
  readonly graph: HeapArrays;
  readonly k: number;
}

/**
 * The task: offers every pair of every leaf of the group's trees, tree after tree and leaf after leaf, to
 * the heaps of the rows in `[owned, ownedEnd)` only. Each heap sees its offers in the same order as one
 * thread joining everything would give it, so the graph is the same bytes with any number of threads; in
 * the search's locality order a leaf's rows mostly belong to one thread, so little is computed twice.
 */
export function joinLeaves(input: LeafJoinInput, owned: number, ownedEnd: number): void {
  const search = bindSearchRows(input.search);
  const { rows } = search;
  const heaps = new NeighborHeaps(rows, input.k, input.graph);
  for (let slot = 0; slot < input.trees; slot++) {
    const order = input.orders.subarray(slot * rows, (slot + 1) * rows);
    let start = 0;
    for (let leaf = 0; leaf < (input.leafCounts[slot] ?? 0); leaf++) {
      const end = input.leafEnds[slot * rows + leaf] ?? start;
      let touches = false;
      for (let i = start; i < end && !touches; i++) touches = isOwned(order[i] ?? 0, owned, ownedEnd);
      if (touches) joinLeaf(search, heaps, order, start, end, owned, ownedEnd);
      start = end;
    }
  }
}

function isOwned(row: number, owned: number, ownedEnd: number): boolean {
  return row >= owned && row < ownedEnd;
}

/**
 * Offers every pair of a leaf's rows to both rows' heaps where the row is owned: two rows against four at
 * a time through the quantised tile ({@link tileDistances}), skipping the tile's slots that are not a pair
 * of the leaf (j ≤ i, or past the leaf's end).
 */
function joinLeaf(
  search: SearchRows,
  heaps: NeighborHeaps,
  order: Int32Array,
  start: number,
  end: number,
  owned: number,
  ownedEnd: number,
): void {
  const at = (position: number): number => order[Math.min(position, end - 1)] ?? 0;
  for (let i = start; i < end; i += 2) {
    const a0 = at(i);
    const a1 = at(i + 1);
    for (let q = i + 1 - ((i + 1 - start) & 3); q < end; q += 4) {
      const results = tileDistances(search, a0, a1, at(q), at(q + 1), at(q + 2), at(q + 3));
      for (let r = 0; r < 2 && i + r < end; r++) {
        const a = r === 0 ? a0 : a1;
        for (let c = 0; c < 4; c++) {
          const column = q + c;
          if (column <= i + r || column >= end) continue;
          const b = at(column);
          const distance = results[r * 4 + c] ?? 0;
          if (isOwned(a, owned, ownedEnd)) heaps.push(a, b, distance, 1);
          if (isOwned(b, owned, ownedEnd)) heaps.push(b, a, distance, 1);
        }
      }
    }
  }
}

/**
 * Partitions `order[start, end)` by the hyperplane halfway between two random rows and returns the split
 * point. A row's side is the sign of |x − r|² − |x − l|² (closer to l: left), which is that hyperplane for
 * euclidean and, since cosine rows are unit vectors, the angular split through the origin for cosine; both
 * distances of four rows come from one call of the distance tile. A degenerate split (all rows on one
 * side, e.g. duplicates) falls back to halving the range, so the tree always terminates.
 */
function split(
  search: SearchRows,
  scratch: SplitScratch,
  start: number,
  end: number,
  random: RandomSource,
): number {
  const { order, margins } = scratch;
  const size = end - start;
  const left = order[start + Math.floor(random.next() * size)] ?? 0;
  let right = order[start + Math.floor(random.next() * (size - 1))] ?? 0;
  if (right === left) right = order[end - 1] ?? 0;
  const at = (position: number): number => order[Math.min(position, end - 1)] ?? 0;
  for (let i = start; i < end; i += 4) {
    const results = tileDistances(search, left, right, at(i), at(i + 1), at(i + 2), at(i + 3));
    for (let c = 0; c < 4 && i + c < end; c++) margins[i + c] = (results[4 + c] ?? 0) - (results[c] ?? 0);
  }
  // Margins are squared distances: the tie scale is the pivots' squared distance in the same units.
  const gap = tileDistances(search, left, left, right, right, right, right)[0] ?? 0;
  const tie = TIE_MARGIN * Math.max(gap, Number.MIN_VALUE);
  let leftCount = 0;
  for (let i = start; i < end; i++) {
    if (Math.abs(margins[i] ?? 0) <= tie) margins[i] = random.next() < 0.5 ? 1 : -1;
    if ((margins[i] ?? 0) > 0) leftCount++;
  }
  if (leftCount === 0 || leftCount === size) return start + (size >> 1);
  return partition(order, margins, start, end);
}

/** Moves rows with a positive margin to the front of the range (two pointers); returns the boundary. */
function partition(order: Int32Array, margins: Float64Array, start: number, end: number): number {
  let i = start;
  let j = end - 1;
  for (;;) {
    while (i <= j && (margins[i] ?? 0) > 0) i++;
    while (i <= j && (margins[j] ?? 0) <= 0) j--;
    if (i >= j) return i;
    const row = order[i] ?? 0;
    order[i] = order[j] ?? 0;
    order[j] = row;
    const margin = margins[i] ?? 0;
    margins[i] = margins[j] ?? 0;
    margins[j] = margin;
  }
}
