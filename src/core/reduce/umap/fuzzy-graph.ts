import type { KnnGraph } from '../../knn/knn-graph';
import { smoothKnnDistances } from './smooth-knn';

/**
 * UMAP's symmetric fuzzy graph as a directed edge list holding both (i, j) and (j, i) for every connected
 * pair, grouped by head row (ascending) so the optimiser walks memory in order.
 */
export interface FuzzyGraph {
  readonly rows: number;
  readonly heads: Int32Array;
  readonly tails: Int32Array;
  /** Membership strength of each edge, in (0, 1]. */
  readonly weights: Float32Array;
}

/** Directed memberships `rows × k`, aligned with the kNN graph's slots. */
function memberships(graph: KnnGraph): Float32Array {
  const { rows, k, distances } = graph;
  const { rhos, sigmas } = smoothKnnDistances(graph);
  const weights = new Float32Array(rows * k);
  for (let row = 0; row < rows; row++) {
    const rho = rhos[row] ?? 0;
    const sigma = sigmas[row] ?? 1;
    for (let j = row * k; j < (row + 1) * k; j++) {
      const d = (distances[j] ?? 0) - rho;
      weights[j] = d <= 0 || sigma === 0 ? 1 : Math.exp(-d / sigma);
    }
  }
  return weights;
}

/** The slot in which row `from` lists `to`, or −1 when `to` is not among its neighbours. */
function findSlot(graph: KnnGraph, from: number, to: number): number {
  const { k, indices } = graph;
  for (let j = from * k; j < (from + 1) * k; j++) if (indices[j] === to) return j;
  return -1;
}

/**
 * Builds the fuzzy simplicial set of a kNN graph (umap-learn's `fuzzy_simplicial_set` with
 * set_op_mix_ratio 1): directed memberships w, then the probabilistic union w_ij + w_ji − w_ij·w_ji.
 */
export function fuzzyGraph(graph: KnnGraph): FuzzyGraph {
  const { rows, k, indices } = graph;
  const weights = memberships(graph);
  // Each slot yields (i, j); a pair that j does not list back also yields (j, i): at most 2·rows·k edges.
  const heads = new Int32Array(2 * rows * k);
  const tails = new Int32Array(2 * rows * k);
  const values = new Float32Array(2 * rows * k);
  let count = 0;
  for (let row = 0; row < rows; row++) {
    for (let j = row * k; j < (row + 1) * k; j++) {
      const other = indices[j] ?? -1;
      if (other < 0) continue;
      const forward = weights[j] ?? 0;
      const back = findSlot(graph, other, row);
      const backward = back < 0 ? 0 : (weights[back] ?? 0);
      const union = forward + backward - forward * backward;
      if (!(union > 0)) continue;
      heads[count] = row;
      tails[count] = other;
      values[count++] = union;
      // A pair listed both ways is emitted from each side; one listed once is emitted both ways here.
      if (back < 0) {
        heads[count] = other;
        tails[count] = row;
        values[count++] = union;
      }
    }
  }
  return groupByHead(rows, heads.subarray(0, count), tails.subarray(0, count), values.subarray(0, count));
}

/** Stable counting sort of the edges by head row. */
function groupByHead(rows: number, heads: Int32Array, tails: Int32Array, values: Float32Array): FuzzyGraph {
  const starts = new Int32Array(rows + 1);
  for (let e = 0; e < heads.length; e++) starts[(heads[e] ?? 0) + 1] = (starts[(heads[e] ?? 0) + 1] ?? 0) + 1;
  for (let r = 0; r < rows; r++) starts[r + 1] = (starts[r + 1] ?? 0) + (starts[r] ?? 0);
  const out = { heads: new Int32Array(heads.length), tails: new Int32Array(heads.length) };
  const weights = new Float32Array(heads.length);
  for (let e = 0; e < heads.length; e++) {
    const head = heads[e] ?? 0;
    const at = starts[head] ?? 0;
    starts[head] = at + 1;
    out.heads[at] = head;
    out.tails[at] = tails[e] ?? 0;
    weights[at] = values[e] ?? 0;
  }
  return { rows, heads: out.heads, tails: out.tails, weights };
}
