import { describe, expect, it } from 'vitest';
import { numericColumn, sizeBytes } from '../../../src/renderer/src/plot/column-values';

describe('numeric columns', () => {
  it('reads numbers (decimal comma too), leaves empty cells missing, and finds the range', () => {
    const column = numericColumn({ name: 'score', values: ['1.5', '', '-2', '1e1', '3,25'] });
    expect(column?.min).toBe(-2);
    expect(column?.max).toBe(10);
    expect(Array.from(column?.values ?? [])).toEqual([1.5, NaN, -2, 10, 3.25]);
  });

  it('is not numeric when any value is text, or when all are empty', () => {
    expect(numericColumn({ name: 'x', values: ['1', 'two'] })).toBeNull();
    expect(numericColumn({ name: 'x', values: ['', ' '] })).toBeNull();
    expect(numericColumn({ name: 'x', values: ['Infinity'] })).toBeNull();
  });

  it('sizes from 0 at the minimum to 255 at the maximum, missing in the middle', () => {
    const column = numericColumn({ name: 'n', values: ['0', '5', '10', ''] });
    if (column === null) throw new Error('numeric');
    expect(Array.from(sizeBytes(column))).toEqual([0, 128, 255, 128]);
  });
});
