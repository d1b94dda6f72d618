import { NeighborHeaps, type HeapArrays } from './neighbor-heaps';
import { kernelForMemory } from './squared-distance-kernel';
import { searchDistance, type VectorSpace } from './vector-space';

/**
 * A block of NN-descent's local join, as a task a worker thread can run: the rows (in a shared
 * WebAssembly memory), each row's sampled new and old candidates, the graph's current farthest distances,
 * and where the proposals go. Every array lives on a SharedArrayBuffer when worker threads take part; the
 * in-process executor takes any.
 */
export interface PairDistanceInput {
  /** The vector space without its kernel (a function cannot cross threads): each thread binds its own. */
  readonly space: Omit<VectorSpace, 'kernel'>;
  /** `rows × width` new candidates per row, −1 for an empty slot. */
  readonly fresh: Int32Array;
  /** `rows × width` old candidates per row, −1 for an empty slot. */
  readonly old: Int32Array;
  readonly width: number;
  /** Neighbours per row of the graph; row `r`'s farthest kept distance is `graphDistances[r · k]`. */
  readonly k: number;
  /** The graph's heap distances (read only here: no heap changes while a block's distances are computed). */
  readonly graphDistances: Float32Array;
  /** The first row of the block: row `r` writes from `(r − firstRow) · pairsPerRow(width)` on. */
  readonly firstRow: number;
  /** Proposals: the pair's ends and distance, row after row (up to pairsPerRow(width) per row). */
  readonly proposalA: Int32Array;
  readonly proposalB: Int32Array;
  readonly proposalDistance: Float32Array;
  /** Per row of the block, how many proposals it wrote. */
  readonly proposalCounts: Int32Array;
}

/** Slots per row of the proposal arrays: every new×new pair once, every new×old pair. */
export function pairsPerRow(width: number): number {
  return (width * (width - 1)) / 2 + width * width;
}

/**
 * The task: for every pair row `r` in `[start, end)` joins (each new candidate with every later new one,
 * then with every old one, never with itself), its distance, kept as a proposal only when it is closer
 * than the farthest neighbour either end holds now. Heaps only ever get closer, so a pair dropped here
 * would be refused by both heaps later too: the proposals give the same graph as offering every pair,
 * while the update pass ({@link applyJoinPairs}) reads only the few that can matter.
 */
export function joinPairDistances(input: PairDistanceInput, start: number, end: number): void {
  const memory = input.space.memory ?? null;
  const space: VectorSpace = { ...input.space, kernel: memory === null ? null : kernelForMemory(memory) };
  const { fresh, old, width, k, graphDistances, firstRow } = input;
  const { proposalA, proposalB, proposalDistance, proposalCounts } = input;
  const stride = pairsPerRow(width);
  const propose = (slot: number, a: number, b: number): number => {
    const distance = searchDistance(space, a, b);
    if (
      !(distance < (graphDistances[a * k] ?? Infinity)) &&
      !(distance < (graphDistances[b * k] ?? Infinity))
    )
      return slot;
    proposalA[slot] = a;
    proposalB[slot] = b;
    proposalDistance[slot] = distance;
    return slot + 1;
  };
  for (let row = start; row < end; row++) {
    const base = row * width;
    const offset = (row - firstRow) * stride;
    let slot = offset;
    for (let i = base; i < base + width; i++) {
      const a = fresh[i] ?? -1;
      if (a < 0) continue;
      for (let j = i + 1; j < base + width; j++) {
        const b = fresh[j] ?? -1;
        if (b >= 0) slot = propose(slot, a, b);
      }
      for (let j = base; j < base + width; j++) {
        const b = old[j] ?? -1;
        if (b >= 0 && b !== a) slot = propose(slot, a, b);
      }
    }
    proposalCounts[row - firstRow] = slot - offset;
  }
}

/** A block's heap updates, as a task: the proposals {@link joinPairDistances} wrote, offered to the graph. */
export interface PairApplyInput extends PairDistanceInput {
  /** One past the block's last row. */
  readonly lastRow: number;
  readonly rows: number;
  readonly graph: HeapArrays;
  /** Per target row, how many offers its heap took this iteration (each thread adds to its own rows). */
  readonly accepted: Int32Array;
}

/**
 * Offers every proposal of the block's rows, in order, to the heaps of both its ends, but only to target
 * rows in `[start, end)`: each thread reads all of the block's proposals in the same order and updates only
 * the heaps it owns, so every heap sees the same offers in the same order however the rows are split.
 */
export function applyJoinPairs(input: PairApplyInput, start: number, end: number): void {
  const { firstRow, lastRow, accepted, proposalA, proposalB, proposalDistance, proposalCounts } = input;
  const graph = new NeighborHeaps(input.rows, input.k, input.graph);
  const stride = pairsPerRow(input.width);
  for (let row = firstRow; row < lastRow; row++) {
    const offset = (row - firstRow) * stride;
    const last = offset + (proposalCounts[row - firstRow] ?? 0);
    for (let p = offset; p < last; p++) {
      const a = proposalA[p] ?? 0;
      const b = proposalB[p] ?? 0;
      const distance = proposalDistance[p] ?? Infinity;
      if (a >= start && a < end && graph.push(a, b, distance, 1) === 1) accepted[a] = (accepted[a] ?? 0) + 1;
      if (b >= start && b < end && graph.push(b, a, distance, 1) === 1) accepted[b] = (accepted[b] ?? 0) + 1;
    }
  }
}
