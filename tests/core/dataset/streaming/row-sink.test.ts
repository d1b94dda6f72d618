import { describe, expect, it } from 'vitest';
import { AS_IS, createRowSink } from '../../../../src/core/dataset/streaming/row-sink';
import { MAX_STRATA } from '../../../../src/core/dataset/streaming/stratified-sample';
import { expectStudioError } from '../../support/expect-studio-error';

interface Row {
  readonly index: number;
  readonly label: string;
}

/** Feeds `labels` (one row each) to a sink and returns the kept rows. */
function sampleOf(labels: readonly string[], size: number, seed: number, stratify: boolean): Row[] {
  const sink = createRowSink<Row, Row>({ size, seed, stratifyBy: stratify ? 'label' : null }, AS_IS);
  labels.forEach((label, index) => {
    sink.add({ index, label }, () => label);
  });
  expect(sink.rowsRead).toBe(labels.length);
  return sink.finish();
}

/** A file sorted by label, the hardest order for a one-pass stratified sample: 6000 a, 3000 b, 990 c, 10 d. */
const SORTED_LABELS = [
  ...Array<string>(6000).fill('a'),
  ...Array<string>(3000).fill('b'),
  ...Array<string>(990).fill('c'),
  ...Array<string>(10).fill('d'),
];

function countBy(rows: readonly Row[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) counts[row.label] = (counts[row.label] ?? 0) + 1;
  return counts;
}

describe('streamed row sampling', () => {
  it('keeps each stratum at its share of the sample (±1 row), in file order, for many seeds', () => {
    for (let seed = 0; seed < 20; seed++) {
      const rows = sampleOf(SORTED_LABELS, 1000, seed, true);
      expect(rows).toHaveLength(1000);
      const counts = countBy(rows);
      for (const [label, exact] of [
        ['a', 600],
        ['b', 300],
        ['c', 99],
        ['d', 1],
      ] as const) {
        expect(Math.abs((counts[label] ?? 0) - exact), `seed ${seed}, ${label}`).toBeLessThanOrEqual(1);
      }
      const indices = rows.map((row) => row.index);
      expect(indices).toEqual([...indices].sort((x, y) => x - y));
      expect(new Set(indices).size).toBe(1000);
    }
  });

  it('is the same sample for the same seed and another for another seed', () => {
    const first = sampleOf(SORTED_LABELS, 500, 7, true).map((row) => row.index);
    expect(sampleOf(SORTED_LABELS, 500, 7, true).map((row) => row.index)).toEqual(first);
    expect(sampleOf(SORTED_LABELS, 500, 8, true).map((row) => row.index)).not.toEqual(first);
  });

  it('chooses every row about equally often, stratified or not, whatever its place in the file', () => {
    const labels = Array.from({ length: 100 }, (_, index) => (index < 50 ? 'x' : 'y'));
    for (const stratify of [false, true]) {
      const chosen = new Array<number>(100).fill(0);
      const runs = 400;
      for (let seed = 0; seed < runs; seed++) {
        for (const row of sampleOf(labels, 10, seed, stratify))
          chosen[row.index] = (chosen[row.index] ?? 0) + 1;
      }
      // Each row is chosen with probability 1/10: 40 times in 400 runs, standard deviation 6.
      expect(Math.min(...chosen)).toBeGreaterThan(15);
      expect(Math.max(...chosen)).toBeLessThan(65);
      // The first and the last rows of a stratum are as likely as each other (no bias to the start of the file).
      const firstHalf = chosen.slice(0, 25).reduce((sum, count) => sum + count, 0);
      const secondHalf = chosen.slice(25, 50).reduce((sum, count) => sum + count, 0);
      expect(Math.abs(firstHalf - secondHalf)).toBeLessThan(120);
    }
  });

  it('keeps every row when the file has no more rows than the sample', () => {
    for (const stratify of [false, true]) {
      expect(sampleOf(['a', 'b', 'a'], 3, 1, stratify).map((row) => row.index)).toEqual([0, 1, 2]);
      expect(sampleOf(['a', 'b'], 10, 1, stratify).map((row) => row.index)).toEqual([0, 1]);
    }
  });

  it('refuses to stratify by a column with more distinct values than a label has', async () => {
    const labels = Array.from({ length: MAX_STRATA + 1 }, (_, index) => `id-${index}`);
    const error = await expectStudioError(() => sampleOf(labels, 10, 1, true), 'invalid-arguments');
    expect(error.params).toMatchObject({ column: 'label', maxStrata: MAX_STRATA });
  });
});
