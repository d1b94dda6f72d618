import { StudioError } from '../../../shared/errors';
import type { RandomSource } from '../../math/random';
import { quotas } from '../sample-rows';
import { BottomK } from './bottom-k';
import type { RowCodec, RowSink } from './row-sink';
import { SampleSlots } from './sample-slots';

/**
 * 2 × the sample: the rows with the smallest keys overall that are kept while reading. A stratum's final
 * quota q is its share of the sample (±1), and it finds about 2q of its rows here; for q above STRATUM_FLOOR
 * falling short of q is a deviation of over 5.6 standard deviations (probability below 1e-8).
 */
const OVERSAMPLE = 2;

/**
 * 64 rows per stratum are kept besides the overall ones, so a small stratum (quota up to 64, where the 2 ×
 * margin is only a few standard deviations) always has its quota, whatever the keys.
 */
const STRATUM_FLOOR = 64;

/**
 * 1,000 distinct values: more labels than a map can tell apart by colour; a column with more (an id or the
 * text itself) is not a stratum, and keeping STRATUM_FLOOR rows of each would no longer bound memory by the
 * sample (1,000 × 64 rows at most).
 */
export const MAX_STRATA = 1_000;

interface Stratum {
  /** The stratum's number in `SampleSlots` (its place in `names`). */
  readonly id: number;
  count: number;
  /** Slots of the stratum's STRATUM_FLOOR rows with the smallest keys. */
  readonly floor: BottomK<number>;
}

/**
 * A seeded sample of `size` rows stratified by a column, read in one pass with memory bounded by the sample:
 * every row draws a random key; the OVERSAMPLE × size smallest keys overall and the STRATUM_FLOOR smallest of
 * each stratum are kept, and every stratum is counted. At the end each stratum gets its share of the sample
 * (±1 row, as `sampleRows` promises) as its rows with the smallest keys, which is a uniform sample of the
 * stratum whatever the order of the file (sorted by label included).
 */
export class StratifiedSample<Row, Stored> implements RowSink<Row> {
  /** Slots of the OVERSAMPLE × size rows with the smallest keys overall. */
  private readonly overall: BottomK<number>;
  private readonly slots = new SampleSlots<Stored>();
  private readonly strata = new Map<string, Stratum>();
  private readonly names: string[] = [];
  /** The row last admitted (its key, index, stratum and which heaps take it), which `keep` stores. */
  private readonly admitted = { key: 0, index: -1, stratum: 0, overall: false, floor: false };
  rowsRead = 0;

  constructor(
    private readonly size: number,
    private readonly column: string,
    private readonly random: RandomSource,
    private readonly codec: RowCodec<Row, Stored>,
  ) {
    this.overall = new BottomK(size * OVERSAMPLE);
    // The floors mostly hold rows the overall heap holds too; a file with many small strata grows past this.
    codec.expect?.(size * OVERSAMPLE);
  }

  admit(stratumOf: () => string): boolean {
    const key = this.random.next();
    const index = this.rowsRead++;
    const name = stratumOf();
    const stratum = this.strata.get(name) ?? this.newStratum(name);
    stratum.count++;
    const overall = this.overall.admits(key);
    const floor = stratum.floor.admits(key);
    if (!overall && !floor) return false;
    Object.assign(this.admitted, { key, index, stratum: stratum.id, overall, floor });
    return true;
  }

  keep(row: Row): void {
    const { key, index, stratum, overall, floor } = this.admitted;
    if (index < 0) throw new Error('StratifiedSample.keep called without an admitted row');
    this.admitted.index = -1;
    const slot = this.slots.add(index, key, stratum, this.codec.pack(row));
    if (overall) this.hold(slot, this.overall.offer(key, slot));
    if (floor) this.hold(slot, this.stratumById(stratum).floor.offer(key, slot));
  }

  add(row: Row, stratumOf: () => string): void {
    if (this.admit(stratumOf)) this.keep(row);
  }

  /** Counts `kept` into a heap and `out` (pushed out of it) out, releasing a row that no heap holds. */
  private hold(kept: number, out: number | undefined): void {
    this.slots.hold(kept);
    if (out === undefined) return;
    const stored = this.slots.drop(out);
    if (stored !== undefined) this.codec.release?.(stored);
  }

  /**
   * Each stratum's share of the sample, as its kept rows (overall or floor) with the smallest keys, in file
   * order. Works on slot numbers in plain arrays: the 200,000 candidates of a 100,000-row sample make no
   * objects while the sample's rows are being built into strings, the import's memory peak.
   */
  finish(): Row[] {
    const { slots } = this;
    const live = slots.liveSlots();
    if (this.rowsRead <= this.size) return this.unpack(slots.inFileOrder(live));
    const shares = quotas(
      this.names.map((name) => this.strata.get(name)?.count ?? 0),
      this.size,
      this.rowsRead,
    );
    live.sort((a, b) => slots.stratumOf(a) - slots.stratumOf(b) || slots.keyOf(a) - slots.keyOf(b));
    const chosen: number[] = [];
    let taken = 0;
    for (let at = 0; at < live.length; at++) {
      const slot = live[at] ?? 0;
      const stratum = slots.stratumOf(slot);
      if (at === 0 || stratum !== slots.stratumOf(live[at - 1] ?? 0)) taken = 0;
      // A pool shorter than its quota would need the unlikely shortfall OVERSAMPLE guards against; then the
      // stratum gives all it has rather than borrowing rows from another stratum.
      if (taken++ < (shares[stratum] ?? 0)) chosen.push(slot);
    }
    return this.unpack(slots.inFileOrder(chosen));
  }

  private unpack(slots: readonly number[]): Row[] {
    return slots.map((slot) => this.codec.unpack(this.slots.storedAt(slot)));
  }

  private stratumById(id: number): Stratum {
    const stratum = this.strata.get(this.names[id] ?? '');
    if (stratum === undefined) throw new Error(`StratifiedSample has no stratum ${id}`);
    return stratum;
  }

  private newStratum(name: string): Stratum {
    if (this.strata.size >= MAX_STRATA) {
      throw new StudioError(
        'invalid-arguments',
        `Cannot stratify by "${this.column}": it has more than ${MAX_STRATA} distinct values, so it is not a label; choose a label column or sample without stratifying.`,
        { column: this.column, maxStrata: MAX_STRATA },
      );
    }
    const stratum: Stratum = { id: this.names.length, count: 0, floor: new BottomK<number>(STRATUM_FLOOR) };
    this.names.push(name);
    this.strata.set(name, stratum);
    return stratum;
  }
}
