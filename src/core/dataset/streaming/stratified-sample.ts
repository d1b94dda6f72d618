import { StudioError } from '../../../shared/errors';
import type { RandomSource } from '../../math/random';
import { quotas } from '../sample-rows';
import { BottomK, type Keyed } from './bottom-k';
import type { RowCodec, RowSink } from './row-sink';

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

interface SampledRow<Row> {
  readonly index: number;
  readonly row: Row;
  readonly stratum: string;
  /** How many of the two heaps (overall, the stratum's floor) hold the row; at 0 its memory is released. */
  holders: number;
}

interface Stratum<Row> {
  count: number;
  readonly floor: BottomK<SampledRow<Row>>;
}

/**
 * A seeded sample of `size` rows stratified by a column, read in one pass with memory bounded by the sample:
 * every row draws a random key; the OVERSAMPLE × size smallest keys overall and the STRATUM_FLOOR smallest of
 * each stratum are kept, and every stratum is counted. At the end each stratum gets its share of the sample
 * (±1 row, as `sampleRows` promises) as its rows with the smallest keys, which is a uniform sample of the
 * stratum whatever the order of the file (sorted by label included).
 */
export class StratifiedSample<Row, Stored> implements RowSink<Row> {
  private readonly overall: BottomK<SampledRow<Stored>>;
  private readonly strata = new Map<string, Stratum<Stored>>();
  rowsRead = 0;

  constructor(
    private readonly size: number,
    private readonly column: string,
    private readonly random: RandomSource,
    private readonly codec: RowCodec<Row, Stored>,
  ) {
    this.overall = new BottomK(size * OVERSAMPLE);
  }

  add(row: Row, stratumOf: () => string): void {
    const key = this.random.next();
    const index = this.rowsRead++;
    const name = stratumOf();
    const stratum = this.strata.get(name) ?? this.newStratum(name);
    stratum.count++;
    const overall = this.overall.admits(key);
    const floor = stratum.floor.admits(key);
    if (!overall && !floor) return;
    const sampled: SampledRow<Stored> = { index, row: this.codec.pack(row), stratum: name, holders: 0 };
    if (overall) this.hold(sampled, this.overall.offer(key, sampled));
    if (floor) this.hold(sampled, stratum.floor.offer(key, sampled));
  }

  /** Counts `kept` into a heap and `out` (pushed out of it) out, releasing a row that no heap holds. */
  private hold(kept: SampledRow<Stored>, out: SampledRow<Stored> | undefined): void {
    kept.holders++;
    if (out === undefined || --out.holders > 0) return;
    this.codec.release?.(out.row);
  }

  finish(): Row[] {
    if (this.rowsRead <= this.size) return this.inOrder(this.overall.entries().map((entry) => entry.item));
    const names = [...this.strata.keys()];
    const shares = quotas(
      names.map((name) => this.strata.get(name)?.count ?? 0),
      this.size,
      this.rowsRead,
    );
    const candidates = this.candidatesByStratum();
    const chosen = names.flatMap((name, index) => {
      const pool = [...(candidates.get(name)?.values() ?? [])].sort((a, b) => a.key - b.key);
      // A pool shorter than its quota would need the unlikely shortfall OVERSAMPLE guards against; then the
      // stratum gives all it has rather than borrowing rows from another stratum.
      return pool.slice(0, shares[index] ?? 0).map((entry) => entry.item);
    });
    return this.inOrder(chosen);
  }

  private newStratum(name: string): Stratum<Stored> {
    if (this.strata.size >= MAX_STRATA) {
      throw new StudioError(
        'invalid-arguments',
        `Cannot stratify by "${this.column}": it has more than ${MAX_STRATA} distinct values, so it is not a label; choose a label column or sample without stratifying.`,
        { column: this.column, maxStrata: MAX_STRATA },
      );
    }
    const stratum = { count: 0, floor: new BottomK<SampledRow<Stored>>(STRATUM_FLOOR) };
    this.strata.set(name, stratum);
    return stratum;
  }

  /** Each stratum's kept rows (overall and floor, each row once) by file index. */
  private candidatesByStratum(): Map<string, Map<number, Keyed<SampledRow<Stored>>>> {
    const byStratum = new Map<string, Map<number, Keyed<SampledRow<Stored>>>>();
    const put = (entry: Keyed<SampledRow<Stored>>): void => {
      const pool = byStratum.get(entry.item.stratum) ?? new Map<number, Keyed<SampledRow<Stored>>>();
      byStratum.set(entry.item.stratum, pool);
      pool.set(entry.item.index, entry);
    };
    this.overall.entries().forEach(put);
    for (const stratum of this.strata.values()) stratum.floor.entries().forEach(put);
    return byStratum;
  }

  private inOrder(rows: readonly SampledRow<Stored>[]): Row[] {
    return [...rows].sort((a, b) => a.index - b.index).map((sampled) => this.codec.unpack(sampled.row));
  }
}
