/**
 * The `capacity` items with the smallest keys among all offered, in a binary max-heap (the largest kept key
 * on top, so a new item is compared with one number and most items of a long stream are refused at once).
 * Keys live in a Float64Array beside the items, so sifting touches no objects. With uniform random keys the
 * kept items are a uniform random sample without replacement (bottom-k sampling), and the kept items of any
 * subset of the stream are that subset's smallest keys.
 */
export class BottomK<T> {
  private readonly keys: Float64Array;
  private readonly items: T[] = [];
  private count = 0;

  constructor(readonly capacity: number) {
    this.keys = new Float64Array(capacity);
  }

  /** How many items are kept. */
  get size(): number {
    return this.count;
  }

  /** Whether an item with this key would be kept (cheap: lets callers skip building the item). */
  admits(key: number): boolean {
    return this.count < this.capacity || (this.capacity > 0 && key < (this.keys[0] ?? 0));
  }

  /**
   * Offers an item; it is kept when {@link admits} says so (pushing out the largest key when full). Returns
   * the item that left: the one pushed out, the offered one when refused, or undefined when nothing left.
   */
  offer(key: number, item: T): T | undefined {
    if (!this.admits(key)) return item;
    if (this.count < this.capacity) {
      this.keys[this.count] = key;
      this.items[this.count] = item;
      this.siftUp(this.count++);
      return undefined;
    }
    const out = this.items[0];
    this.keys[0] = key;
    this.items[0] = item;
    this.siftDown(0);
    return out;
  }

  private swap(a: number, b: number): void {
    const { keys, items } = this;
    const key = keys[a] ?? 0;
    keys[a] = keys[b] ?? 0;
    keys[b] = key;
    const item = items[a] as T;
    items[a] = items[b] as T;
    items[b] = item;
  }

  private siftUp(index: number): void {
    const { keys } = this;
    let child = index;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if ((keys[parent] ?? 0) >= (keys[child] ?? 0)) return;
      this.swap(parent, child);
      child = parent;
    }
  }

  private siftDown(index: number): void {
    const { keys, count } = this;
    let parent = index;
    for (;;) {
      const left = 2 * parent + 1;
      const right = left + 1;
      let largest = parent;
      if (left < count && (keys[left] ?? 0) > (keys[largest] ?? 0)) largest = left;
      if (right < count && (keys[right] ?? 0) > (keys[largest] ?? 0)) largest = right;
      if (largest === parent) return;
      this.swap(parent, largest);
      parent = largest;
    }
  }
}
