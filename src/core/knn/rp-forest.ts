import type { Cooperation } from '../jobs/cooperation';
import type { RandomSource } from '../math/random';
import type { NeighborHeaps } from './neighbor-heaps';
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
 */
export async function seedFromRandomProjectionForest(
  space: VectorSpace,
  heaps: NeighborHeaps,
  trees: number,
  leafSize: number,
  random: RandomSource,
  cooperation: Cooperation,
): Promise<void> {
  const scratch: SplitScratch = {
    order: new Int32Array(space.rows),
    margins: new Float64Array(space.rows),
  };
  // Explicit stack of [start, end) ranges: no recursion depth limit, no closures per node.
  const stack = new Int32Array(2 * (space.rows + 1));
  for (let tree = 0; tree < trees; tree++) {
    for (let i = 0; i < space.rows; i++) scratch.order[i] = i;
    let top = 0;
    stack[top++] = 0;
    stack[top++] = space.rows;
    while (top > 0) {
      const end = stack[--top] ?? 0;
      const start = stack[--top] ?? 0;
      if (end - start <= leafSize) {
        joinLeaf(space, heaps, scratch.order, start, end);
        await cooperation.checkpoint();
        continue;
      }
      const middle = split(space, scratch, start, end, random);
      stack[top++] = start;
      stack[top++] = middle;
      stack[top++] = middle;
      stack[top++] = end;
    }
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
