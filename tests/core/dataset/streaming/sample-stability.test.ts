import { describe, expect, it } from 'vitest';
import type { SampleSpec } from '../../../../src/shared/contract';
import { utf8 } from '../../support/encodings';
import { fnv1a } from './fnv1a';
import { sampleFileText } from './sample-file';
import expectations from './sample-expectation.json';
import { streamBytes } from './stream-support';

interface Expectation {
  readonly sample: SampleSpec;
  readonly rowsRead: number;
  readonly rowCount: number;
  /** The kept rows' ids, in file order (left empty for samples of nearly the whole file). */
  readonly ids: readonly number[];
  /** fnv1a of JSON.stringify(rows): every kept cell, not just the ids. */
  readonly rowsHash: number;
}

/**
 * The samples a seed gives must not change when the reader changes how it reads: the expectations were
 * computed by the reader that built every row's cells before drawing its key (commit 77187e5), on the same
 * generated file cut at the same bytes.
 */
describe('a seeded sample is the same as before rows were keyed before being read', () => {
  const bytes = utf8(sampleFileText(3000, 2024));

  it.each(
    (expectations as Expectation[]).map((expected) => [JSON.stringify(expected.sample), expected] as const),
  )('keeps the same rows for %s', (_, expected) => {
    const { table, rowsRead } = streamBytes('s.csv', bytes, [1000, 5000, 70001], { sample: expected.sample });
    const ids = table.rows.map((row) => Number(row[0]));
    expect(rowsRead).toBe(expected.rowsRead);
    expect(ids.length).toBe(expected.rowCount);
    if (expected.ids.length > 0) expect(ids).toEqual(expected.ids);
    expect(fnv1a(JSON.stringify(table.rows))).toBe(expected.rowsHash);
  });
});
