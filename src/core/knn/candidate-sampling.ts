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
  /** The graph's edges by target row (see {@link indexReverseEdges}), rebuilt before each sampling. */
  readonly reverse: ReverseEdges;
}

/**
 * The graph's edges grouped by the row they point to: row `t`'s incoming edges are the graph slots
 * `slots[starts[t] .. starts[t + 1])`, in increasing slot order (so by source row). Lets a thread offer a
 * row every edge that touches it without scanning the whole graph.
 */
export interface ReverseEdges {
  /** `rows + 1` offsets into `slots`. */
  readonly starts: Int32Array;
  /** `rows × k` graph slots (source row × k + position). */
  readonly slots: Int32Array;
}

/** Fills `reverse` from the graph's current indices: a counting sort of the slots by target row. */
export function indexReverseEdges(indices: Int32Array, rows: number, reverse: ReverseEdges): void {
  const { starts, slots } = reverse;
  starts.fill(0);
  for (const other of indices) if (other >= 0) starts[other + 1] = (starts[other + 1] ?? 0) + 1;
  for (let row = 0; row < rows; row++) starts[row + 1] = (starts[row + 1] ?? 0) + (starts[row] ?? 0);
  // Fill forwards with a cursor per row, kept in the (shifted) starts themselves and restored after.
  for (let slot = 0; slot < indices.length; slot++) {
    const other = indices[slot] ?? -1;
    if (other < 0) continue;
    const position = starts[other] ?? 0;
    slots[position] = slot;
    starts[other] = position + 1;
  }
  for (let row = rows; row > 0; row--) starts[row] = starts[row - 1] ?? 0;
  starts[0] = 0;
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
 * `old`, keeping the lowest priorities when there are too many. Each target row takes its offers in
 * global slot order (incoming edges from earlier rows, its own edges, incoming edges from later rows), so
 * every heap sees the same offers in the same order whatever the split, and a thread reads only the edges
 * that touch its rows.
 */
export function sampleCandidateRows(input: CandidateSamplingInput, start: number, end: number): void {
  const { rows, k, width, graph, key, reverse } = input;
  const fresh = new NeighborHeaps(rows, width, input.fresh);
  const old = new NeighborHeaps(rows, width, input.old);
  fresh.clearRows(start, end);
  old.clearRows(start, end);
  const { indices, flags } = graph;
  // Rows are filled one at a time, so membership marks replace the heaps' duplicate scans.
  const freshMembers = new Int32Array(rows);
  const oldMembers = new Int32Array(rows);
  const offer = (target: number, other: number, slot: number): void => {
    if (flags[slot] === 1) fresh.pushTracked(target, other, slotPriority(key, slot), 0, freshMembers);
    else old.pushTracked(target, other, slotPriority(key, slot), 0, oldMembers);
  };
  for (let row = start; row < end; row++) {
    const first = reverse.starts[row] ?? 0;
    const last = reverse.starts[row + 1] ?? first;
    const ownFirst = row * k;
    let incoming = first;
    for (; incoming < last && (reverse.slots[incoming] ?? 0) < ownFirst; incoming++) {
      const slot = reverse.slots[incoming] ?? 0;
      offer(row, Math.floor(slot / k), slot);
    }
    for (let slot = ownFirst; slot < ownFirst + k; slot++) {
      const other = indices[slot] ?? -1;
      if (other >= 0) offer(row, other, slot);
    }
    for (; incoming < last; incoming++) {
      const slot = reverse.slots[incoming] ?? 0;
      offer(row, Math.floor(slot / k), slot);
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
