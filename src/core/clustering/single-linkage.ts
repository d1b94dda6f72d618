import { DisjointSets } from './disjoint-sets';
import type { SpanningTree } from './mutual-reachability-tree';

/**
 * The single-linkage hierarchy of `rows` points, as SciPy's linkage matrix: merge `m` joins nodes `left[m]`
 * and `right[m]` at `distance[m]` into node `rows + m` of `size[m]` points. Nodes below `rows` are points.
 * Merges come in ascending distance, so a node's children always have smaller ids than the node.
 */
export interface Dendrogram {
  readonly rows: number;
  readonly left: Int32Array;
  readonly right: Int32Array;
  readonly distance: Float64Array;
  readonly size: Int32Array;
}

/** Builds the hierarchy by merging along the spanning tree's edges from shortest to longest. */
export function singleLinkage(tree: SpanningTree): Dendrogram {
  const { rows } = tree;
  const merges = tree.from.length;
  const order = Int32Array.from({ length: merges }, (_, e) => e).sort(
    (a, b) => (tree.weight[a] ?? 0) - (tree.weight[b] ?? 0),
  );
  const sets = new DisjointSets(rows);
  // The dendrogram node that currently stands for each union–find root.
  const nodeOfRoot = Int32Array.from({ length: rows }, (_, i) => i);
  const nodeSize = new Int32Array(rows + merges).fill(1);
  const left = new Int32Array(merges);
  const right = new Int32Array(merges);
  const distance = new Float64Array(merges);
  const size = new Int32Array(merges);
  order.forEach((edge, m) => {
    const a = tree.from[edge] ?? 0;
    const b = tree.to[edge] ?? 0;
    const nodeA = nodeOfRoot[sets.find(a)] ?? a;
    const nodeB = nodeOfRoot[sets.find(b)] ?? b;
    sets.union(a, b);
    const node = rows + m;
    left[m] = nodeA;
    right[m] = nodeB;
    distance[m] = tree.weight[edge] ?? 0;
    nodeSize[node] = (nodeSize[nodeA] ?? 1) + (nodeSize[nodeB] ?? 1);
    size[m] = nodeSize[node] ?? 0;
    nodeOfRoot[sets.find(a)] = node;
  });
  return { rows, left, right, distance, size };
}
