import type { LayoutCoordinates } from '../math/matrix-types';

/**
 * Points per k-d tree leaf: scanning 16 points of 2–3 coordinates is cheaper than another level of
 * descent, and it keeps the tree to about rows / 8 nodes.
 */
const LEAF_SIZE = 16;

/** An explicit k-d tree over an index permutation: node `n` covers `order[lo[n] .. hi[n])`. */
interface KdTree {
  readonly order: Int32Array;
  readonly lo: number[];
  readonly hi: number[];
  /** Split axis, or -1 for a leaf. */
  readonly axis: number[];
  readonly split: number[];
  readonly left: number[];
  readonly right: number[];
}

/** Three-way quickselect on `order[lo..hi)` by coordinate `axis`: afterwards `order[nth]` holds its median key. */
function select(
  order: Int32Array,
  coords: Float32Array,
  dims: number,
  axis: number,
  lo: number,
  hi: number,
  nth: number,
): void {
  let from = lo;
  let to = hi - 1;
  const key = (slot: number): number => coords[(order[slot] ?? 0) * dims + axis] ?? 0;
  const swap = (a: number, b: number): void => {
    const held = order[a] ?? 0;
    order[a] = order[b] ?? 0;
    order[b] = held;
  };
  while (from < to) {
    const pivot = key((from + to) >> 1);
    // Dutch national flag: [from, less) < pivot, [less, i) = pivot, (greater, to] > pivot. Equal keys (stacked
    // points) end in the middle band, so duplicates never make this quadratic.
    let less = from;
    let i = from;
    let greater = to;
    while (i <= greater) {
      const value = key(i);
      if (value < pivot) swap(less++, i++);
      else if (value > pivot) swap(i, greater--);
      else i++;
    }
    if (nth < less) to = less - 1;
    else if (nth > greater) from = greater + 1;
    else return;
  }
}

function buildTree(layout: LayoutCoordinates): KdTree {
  const { data, rows, dims } = layout;
  const tree: KdTree = {
    order: Int32Array.from({ length: rows }, (_, i) => i),
    lo: [],
    hi: [],
    axis: [],
    split: [],
    left: [],
    right: [],
  };
  const build = (lo: number, hi: number): number => {
    const node = tree.lo.length;
    tree.lo.push(lo);
    tree.hi.push(hi);
    tree.axis.push(-1);
    tree.split.push(0);
    tree.left.push(-1);
    tree.right.push(-1);
    if (hi - lo <= LEAF_SIZE) return node;
    let axis = 0;
    let widest = -1;
    for (let d = 0; d < dims; d++) {
      let min = Infinity;
      let max = -Infinity;
      for (let slot = lo; slot < hi; slot++) {
        const value = data[(tree.order[slot] ?? 0) * dims + d] ?? 0;
        if (value < min) min = value;
        if (value > max) max = value;
      }
      if (max - min > widest) {
        widest = max - min;
        axis = d;
      }
    }
    // All points in one place: nothing to split, scan them as one leaf.
    if (widest <= 0) return node;
    const mid = (lo + hi) >> 1;
    select(tree.order, data, dims, axis, lo, hi, mid);
    tree.axis[node] = axis;
    tree.split[node] = data[(tree.order[mid] ?? 0) * dims + axis] ?? 0;
    tree.left[node] = build(lo, mid);
    tree.right[node] = build(mid, hi);
    return node;
  };
  if (rows > 0) build(0, rows);
  return tree;
}

/**
 * The exact `k` nearest other points of every point of a 2D/3D layout (euclidean), `rows × k` indices in
 * ascending distance, through a k-d tree: about rows · log rows distance evaluations instead of rows², so
 * 100,000 points take a second or so, and dense clusters or stacked points cost no more than spread ones.
 * `k` must be below `rows`.
 */
export function layoutKnn(layout: LayoutCoordinates, k: number): Int32Array<ArrayBuffer> {
  const { data, rows, dims } = layout;
  if (!(k >= 0 && k < Math.max(1, rows)))
    throw new RangeError(`layoutKnn: k must be in [0, ${rows}), got ${k}`);
  const tree = buildTree(layout);
  const out = new Int32Array(rows * k);
  const bestDistance = new Float64Array(k);
  const bestIndex = new Int32Array(k);
  let found = 0;
  let query = 0;
  const offer = (index: number): void => {
    let d2 = 0;
    for (let d = 0; d < dims; d++) d2 += ((data[index * dims + d] ?? 0) - (data[query * dims + d] ?? 0)) ** 2;
    if (found === k && !(d2 < (bestDistance[k - 1] ?? Infinity))) return;
    // Insertion keeps the list sorted; equal distances keep the earlier-found point first.
    let at = found < k ? found++ : k - 1;
    while (at > 0 && (bestDistance[at - 1] ?? 0) > d2) {
      bestDistance[at] = bestDistance[at - 1] ?? 0;
      bestIndex[at] = bestIndex[at - 1] ?? 0;
      at--;
    }
    bestDistance[at] = d2;
    bestIndex[at] = index;
  };
  const visit = (node: number): void => {
    const axis = tree.axis[node] ?? -1;
    if (axis < 0) {
      for (let slot = tree.lo[node] ?? 0; slot < (tree.hi[node] ?? 0); slot++) {
        const index = tree.order[slot] ?? 0;
        if (index !== query) offer(index);
      }
      return;
    }
    const gap = (data[query * dims + axis] ?? 0) - (tree.split[node] ?? 0);
    const [near, far] =
      gap < 0 ? [tree.left[node] ?? 0, tree.right[node] ?? 0] : [tree.right[node] ?? 0, tree.left[node] ?? 0];
    visit(near);
    // The far side can only hold something nearer than the current k-th if the splitting plane is.
    if (found < k || gap * gap <= (bestDistance[k - 1] ?? Infinity)) visit(far);
  };
  if (k === 0) return out;
  for (query = 0; query < rows; query++) {
    found = 0;
    visit(0);
    out.set(bestIndex, query * k);
  }
  return out;
}
