import type { Cooperation } from '../jobs/cooperation';
import { createRandom, type RandomSource } from '../math/random';
import { splitRange, type ParallelExecutor } from '../parallel/parallel-executor';
import { sequentialExecutor } from '../parallel/sequential-executor';
import { sharedInt32Array } from '../parallel/shared-arrays';
import type { NeighborHeaps } from './neighbor-heaps';
import { kernelForMemory } from './squared-distance-kernel';
import { searchDistance, type VectorSpace } from './vector-space';

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
 * threads, a group at a time, and their leaves are then joined on this thread in tree order: the same
 * bytes with any thread count.
 */
export async function seedFromRandomProjectionForest(
  space: VectorSpace,
  heaps: NeighborHeaps,
  trees: number,
  leafSize: number,
  random: RandomSource,
  cooperation: Cooperation,
  executor: ParallelExecutor = sequentialExecutor,
): Promise<void> {
  const { rows } = space;
  const { kernel: _kernel, ...sharedSpace } = space;
  const seeds = sharedInt32Array(trees);
  for (let tree = 0; tree < trees; tree++) seeds[tree] = Math.floor(random.next() * 4294967296) | 0;
  // Built a group of `workers` trees at a time: one tree is ~rows × depth × 2 distances (~0.15 s at 100,000
  // × 384), so cancellation is checked between groups and the leaves need rows ints per tree of the group.
  const group = Math.max(1, executor.workers);
  const input: TreeBuildInput = {
    space: sharedSpace,
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
    for (let tree = first; tree < last; tree++) {
      const slot = tree - first;
      const order = input.orders.subarray(slot * rows, (slot + 1) * rows);
      let start = 0;
      for (let leaf = 0; leaf < (input.leafCounts[slot] ?? 0); leaf++) {
        const end = input.leafEnds[slot * rows + leaf] ?? start;
        joinLeaf(space, heaps, order, start, end);
        start = end;
      }
      await cooperation.checkpoint();
    }
  }
}

/**
 * Trees to build, as a task: tree `t` (in `[firstTree, firstTree + group)`) draws from `seeds[t]` and
 * writes its row order to `orders` slot `t − firstTree` and its leaves as end positions in that order.
 */
export interface TreeBuildInput {
  readonly space: Omit<VectorSpace, 'kernel'>;
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
  const memory = input.space.memory ?? null;
  const space: VectorSpace = { ...input.space, kernel: memory === null ? null : kernelForMemory(memory) };
  const { rows } = space;
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
      const middle = split(space, scratch, from, to, random);
      stack[top++] = middle;
      stack[top++] = to;
      stack[top++] = from;
      stack[top++] = middle;
    }
    input.leafCounts[slot] = leaves;
  }
}

/** Offers every pair of a leaf's rows to both rows' heaps. */
function joinLeaf(
  space: VectorSpace,
  heaps: NeighborHeaps,
  order: Int32Array,
  start: number,
  end: number,
): void {
  for (let i = start; i < end; i++) {
    const a = order[i] ?? 0;
    for (let j = i + 1; j < end; j++) {
      const b = order[j] ?? 0;
      const distance = searchDistance(space, a, b);
      heaps.push(a, b, distance, 1);
      heaps.push(b, a, distance, 1);
    }
  }
}

/**
 * Partitions `order[start, end)` by the hyperplane halfway between two random rows and returns the split
 * point. A row's side is the sign of |x − r|² − |x − l|² (closer to l: left), which is that hyperplane for
 * euclidean and, since cosine rows are unit vectors, the angular split through the origin for cosine; it
 * costs two SIMD distances per row instead of a plain-JS dot product. A degenerate split (all rows on one
 * side, e.g. duplicates) falls back to halving the range, so the tree always terminates.
 */
function split(
  space: VectorSpace,
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
  const tie = TIE_MARGIN * Math.max(searchDistance(space, left, right), Number.MIN_VALUE);
  let leftCount = 0;
  for (let i = start; i < end; i++) {
    const row = order[i] ?? 0;
    let margin = searchDistance(space, row, right) - searchDistance(space, row, left);
    if (Math.abs(margin) <= tie) margin = random.next() < 0.5 ? 1 : -1;
    margins[i] = margin;
    if (margin > 0) leftCount++;
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
