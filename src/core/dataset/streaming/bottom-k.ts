/** An item and the random key it competes with. */
export interface Keyed<T> {
  readonly key: number;
  readonly item: T;
}

/**
 * The `capacity` items with the smallest keys among all offered, in a binary max-heap (the largest kept key
 * on top, so a new item is compared with one number and most items of a long stream are refused at once).
 * With uniform random keys the kept items are a uniform random sample without replacement (bottom-k sampling),
 * and the kept items of any subset of the stream are that subset's smallest keys.
 */
export class BottomK<T> {
  private readonly heap: Keyed<T>[] = [];

  constructor(readonly capacity: number) {}

  /** How many items are kept. */
  get size(): number {
    return this.heap.length;
  }

  /** Whether an item with this key would be kept (cheap: lets callers skip building the item). */
  admits(key: number): boolean {
    if (this.capacity === 0) return false;
    const top = this.heap[0];
    return this.heap.length < this.capacity || top === undefined || key < top.key;
  }

  /** Offers an item; returns the one it pushed out (or the item itself when refused), else null. */
  offer(key: number, item: T): Keyed<T> | null {
    if (!this.admits(key)) return { key, item };
    const entry = { key, item };
    if (this.heap.length < this.capacity) {
      this.heap.push(entry);
      this.siftUp(this.heap.length - 1);
      return null;
    }
    const evicted = this.heap[0] ?? null;
    this.heap[0] = entry;
    this.siftDown(0);
    return evicted;
  }

  /** The kept items, in no particular order. */
  entries(): readonly Keyed<T>[] {
    return this.heap;
  }

  private siftUp(index: number): void {
    const { heap } = this;
    let child = index;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      const up = heap[parent];
      const down = heap[child];
      if (up === undefined || down === undefined || up.key >= down.key) return;
      heap[parent] = down;
      heap[child] = up;
      child = parent;
    }
  }

  private siftDown(index: number): void {
    const { heap } = this;
    let parent = index;
    for (;;) {
      const left = 2 * parent + 1;
      const right = left + 1;
      let largest = parent;
      if ((heap[left]?.key ?? -Infinity) > (heap[largest]?.key ?? -Infinity)) largest = left;
      if ((heap[right]?.key ?? -Infinity) > (heap[largest]?.key ?? -Infinity)) largest = right;
      if (largest === parent) return;
      const a = heap[parent];
      const b = heap[largest];
      if (a === undefined || b === undefined) return;
      heap[parent] = b;
      heap[largest] = a;
      parent = largest;
    }
  }
}
