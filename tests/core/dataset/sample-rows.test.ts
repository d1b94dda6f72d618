import { describe, expect, it } from 'vitest';
import { sampleRows } from '../../../src/core/dataset/sample-rows';
import { expandColumnSpec } from '../../../src/core/dataset/column-spec';
import { expectStudioError } from '../support/expect-studio-error';

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

describe('sampleRows', () => {
  it('returns exactly N distinct rows in file order, the same for the same seed', () => {
    const rows = sampleRows(range(1000), { size: 137, seed: 5 }, null);
    expect(rows).toHaveLength(137);
    expect(new Set(rows).size).toBe(137);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(sampleRows(range(1000), { size: 137, seed: 5 }, null)).toEqual(rows);
    expect(sampleRows(range(1000), { size: 137, seed: 6 }, null)).not.toEqual(rows);
    expect(rows.some((row) => row >= 137)).toBe(true);
  });

  it('keeps every label’s share within ±1 row when stratified', () => {
    const labels = range(1000).map((i) => (i < 700 ? 'a' : i < 950 ? 'b' : 'c'));
    for (const size of [10, 33, 101]) {
      const rows = sampleRows(range(1000), { size, seed: 1 }, labels);
      expect(rows).toHaveLength(size);
      for (const [label, share] of [
        ['a', 0.7],
        ['b', 0.25],
        ['c', 0.05],
      ] as const) {
        const got = rows.filter((row) => labels[row] === label).length;
        expect(Math.abs(got - share * size)).toBeLessThanOrEqual(1);
      }
    }
  });

  it('returns every row when asked for as many or more', () => {
    expect(sampleRows([3, 5, 8], { size: 10, seed: 1 }, null)).toEqual([3, 5, 8]);
  });
});

describe('expandColumnSpec', () => {
  const columns = ['text', 'x1', 'x2', 'x3', 'label'];

  it('reads ranges, prefixes and lists', () => {
    expect(expandColumnSpec('x1..x3', columns)).toEqual(['x1', 'x2', 'x3']);
    expect(expandColumnSpec('x1..3', columns)).toEqual(['x1', 'x2', 'x3']);
    expect(expandColumnSpec('x*', columns)).toEqual(['x1', 'x2', 'x3']);
    expect(expandColumnSpec('x3, x1', columns)).toEqual(['x3', 'x1']);
  });

  it('names a column the data lacks', async () => {
    const error = await expectStudioError(() => expandColumnSpec('x1..x4', columns), 'unknown-column');
    expect(error.message).toContain('"x4"');
  });
});
