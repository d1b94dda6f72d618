import type { Cooperation } from '../jobs/cooperation';
import type { KnnGraph } from '../knn/knn-graph';
import { searchDistance, type VectorSpace } from '../knn/vector-space';
import { DisjointSets } from './disjoint-sets';

/** A spanning tree of `rows` points: `rows − 1` edges (from, to, weight), in no particular order. */
export interface SpanningTree {
  readonly rows: number;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly weight: Float64Array;
}

/**
 * Each point's core distance: the cosine distance to its `minSamples`-th nearest point counting itself
 * (HDBSCAN's convention), i.e. to its (minSamples − 1)-th neighbour in the graph. Small in dense regions.
 */
export function coreDistances(graph: KnnGraph, minSamples: number): Float64Array {
  const core = new Float64Array(graph.rows);
  const neighbour = Math.max(1, Math.min(minSamples - 1, graph.k)) - 1;
  for (let row = 0; row < graph.rows; row++) core[row] = graph.distances[row * graph.k + neighbour] ?? 0;
  return core;
}

/**
 * The exact minimum spanning tree under the mutual reachability distance
 * max(core(a), core(b), d(a, b)), by Prim's algorithm on the implicit complete graph: rows²/2 distances, the
 * same cost as the exact kNN graph, so it is used for maps of up to a couple of thousand items.
 */
export async function exactReachabilityTree(
  space: VectorSpace,
  core: Float64Array,
  cooperation: Cooperation,
  onProgress: (fraction: number) => void,
): Promise<SpanningTree> {
  const { rows } = space;
  const tree = emptyTree(rows);
  const inTree = new Uint8Array(rows);
  const best = new Float64Array(rows).fill(Number.POSITIVE_INFINITY);
  const bestFrom = new Int32Array(rows);
  let current = 0;
  for (let edge = 0; edge < rows - 1; edge++) {
    inTree[current] = 1;
    let next = -1;
    let nextWeight = Number.POSITIVE_INFINITY;
    for (let other = 0; other < rows; other++) {
      if (inTree[other] === 1) continue;
      const weight = Math.max(core[current] ?? 0, core[other] ?? 0, searchDistance(space, current, other));
      if (weight < (best[other] ?? 0)) {
        best[other] = weight;
        bestFrom[other] = current;
      }
      if ((best[other] ?? 0) < nextWeight) {
        nextWeight = best[other] ?? 0;
        next = other;
      }
    }
    tree.from[edge] = bestFrom[next] ?? 0;
    tree.to[edge] = next;
    tree.weight[edge] = nextWeight;
    current = next;
    if ((edge & 15) === 15) {
      onProgress(edge / rows);
      await cooperation.checkpoint();
    }
  }
  return tree;
}

/**
 * An approximate minimum spanning tree for large maps: Kruskal's algorithm over the kNN graph's edges,
 * weighted by mutual reachability. Long edges that are in no point's kNN list are missing, so the graph can
 * fall into several components; they are then joined by the spanning tree of one representative each (the
 * member with the smallest core distance), with its exact mutual reachability distance. Those joining edges
 * are longer than any kNN edge, so they only shape the top of the hierarchy — where the components separate
 * anyway — and never split or merge a dense group.
 */
export async function knnReachabilityTree(
  space: VectorSpace,
  graph: KnnGraph,
  core: Float64Array,
  cooperation: Cooperation,
): Promise<SpanningTree> {
  const { rows, k } = graph;
  const edgeCount = rows * k;
  const weights = new Float64Array(edgeCount);
  for (let e = 0; e < edgeCount; e++) {
    const a = Math.floor(e / k);
    const b = graph.indices[e] ?? 0;
    weights[e] = Math.max(core[a] ?? 0, core[b] ?? 0, graph.distances[e] ?? 0);
  }
  const order = Int32Array.from({ length: edgeCount }, (_, e) => e).sort(
    (x, y) => (weights[x] ?? 0) - (weights[y] ?? 0),
  );
  await cooperation.checkpoint();
  const tree = emptyTree(rows);
  const sets = new DisjointSets(rows);
  let edges = 0;
  for (const e of order) {
    const a = Math.floor(e / k);
    const b = graph.indices[e] ?? 0;
    if (b < 0 || !sets.union(a, b)) continue;
    tree.from[edges] = a;
    tree.to[edges] = b;
    tree.weight[edges] = weights[e] ?? 0;
    edges++;
  }
  const representatives = componentRepresentatives(sets, core);
  if (representatives.length > 1) {
    const joining = await exactReachabilityTree(
      subspace(space, representatives),
      pick(core, representatives),
      cooperation,
      () => undefined,
    );
    for (let j = 0; j < joining.from.length; j++) {
      tree.from[edges] = representatives[joining.from[j] ?? 0] ?? 0;
      tree.to[edges] = representatives[joining.to[j] ?? 0] ?? 0;
      tree.weight[edges] = joining.weight[j] ?? 0;
      edges++;
    }
  }
  return tree;
}

function emptyTree(rows: number): SpanningTree {
  const edges = Math.max(0, rows - 1);
  return { rows, from: new Int32Array(edges), to: new Int32Array(edges), weight: new Float64Array(edges) };
}

/** Per component of `sets`, its member with the smallest core distance (the densest point). */
function componentRepresentatives(sets: DisjointSets, core: Float64Array): Int32Array {
  const best = new Map<number, number>();
  for (let row = 0; row < core.length; row++) {
    const root = sets.find(row);
    const current = best.get(root);
    if (current === undefined || (core[row] ?? 0) < (core[current] ?? 0)) best.set(root, row);
  }
  return Int32Array.from(best.values());
}

/** The rows `indices` of a vector space, as a space of their own (shares the kernel-free JS path). */
function subspace(space: VectorSpace, indices: Int32Array): VectorSpace {
  const { cols } = space;
  const data = new Float32Array(indices.length * cols);
  const zero = new Uint8Array(indices.length);
  indices.forEach((row, i) => {
    data.set(space.data.subarray(row * cols, (row + 1) * cols), i * cols);
    zero[i] = space.zero[row] ?? 0;
  });
  return { data, rows: indices.length, cols, cosine: space.cosine, zero, kernel: null };
}

function pick(values: Float64Array, indices: Int32Array): Float64Array {
  return Float64Array.from(indices, (row) => values[row] ?? 0);
}
