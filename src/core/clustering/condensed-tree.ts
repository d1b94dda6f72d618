import type { Dendrogram } from './single-linkage';

/**
 * HDBSCAN's condensed tree (Campello, Moulavi & Sander, 2013; McInnes' `condense_tree`): the hierarchy seen
 * from the top, where a split only counts when both sides keep at least `minClusterSize` points. Each entry
 * says that `child` (a point, or a cluster when `childIsCluster`) left cluster `parent` at density `lambda`
 * (1 / distance). Cluster 0 is the root; a cluster's id is always greater than its parent's.
 */
export interface CondensedTree {
  readonly parent: Int32Array;
  readonly child: Int32Array;
  readonly lambda: Float64Array;
  readonly childSize: Int32Array;
  readonly childIsCluster: Uint8Array;
  /** Number of clusters, root included. */
  readonly clusters: number;
}

/**
 * λ for a merge at distance 0 (duplicates): finite, so stabilities never become Infinity − Infinity; 1e12 is
 * far above 1 / (the smallest non-zero float32 cosine distance, ~6e-8).
 */
const MAX_LAMBDA = 1e12;

/** Condenses the dendrogram; every point appears as a child exactly once. */
export function condenseTree(dendrogram: Dendrogram, minClusterSize: number): CondensedTree {
  const { rows } = dendrogram;
  const merges = dendrogram.left.length;
  const entries = {
    parent: [] as number[],
    child: [] as number[],
    lambda: [] as number[],
    size: [] as number[],
    cluster: [] as number[],
  };
  const add = (parent: number, child: number, lambda: number, size: number, isCluster: boolean): void => {
    entries.parent.push(parent);
    entries.child.push(child);
    entries.lambda.push(lambda);
    entries.size.push(size);
    entries.cluster.push(isCluster ? 1 : 0);
  };
  const sizeOf = (node: number): number => (node < rows ? 1 : (dendrogram.size[node - rows] ?? 1));
  const label = new Int32Array(rows + merges).fill(-1);
  const ignored = new Uint8Array(rows + merges);
  const fallOut = (node: number, cluster: number, lambda: number): void => {
    const stack = [node];
    while (stack.length > 0) {
      const current = stack.pop() ?? 0;
      ignored[current] = 1;
      if (current < rows) add(cluster, current, lambda, 1, false);
      else stack.push(dendrogram.left[current - rows] ?? 0, dendrogram.right[current - rows] ?? 0);
    }
  };
  let clusters = 1;
  if (merges === 0) {
    for (let row = 0; row < rows; row++) add(0, row, MAX_LAMBDA, 1, false);
  } else label[rows + merges - 1] = 0;
  // Children have smaller ids than their parent, so descending ids visit every parent before its children.
  for (let node = rows + merges - 1; node >= rows; node--) {
    if (ignored[node] === 1) continue;
    const cluster = label[node] ?? 0;
    const m = node - rows;
    const distance = dendrogram.distance[m] ?? 0;
    const lambda = distance > 0 ? Math.min(MAX_LAMBDA, 1 / distance) : MAX_LAMBDA;
    const left = dendrogram.left[m] ?? 0;
    const right = dendrogram.right[m] ?? 0;
    const leftBig = sizeOf(left) >= minClusterSize;
    const rightBig = sizeOf(right) >= minClusterSize;
    if (leftBig && rightBig) {
      for (const side of [left, right]) {
        label[side] = clusters;
        add(cluster, clusters, lambda, sizeOf(side), true);
        clusters++;
      }
    } else if (!leftBig && !rightBig) {
      fallOut(left, cluster, lambda);
      fallOut(right, cluster, lambda);
    } else {
      // The big side is the same cluster, only smaller; the small side's points leave it here.
      const [big, small] = leftBig ? [left, right] : [right, left];
      label[big] = cluster;
      fallOut(small, cluster, lambda);
    }
  }
  return {
    parent: Int32Array.from(entries.parent),
    child: Int32Array.from(entries.child),
    lambda: Float64Array.from(entries.lambda),
    childSize: Int32Array.from(entries.size),
    childIsCluster: Uint8Array.from(entries.cluster),
    clusters,
  };
}
