import type { SampleSpec } from '../../../shared/contract';
import { createRandom } from '../../math/random';
import { StratifiedSample } from './stratified-sample';
import { UniformSample } from './uniform-sample';

/** Where a streamed file's rows go: all kept, or a bounded random sample of them. */
export interface RowSink<Row> {
  /** Offers the next row of the file (its stratum is only read when the sink stratifies). */
  add(row: Row, stratum: () => string): void;
  /** Rows offered so far: the rows the file had, before sampling. */
  readonly rowsRead: number;
  /** The kept rows, in the file's order. */
  finish(): Row[];
}

/** Keeps every row. */
export class KeepAllRows<Row> implements RowSink<Row> {
  private readonly rows: Row[] = [];

  get rowsRead(): number {
    return this.rows.length;
  }

  add(row: Row): void {
    this.rows.push(row);
  }

  finish(): Row[] {
    return this.rows;
  }
}

/**
 * The sink a request asks for: every row, or a seeded sample (stratified by the column `stratifyBy` names, if
 * any; the caller supplies each row's value). `detach` copies
 * a kept row so that it no longer holds on to the chunk of text it was cut from (see detached-string.ts).
 */
export function createRowSink<Row>(sample: SampleSpec | null, detach: (row: Row) => Row): RowSink<Row> {
  if (sample === null) return new KeepAllRows<Row>();
  const random = createRandom(sample.seed);
  return sample.stratifyBy === null
    ? new UniformSample<Row>(sample.size, random, detach)
    : new StratifiedSample<Row>(sample.size, sample.stratifyBy, random, detach);
}
