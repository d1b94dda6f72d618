import type { RandomSource } from '../../math/random';
import { BottomK } from './bottom-k';
import type { RowCodec, RowSink } from './row-sink';

/** A row and its position in the file, so a sample comes back in the file's order. */
export interface NumberedRow<Row> {
  readonly index: number;
  readonly row: Row;
}

/**
 * A seeded uniform sample of `size` rows of a stream of unknown length, in memory bounded by `size`: every row
 * draws a random key and the `size` smallest keys are kept (bottom-k sampling, equivalent to a reservoir).
 * A file with at most `size` rows is kept whole.
 */
export class UniformSample<Row, Stored> implements RowSink<Row> {
  private readonly kept: BottomK<NumberedRow<Stored>>;
  rowsRead = 0;

  constructor(
    size: number,
    private readonly random: RandomSource,
    private readonly codec: RowCodec<Row, Stored>,
  ) {
    this.kept = new BottomK(size);
  }

  add(row: Row): void {
    const key = this.random.next();
    const index = this.rowsRead++;
    // Refused rows are never packed: only the few that enter the sample pay for it.
    if (!this.kept.admits(key)) return;
    const out = this.kept.offer(key, { index, row: this.codec.pack(row) });
    if (out !== undefined) this.codec.release?.(out.row);
  }

  finish(): Row[] {
    return this.kept
      .entries()
      .sort((a, b) => a.item.index - b.item.index)
      .map((entry) => this.codec.unpack(entry.item.row));
  }
}
