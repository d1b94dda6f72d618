import type { FuzzyGraph } from './fuzzy-graph';

/** umap-learn's choice when the user leaves epochs open: more passes for small data, where they are cheap. */
const EPOCHS_SMALL = 500;
const EPOCHS_LARGE = 200;
/** Below this many rows the small-data epoch count applies (umap-learn's threshold). */
const LARGE_ROWS = 10_000;

/** The number of optimisation epochs: the user's, or 500 below 10,000 rows and 200 from there on. */
export function epochCount(rows: number, requested: number | null): number {
  if (requested !== null) return requested;
  return rows < LARGE_ROWS ? EPOCHS_SMALL : EPOCHS_LARGE;
}

/** The edges the optimiser samples and how often: edge e every `epochsPerSample[e]` epochs. */
export interface EdgeSchedule {
  readonly heads: Int32Array;
  readonly tails: Int32Array;
  readonly epochsPerSample: Float64Array;
}

/**
 * umap-learn's `make_epochs_per_sample` after its pruning: edges weaker than max / epochs would be sampled
 * less than once in the whole run, so they are dropped; the strongest edge is sampled every epoch and an
 * edge of weight w every max / w epochs.
 */
export function edgeSchedule(graph: FuzzyGraph, epochs: number): EdgeSchedule {
  let max = 0;
  for (let e = 0; e < graph.weights.length; e++) max = Math.max(max, graph.weights[e] ?? 0);
  const threshold = max / epochs;
  let kept = 0;
  for (let e = 0; e < graph.weights.length; e++) if ((graph.weights[e] ?? 0) >= threshold) kept++;
  const heads = new Int32Array(kept);
  const tails = new Int32Array(kept);
  const epochsPerSample = new Float64Array(kept);
  let at = 0;
  for (let e = 0; e < graph.weights.length; e++) {
    const weight = graph.weights[e] ?? 0;
    if (!(weight >= threshold) || weight <= 0) continue;
    heads[at] = graph.heads[e] ?? 0;
    tails[at] = graph.tails[e] ?? 0;
    epochsPerSample[at++] = max / weight;
  }
  return {
    heads: heads.subarray(0, at),
    tails: tails.subarray(0, at),
    epochsPerSample: epochsPerSample.subarray(0, at),
  };
}
