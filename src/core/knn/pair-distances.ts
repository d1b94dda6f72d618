import { NeighborHeaps, type HeapArrays } from './neighbor-heaps';
import { kernelForMemory } from './squared-distance-kernel';
import { searchDistance, type VectorSpace } from './vector-space';

/**
 * A block of NN-descent's local join, as a task a worker thread can run: the rows (in a shared
 * WebAssembly memory), each row's sampled new and old candidates, and where the distances go. Every
 * array lives on a SharedArrayBuffer when worker threads take part; the in-process executor takes any.
 */
export interface PairDistanceInput {
  /** The vector space without its kernel (a function cannot cross threads): each thread binds its own. */
  readonly space: Omit<VectorSpace, 'kernel'>;
  /** `rows × width` new candidates per row, −1 for an empty slot. */
  readonly fresh: Int32Array;
  /** `rows × width` old candidates per row, −1 for an empty slot. */
  readonly old: Int32Array;
  readonly width: number;
  /** The first row of the block: row `r` writes `out[(r − firstRow) · pairsPerRow(width) …]`. */
  readonly firstRow: number;
  readonly out: Float32Array;
}

/** Slots per row in {@link PairDistanceInput.out}: every new×new pair once, every new×old pair. */
export function pairsPerRow(width: number): number {
  return (width * (width - 1)) / 2 + width * width;
}

/**
 * The task: the search distance of every pair row `r` in `[start, end)` joins, into its slots from
 * `(r − firstRow) · pairsPerRow(width)` on, in the join's fixed order: each new candidate with every later
 * new one, then with every old one (never with itself). {@link applyJoinPairs} walks exactly the same
 * order, written out in each rather than shared through a callback: a closure call per pair cost about a
 * fifth of the join's time.
 */
export function joinPairDistances(input: PairDistanceInput, start: number, end: number): void {
  const memory = input.space.memory ?? null;
  const space: VectorSpace = { ...input.space, kernel: memory === null ? null : kernelForMemory(memory) };
  const { fresh, old, width, out, firstRow } = input;
  const stride = pairsPerRow(width);
  for (let row = start; row < end; row++) {
    const base = row * width;
    let slot = (row - firstRow) * stride;
    for (let i = base; i < base + width; i++) {
      const a = fresh[i] ?? -1;
      if (a < 0) continue;
      for (let j = i + 1; j < base + width; j++) {
        const b = fresh[j] ?? -1;
        if (b >= 0) out[slot++] = searchDistance(space, a, b);
      }
      for (let j = base; j < base + width; j++) {
        const b = old[j] ?? -1;
        if (b >= 0 && b !== a) out[slot++] = searchDistance(space, a, b);
      }
    }
  }
}

/** A block's heap updates, as a task: the distances {@link joinPairDistances} wrote, offered to the graph. */
export interface PairApplyInput extends PairDistanceInput {
  /** One past the block's last row. */
  readonly lastRow: number;
  readonly rows: number;
  /** Neighbours per row of the graph. */
  readonly k: number;
  readonly graph: HeapArrays;
  /** Per target row, how many offers its heap took this iteration (each thread adds to its own rows). */
  readonly accepted: Int32Array;
}

/**
 * Offers every pair of the block's rows to the heaps of both its ends, but only to target rows in
 * `[start, end)`: each thread walks all of the block's pairs in the same order and updates only the heaps
 * it owns, so every heap sees the same offers in the same order however the rows are split.
 */
export function applyJoinPairs(input: PairApplyInput, start: number, end: number): void {
  const { fresh, old, width, out, firstRow, lastRow, accepted } = input;
  const graph = new NeighborHeaps(input.rows, input.k, input.graph);
  const stride = pairsPerRow(width);
  const offer = (a: number, b: number, distance: number): void => {
    if (a >= start && a < end && graph.push(a, b, distance, 1) === 1) accepted[a] = (accepted[a] ?? 0) + 1;
    if (b >= start && b < end && graph.push(b, a, distance, 1) === 1) accepted[b] = (accepted[b] ?? 0) + 1;
  };
  for (let row = firstRow; row < lastRow; row++) {
    const base = row * width;
    let slot = (row - firstRow) * stride;
    // The same walk as joinPairDistances, slot for slot.
    for (let i = base; i < base + width; i++) {
      const a = fresh[i] ?? -1;
      if (a < 0) continue;
      for (let j = i + 1; j < base + width; j++) {
        const b = fresh[j] ?? -1;
        if (b >= 0) offer(a, b, out[slot++] ?? Infinity);
      }
      for (let j = base; j < base + width; j++) {
        const b = old[j] ?? -1;
        if (b >= 0 && b !== a) offer(a, b, out[slot++] ?? Infinity);
      }
    }
  }
}
