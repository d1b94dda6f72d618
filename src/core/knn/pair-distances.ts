import { NeighborHeaps, type HeapArrays } from './neighbor-heaps';
import { bindSearchRows, tileDistances, type SearchRows, type SharedSearchRows } from './search-rows';

/**
 * A block of NN-descent's local join, as a task a worker thread can run: the rows (in a shared
 * WebAssembly memory), each row's sampled new and old candidates, the graph's current farthest distances,
 * and where the proposals go. Every array lives on a SharedArrayBuffer when worker threads take part; the
 * in-process executor takes any.
 */
export interface PairDistanceInput {
  /** The quantised rows without their tile (a function cannot cross threads): each thread binds its own. */
  readonly search: SharedSearchRows;
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
 *
 * The distances come from the quantised tile, two new candidates against four others per call
 * ({@link RowJoin}, {@link tileDistances}): the same numbers on every thread and with or without
 * WebAssembly (its plain-JS replay).
 */
export function joinPairDistances(input: PairDistanceInput, start: number, end: number): void {
  const join = new RowJoin(bindSearchRows(input.search), input);
  for (let row = start; row < end; row++) join.joinRow(row);
}

/**
 * One thread's join of rows, with its buffers: a row's new candidates (padded to an even count) and the
 * columns they meet, new ones then old ones (each part padded to a multiple of four with a repeated id whose
 * results are skipped), so every tile call is full.
 */
class RowJoin {
  private readonly columns: Int32Array;
  private readonly thresholds: Float32Array;
  private readonly stride: number;

  constructor(
    private readonly search: SearchRows,
    private readonly input: PairDistanceInput,
  ) {
    // New part and old part each rounded up to a multiple of 4.
    this.columns = new Int32Array(2 * (input.width + 3));
    this.thresholds = new Float32Array(this.columns.length);
    this.stride = pairsPerRow(input.width);
  }

  /** Writes row `row`'s proposals and their count. */
  joinRow(row: number): void {
    const { fresh, old, width, k, graphDistances, firstRow, proposalCounts } = this.input;
    const { columns, thresholds } = this;
    let newCount = 0;
    for (let c = row * width; c < (row + 1) * width; c++) {
      const id = fresh[c] ?? -1;
      if (id >= 0) columns[newCount++] = id;
    }
    const offset = (row - firstRow) * this.stride;
    if (newCount === 0) {
      proposalCounts[row - firstRow] = 0;
      return;
    }
    const oldStart = (newCount + 3) & ~3;
    let oldEnd = oldStart;
    for (let c = row * width; c < (row + 1) * width; c++) {
      const id = old[c] ?? -1;
      if (id >= 0) columns[oldEnd++] = id;
    }
    const columnEnd = (oldEnd + 3) & ~3;
    const filler = columns[0] ?? 0;
    for (let c = newCount; c < oldStart; c++) columns[c] = filler;
    for (let c = oldEnd; c < columnEnd; c++) columns[c] = filler;
    for (let c = 0; c < columnEnd; c++) thresholds[c] = graphDistances[(columns[c] ?? 0) * k] ?? Infinity;
    let slot = offset;
    for (let i = 0; i < newCount; i += 2) {
      // Columns before the quad holding i + 1 pair only with earlier rows: never needed for rows i, i + 1.
      for (let q = (i + 1) & ~3; q < columnEnd; q += 4) slot = this.tile(i, newCount, oldEnd, q, slot);
    }
    proposalCounts[row - firstRow] = slot - offset;
  }

  /**
   * Distances of new candidates i and i + 1 (if any) to columns q … q + 3, each kept as a proposal when it
   * is a real pair (with a later new candidate, or with an old one other than the new candidate itself) that
   * could improve a heap; returns the next free proposal slot.
   */
  private tile(i: number, newCount: number, oldEnd: number, q: number, slot: number): number {
    const { search, columns, thresholds } = this;
    const { proposalA, proposalB, proposalDistance } = this.input;
    const a0 = columns[i] ?? 0;
    const a1 = i + 1 < newCount ? (columns[i + 1] ?? 0) : a0;
    const results = tileDistances(
      search,
      a0,
      a1,
      columns[q] ?? 0,
      columns[q + 1] ?? 0,
      columns[q + 2] ?? 0,
      columns[q + 3] ?? 0,
    );
    let next = slot;
    for (let r = 0; r < 2; r++) {
      const row = i + r;
      if (row >= newCount) break;
      const a = r === 0 ? a0 : a1;
      const thresholdA = thresholds[row] ?? Infinity;
      for (let c = 0; c < 4; c++) {
        const column = q + c;
        const b = columns[column] ?? 0;
        if (column < newCount ? column <= row : column >= oldEnd || b === a) continue;
        const distance = results[r * 4 + c] ?? 0;
        if (!(distance < thresholdA) && !(distance < (thresholds[column] ?? Infinity))) continue;
        proposalA[next] = a;
        proposalB[next] = b;
        proposalDistance[next] = distance;
        next++;
      }
    }
    return next;
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
