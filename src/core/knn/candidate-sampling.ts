import { NeighborHeaps, type HeapArrays } from './neighbor-heaps';

/**
 * One NN-descent iteration's candidate sampling, as tasks worker threads can run: each thread owns a range
 * of target rows and fills only their candidate heaps, so the result does not depend on the split.
 */
export interface CandidateSamplingInput {
  readonly rows: number;
  /** Neighbours per row of the graph. */
  readonly k: number;
  /** Candidates per row. */
  readonly width: number;
  readonly graph: HeapArrays;
  readonly fresh: HeapArrays;
  readonly old: HeapArrays;
  /** Seeds this iteration's priorities (drawn from the search's generator on the calling thread). */
  readonly key: number;
}

/** 2^32: turns a 32-bit unsigned integer into a fraction of one. */
const UINT32_RANGE = 4294967296;

/**
 * The random priority of graph slot `slot` in an iteration: mulberry32's output mix applied to a counter
 * (key + slot), so any thread computes the same number for the same slot without sharing a generator.
 */
export function slotPriority(key: number, slot: number): number {
  let t = (key + Math.imul(slot + 1, 0x6d2b79f5)) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / UINT32_RANGE;
}

/**
 * Fills the candidate heaps of target rows `[start, end)`: every graph edge row → other goes, with its
 * slot's priority, to `row`'s heap and (reversed) to `other`'s, into `fresh` when flagged new, else into
 * `old`, keeping the lowest priorities when there are too many. Every thread scans all edges (rows × k
 * reads, cheap) in the same order, so each heap sees its offers in the same order whatever the split.
 */
export function sampleCandidateRows(input: CandidateSamplingInput, start: number, end: number): void {
  const { rows, k, width, graph, key } = input;
  const fresh = new NeighborHeaps(rows, width, input.fresh);
  const old = new NeighborHeaps(rows, width, input.old);
  fresh.clearRows(start, end);
  old.clearRows(start, end);
  const { indices, flags } = graph;
  for (let row = 0; row < rows; row++) {
    const ownRow = row >= start && row < end;
    for (let slot = row * k; slot < (row + 1) * k; slot++) {
      const other = indices[slot] ?? -1;
      if (other < 0) continue;
      const ownOther = other >= start && other < end;
      if (!ownRow && !ownOther) continue;
      const priority = slotPriority(key, slot);
      const target = flags[slot] === 1 ? fresh : old;
      if (ownRow) target.push(row, other, priority, 0);
      if (ownOther) target.push(other, row, priority, 0);
    }
  }
}

/**
 * Flags as old the graph entries of rows `[start, end)` that made it into their row's new candidates, so
 * each pair is joined as "new" once. Runs after {@link sampleCandidateRows} has finished on every row
 * (it reads the flags this writes).
 */
export function retireSampledFlags(input: CandidateSamplingInput, start: number, end: number): void {
  const { k, width, graph, fresh } = input;
  for (let row = start; row < end; row++) {
    for (let slot = row * k; slot < (row + 1) * k; slot++) {
      if (graph.flags[slot] !== 1) continue;
      const other = graph.indices[slot] ?? -1;
      for (let c = row * width; c < (row + 1) * width; c++) {
        if (fresh.indices[c] === other) {
          graph.flags[slot] = 0;
          break;
        }
      }
    }
  }
}
