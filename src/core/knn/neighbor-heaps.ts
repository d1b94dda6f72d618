import { sharedFloat32Array, sharedInt32Array, sharedUint8Array } from '../parallel/shared-arrays';

/** The arrays behind {@link NeighborHeaps}, `rows × k` each: plain data that can cross to a worker thread. */
export interface HeapArrays {
  readonly indices: Int32Array;
  readonly distances: Float32Array;
  readonly flags: Uint8Array;
}

/**
 * One bounded max-heap of candidate neighbours per row, all rows in three flat typed arrays (`rows × k`), as
 * in pynndescent: the root of each heap is the current farthest neighbour, so a candidate is rejected with
 * one comparison. `flags` marks entries as new (1) or already joined (0) for NN-descent's incremental joins.
 */
export class NeighborHeaps {
  readonly indices: Int32Array;
  readonly distances: Float32Array;
  readonly flags: Uint8Array;

  /**
   * Empty heaps in new arrays (`'shared'`: on SharedArrayBuffers where available, so worker threads can
   * use them in place), or heaps over existing arrays (a worker thread's view of shared ones).
   */
  constructor(
    readonly rows: number,
    readonly k: number,
    storage: 'local' | 'shared' | HeapArrays = 'local',
  ) {
    if (typeof storage === 'object') {
      ({ indices: this.indices, distances: this.distances, flags: this.flags } = storage);
      return;
    }
    const size = rows * k;
    const share = storage === 'shared';
    this.indices = (share ? sharedInt32Array(size) : new Int32Array(size)).fill(-1);
    this.distances = (share ? sharedFloat32Array(size) : new Float32Array(size)).fill(Infinity);
    this.flags = share ? sharedUint8Array(size) : new Uint8Array(size);
  }

  /** The three arrays, for handing to a task (see {@link HeapArrays}). */
  arrays(): HeapArrays {
    return { indices: this.indices, distances: this.distances, flags: this.flags };
  }

  /** Empties the heaps of rows `[start, end)` only (a worker's share). */
  clearRows(start: number, end: number): void {
    this.indices.fill(-1, start * this.k, end * this.k);
    this.distances.fill(Infinity, start * this.k, end * this.k);
    this.flags.fill(0, start * this.k, end * this.k);
  }

  /** Empties every heap, for reuse without reallocating. */
  clear(): void {
    this.indices.fill(-1);
    this.distances.fill(Infinity);
    this.flags.fill(0);
  }

  /** The farthest distance kept for `row` (Infinity while the heap is not full). */
  worst(row: number): number {
    return this.distances[row * this.k] ?? Infinity;
  }

  /**
   * Offers `index` at `distance` to `row`'s heap; returns 1 when it was taken, 0 when it was no closer than
   * the current farthest or is already there. Self-pairs are the caller's business.
   */
  push(row: number, index: number, distance: number, flag: number): number {
    const { indices, distances, k } = this;
    const base = row * k;
    if (!(distance < (distances[base] ?? Infinity))) return 0;
    for (let i = 0; i < k; i++) if (indices[base + i] === index) return 0;
    this.replaceRoot(base, index, distance, flag);
    return 1;
  }

  /**
   * {@link push} for callers that fill one row's heap at a time: `members[i] === row + 1` says whether `i`
   * is in the row's heap now (kept up to date here, on entry and on eviction), which replaces the scan of
   * the row for a duplicate. Same result as push; `members` must hold no `row + 1` for an index not in the
   * heap when the row's filling starts (a fresh zeroed array per pass over the rows does).
   */
  pushTracked(row: number, index: number, distance: number, flag: number, members: Int32Array): number {
    const { indices, distances, k } = this;
    const base = row * k;
    if (!(distance < (distances[base] ?? Infinity))) return 0;
    if (members[index] === row + 1) return 0;
    const evicted = indices[base] ?? -1;
    if (evicted >= 0) members[evicted] = 0;
    members[index] = row + 1;
    this.replaceRoot(base, index, distance, flag);
    return 1;
  }

  /** Replaces the root of the heap at `base` and sifts it down. */
  private replaceRoot(base: number, index: number, distance: number, flag: number): void {
    const { indices, distances, flags, k } = this;
    let pos = 0;
    for (;;) {
      const left = 2 * pos + 1;
      if (left >= k) break;
      const right = left + 1;
      let child = left;
      if (right < k && (distances[base + right] ?? 0) > (distances[base + left] ?? 0)) child = right;
      if ((distances[base + child] ?? 0) <= distance) break;
      distances[base + pos] = distances[base + child] ?? 0;
      indices[base + pos] = indices[base + child] ?? -1;
      flags[base + pos] = flags[base + child] ?? 0;
      pos = child;
    }
    distances[base + pos] = distance;
    indices[base + pos] = index;
    flags[base + pos] = flag;
  }

  /**
   * Heap-sorts every row in place to ascending distance, converting each distance with `convert`, and
   * returns the arrays (the heaps are unusable afterwards).
   */
  sortAscending(convert: (distance: number) => number): { indices: Int32Array; distances: Float32Array } {
    const { indices, distances, k } = this;
    for (let row = 0; row < this.rows; row++) {
      const base = row * k;
      for (let end = k - 1; end > 0; end--) {
        swap(indices, distances, base, base + end);
        siftDown(indices, distances, base, end);
      }
      for (let i = 0; i < k; i++) distances[base + i] = convert(distances[base + i] ?? 0);
    }
    return { indices, distances };
  }
}

function swap(indices: Int32Array, distances: Float32Array, a: number, b: number): void {
  const index = indices[a] ?? -1;
  indices[a] = indices[b] ?? -1;
  indices[b] = index;
  const distance = distances[a] ?? 0;
  distances[a] = distances[b] ?? 0;
  distances[b] = distance;
}

/** Restores the max-heap property of `[base, base + size)` from its root down. */
function siftDown(indices: Int32Array, distances: Float32Array, base: number, size: number): void {
  let pos = 0;
  for (;;) {
    const left = 2 * pos + 1;
    if (left >= size) return;
    let child = left;
    if (left + 1 < size && (distances[base + left + 1] ?? 0) > (distances[base + left] ?? 0))
      child = left + 1;
    if ((distances[base + child] ?? 0) <= (distances[base + pos] ?? 0)) return;
    swap(indices, distances, base + pos, base + child);
    pos = child;
  }
}
