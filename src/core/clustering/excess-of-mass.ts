import type { CondensedTree } from './condensed-tree';

/**
 * HDBSCAN's excess-of-mass selection. A cluster's stability is Σ (λ at which each point or sub-cluster left
 * it − λ at which it was born) × size: how much mass persists how long. Bottom-up, a cluster is kept when it
 * is at least as stable as its selected descendants together; otherwise they replace it. The root is never
 * selected (a single all-encompassing cluster says nothing; HDBSCAN's allow_single_cluster = false).
 * Returns one label per point: the index of its selected cluster among `selected` (ordered by cluster id), or
 * −1 for noise — points that left the tree above every selected cluster.
 */
export function excessOfMass(tree: CondensedTree, rows: number): { labels: Int32Array; selected: number } {
  const { clusters } = tree;
  const birth = new Float64Array(clusters);
  const clusterParent = new Int32Array(clusters).fill(-1);
  const pointParent = new Int32Array(rows).fill(0);
  for (let e = 0; e < tree.parent.length; e++) {
    const child = tree.child[e] ?? 0;
    if (tree.childIsCluster[e] === 1) {
      birth[child] = tree.lambda[e] ?? 0;
      clusterParent[child] = tree.parent[e] ?? 0;
    } else pointParent[child] = tree.parent[e] ?? 0;
  }
  const stability = new Float64Array(clusters);
  for (let e = 0; e < tree.parent.length; e++) {
    const parent = tree.parent[e] ?? 0;
    stability[parent] =
      (stability[parent] ?? 0) + ((tree.lambda[e] ?? 0) - (birth[parent] ?? 0)) * (tree.childSize[e] ?? 0);
  }
  // Bottom-up (children have larger ids than their parents): a cluster is a candidate when it is at least as
  // stable as its children's best selections together; otherwise it passes their stability up.
  const candidate = new Uint8Array(clusters);
  const childStability = new Float64Array(clusters);
  for (let cluster = clusters - 1; cluster >= 1; cluster--) {
    const below = childStability[cluster] ?? 0;
    if (below > (stability[cluster] ?? 0)) stability[cluster] = below;
    else candidate[cluster] = 1;
    const parent = clusterParent[cluster] ?? 0;
    childStability[parent] = (childStability[parent] ?? 0) + (stability[cluster] ?? 0);
  }
  // Top-down, the highest candidate on each path is selected and stands for everything below it.
  const selectedAncestor = new Int32Array(clusters).fill(-1);
  const index = new Int32Array(clusters).fill(-1);
  let selected = 0;
  for (let cluster = 1; cluster < clusters; cluster++) {
    const above = selectedAncestor[clusterParent[cluster] ?? 0] ?? -1;
    if (above >= 0) selectedAncestor[cluster] = above;
    else if (candidate[cluster] === 1) {
      selectedAncestor[cluster] = cluster;
      index[cluster] = selected++;
    }
  }
  const labels = new Int32Array(rows);
  for (let row = 0; row < rows; row++) {
    const ancestor = selectedAncestor[pointParent[row] ?? 0] ?? -1;
    labels[row] = ancestor < 0 ? -1 : (index[ancestor] ?? -1);
  }
  return { labels, selected };
}
