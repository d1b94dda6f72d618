import { StudioError } from '../../../shared/errors';
import type { RandomSource } from '../../math/random';
import { quotas } from '../sample-rows';
import { BottomK, type Keyed } from './bottom-k';
import type { RowSink } from './row-sink';

/**
 * 4 × the sample: the rows with the smallest keys overall that are kept while reading. A stratum's final
 * quota is its share of the sample (±1), and it finds about 4 × that many of its rows here, so falling short
 * needs a deviation of many standard deviations (below 1e-12 for quotas above STRATUM_FLOOR).
 */
const OVERSAMPLE = 4;

/**
 * 16 rows per stratum are kept besides the overall ones, so a small stratum (quota 1–16, where the 4 × margin
 * is only a few rows) always has its quota, whatever the keys.
 */
const STRATUM_FLOOR = 16;

/**
 * 10,000 distinct values: far more labels than a map can colour; a column with more (an id or the text
 * itself) is not a stratum, and keeping STRATUM_FLOOR rows of each would no longer bound memory by the sample.
 */
export const MAX_STRATA = 10_000;

interface SampledRow<Row> {
  readonly index: number;
  readonly row: Row;
  readonly stratum: string;
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
export class StratifiedSample<Row> implements RowSink<Row> {
  private readonly overall: BottomK<SampledRow<Row>>;
  private readonly strata = new Map<string, Stratum<Row>>();
  rowsRead = 0;

  constructor(
    private readonly size: number,
    private readonly column: string,
    private readonly random: RandomSource,
    private readonly detach: (row: Row) => Row,
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
    const sampled = { index, row: this.detach(row), stratum: name };
    if (overall) this.overall.offer(key, sampled);
    if (floor) stratum.floor.offer(key, sampled);
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

  private newStratum(name: string): Stratum<Row> {
    if (this.strata.size >= MAX_STRATA) {
      throw new StudioError(
        'invalid-arguments',
        `Cannot stratify by "${this.column}": it has more than ${MAX_STRATA} distinct values, so it is not a label; choose a label column or sample without stratifying.`,
        { column: this.column, maxStrata: MAX_STRATA },
      );
    }
    const stratum = { count: 0, floor: new BottomK<SampledRow<Row>>(STRATUM_FLOOR) };
    this.strata.set(name, stratum);
    return stratum;
  }

  /** Each stratum's kept rows (overall and floor, each row once) by file index. */
  private candidatesByStratum(): Map<string, Map<number, Keyed<SampledRow<Row>>>> {
    const byStratum = new Map<string, Map<number, Keyed<SampledRow<Row>>>>();
    const put = (entry: Keyed<SampledRow<Row>>): void => {
      const pool = byStratum.get(entry.item.stratum) ?? new Map<number, Keyed<SampledRow<Row>>>();
      byStratum.set(entry.item.stratum, pool);
      pool.set(entry.item.index, entry);
    };
    this.overall.entries().forEach(put);
    for (const stratum of this.strata.values()) stratum.floor.entries().forEach(put);
    return byStratum;
  }

  private inOrder(rows: readonly SampledRow<Row>[]): Row[] {
    return [...rows].sort((a, b) => a.index - b.index).map((sampled) => sampled.row);
  }
}
