import type { SampleSpec } from '../../../shared/contract';
import { createRandom } from '../../math/random';
import { StratifiedSample } from './stratified-sample';
import { UniformSample } from './uniform-sample';

/** Where a streamed file's rows go: all kept, or a bounded random sample of them. */
export interface RowSink<Row> {
  /**
   * Draws the next row's random key (its stratum is only read when the sink stratifies) and says whether the
   * row would enter the sample; only then is it built and handed to {@link keep}. Refused rows, nearly all of
   * a big file, are never built.
   */
  admit(stratum: () => string): boolean;
  /** Keeps the row the last `admit` let in. */
  keep(row: Row): void;
  /** Offers the next row, built already: `admit`, then `keep` if admitted. */
  add(row: Row, stratum: () => string): void;
  /** Rows offered so far: the rows the file had, before sampling. */
  readonly rowsRead: number;
  /** The kept rows, in the file's order. */
  finish(): Row[];
}

/**
 * How a sample keeps a row while reading: `pack` turns it into a compact form that holds on to nothing else
 * (not the chunk of text its cells were cut from), `unpack` turns it back at the end. Only rows that enter
 * the sample are packed.
 */
export interface RowCodec<Row, Stored> {
  pack(row: Row): Stored;
  unpack(stored: Stored): Row;
  /** Called once a packed row has left the sample for good, so its memory can be reused. */
  release?(stored: Stored): void;
  /** Told once, by the sink, the most rows it will keep packed at a time (so storage can be sized up front). */
  expect?(rows: number): void;
}

/** Rows kept as they are (for rows that hold on to nothing, such as JSON.parse's fresh strings). */
export const AS_IS = { pack: <Row>(row: Row): Row => row, unpack: <Row>(row: Row): Row => row };

/** Keeps every row. */
export class KeepAllRows<Row> implements RowSink<Row> {
  private readonly rows: Row[] = [];

  rowsRead = 0;

  admit(): boolean {
    this.rowsRead++;
    return true;
  }

  keep(row: Row): void {
    this.rows.push(row);
  }

  add(row: Row): void {
    this.rowsRead++;
    this.rows.push(row);
  }

  finish(): Row[] {
    return this.rows;
  }
}

/**
 * The sink a request asks for: every row, or a seeded sample (stratified by the column `stratifyBy` names, if
 * any; the caller supplies each row's value), keeping sampled rows through `codec`.
 */
export function createRowSink<Row, Stored>(
  sample: SampleSpec | null,
  codec: RowCodec<Row, Stored>,
): RowSink<Row> {
  if (sample === null) return new KeepAllRows<Row>();
  const random = createRandom(sample.seed);
  return sample.stratifyBy === null
    ? new UniformSample<Row, Stored>(sample.size, random, codec)
    : new StratifiedSample<Row, Stored>(sample.size, sample.stratifyBy, random, codec);
}
