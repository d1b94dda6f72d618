import type { RandomSource } from '../../math/random';
import { BottomK } from './bottom-k';
import type { RowCodec, RowSink } from './row-sink';
import { SampleSlots } from './sample-slots';

/**
 * A seeded uniform sample of `size` rows of a stream of unknown length, in memory bounded by `size`: every row
 * draws a random key and the `size` smallest keys are kept (bottom-k sampling, equivalent to a reservoir).
 * A file with at most `size` rows is kept whole.
 */
export class UniformSample<Row, Stored> implements RowSink<Row> {
  private readonly kept: BottomK<number>;
  private readonly slots = new SampleSlots<Stored>();
  /** The key and index of the row last admitted, which `keep` stores. */
  private admittedKey = 0;
  private admittedIndex = -1;
  rowsRead = 0;

  constructor(
    size: number,
    private readonly random: RandomSource,
    private readonly codec: RowCodec<Row, Stored>,
  ) {
    this.kept = new BottomK(size);
    codec.expect?.(size);
  }

  admit(): boolean {
    const key = this.random.next();
    const index = this.rowsRead++;
    if (!this.kept.admits(key)) return false;
    this.admittedKey = key;
    this.admittedIndex = index;
    return true;
  }

  keep(row: Row): void {
    const index = this.admittedIndex;
    if (index < 0) throw new Error('UniformSample.keep called without an admitted row');
    this.admittedIndex = -1;
    const slot = this.slots.add(index, this.admittedKey, 0, this.codec.pack(row));
    this.slots.hold(slot);
    const out = this.kept.offer(this.admittedKey, slot);
    if (out === undefined) return;
    const stored = this.slots.drop(out);
    if (stored !== undefined) this.codec.release?.(stored);
  }

  add(row: Row): void {
    if (this.admit()) this.keep(row);
  }

  finish(): Row[] {
    return this.slots
      .inFileOrder(this.slots.liveSlots())
      .map((slot) => this.codec.unpack(this.slots.storedAt(slot)));
  }
}
