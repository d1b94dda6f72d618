/** 1,024 slots at first; the tables double when they run out. */
const INITIAL_SLOTS = 1024;

/**
 * The rows a sample holds while reading, as parallel tables indexed by a slot number: each row's index in the
 * file, its stratum's number, how many heaps hold it, and its stored form. A slot is a small integer, so the
 * heaps that rank rows hold numbers, not one object per row: the ~1M rows a 1 GiB file pushes through a
 * 200,000-row sample leave no objects behind for the garbage collector (as objects they were ~100 MB of old
 * generation garbage at the peak). Freed slots are reused.
 */
export class SampleSlots<Stored> {
  /** The row's index in the file (Float64: a file may have more than 2^31 rows). */
  private rowIndex = new Float64Array(0);
  /** The row's random key. */
  private keys = new Float64Array(0);
  private stratumIds = new Int32Array(0);
  private holders = new Uint8Array(0);
  private readonly stored: (Stored | undefined)[] = [];
  private readonly freeSlots: number[] = [];
  private count = 0;

  /** Takes a slot for a row entering the sample (held by no heap yet). */
  add(index: number, key: number, stratum: number, stored: Stored): number {
    if (this.freeSlots.length === 0) this.grow();
    const slot = this.freeSlots.pop() ?? 0;
    this.rowIndex[slot] = index;
    this.keys[slot] = key;
    this.stratumIds[slot] = stratum;
    this.holders[slot] = 0;
    this.stored[slot] = stored;
    return slot;
  }

  /** Counts one more heap holding the slot's row. */
  hold(slot: number): void {
    this.holders[slot] = (this.holders[slot] ?? 0) + 1;
  }

  /** Counts one heap less; at none the slot is freed and its stored row returned (to be released). */
  drop(slot: number): Stored | undefined {
    const left = (this.holders[slot] ?? 0) - 1;
    this.holders[slot] = left;
    if (left > 0) return undefined;
    const stored = this.stored[slot];
    this.stored[slot] = undefined;
    this.freeSlots.push(slot);
    return stored;
  }

  indexOf(slot: number): number {
    return this.rowIndex[slot] ?? 0;
  }

  keyOf(slot: number): number {
    return this.keys[slot] ?? 0;
  }

  /** The slots some heap holds, in no particular order (plain numbers: sorting them makes no objects). */
  liveSlots(): number[] {
    const slots: number[] = [];
    for (let slot = 0; slot < this.count; slot++) if ((this.holders[slot] ?? 0) > 0) slots.push(slot);
    return slots;
  }

  /** `slots` in the file's order of their rows. */
  inFileOrder(slots: number[]): number[] {
    return slots.sort((a, b) => this.indexOf(a) - this.indexOf(b));
  }

  stratumOf(slot: number): number {
    return this.stratumIds[slot] ?? 0;
  }

  storedAt(slot: number): Stored {
    return this.stored[slot] as Stored;
  }

  private grow(): void {
    const count = Math.max(INITIAL_SLOTS, 2 * this.count);
    const rowIndex = new Float64Array(count);
    rowIndex.set(this.rowIndex);
    const keys = new Float64Array(count);
    keys.set(this.keys);
    const stratumIds = new Int32Array(count);
    stratumIds.set(this.stratumIds);
    const holders = new Uint8Array(count);
    holders.set(this.holders);
    this.rowIndex = rowIndex;
    this.keys = keys;
    this.stratumIds = stratumIds;
    this.holders = holders;
    for (let slot = count - 1; slot >= this.count; slot--) this.freeSlots.push(slot);
    this.count = count;
  }
}
