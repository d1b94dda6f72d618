import { describe, expect, it } from 'vitest';
import { mergeDuplicateTexts } from '../../../src/core/dataset/merge-duplicate-texts';
import { parseTable } from '../../../src/core/dataset/parse-table';
import type { Table } from '../../../src/core/dataset/table';
import { toEmbeddingMatrix } from '../../../src/core/math/matrix-types';

const csv = (text: string): Table => parseTable('words.csv', new TextEncoder().encode(text));

describe('mergeDuplicateTexts', () => {
  it('keeps the first row of each repeated text (Cyrillic, whitespace variants) and counts its copies', () => {
    const table = csv(
      'text,topic\nкошка,animal\nкомпьютер,tech\n  кошка ,pet\nсобака,animal\nкомпьютер,device\nкошка,cat\n',
    );
    const merged = mergeDuplicateTexts(table, 0);
    expect(merged.columns).toEqual(['text', 'topic', 'copies']);
    expect(merged.rows).toEqual([
      ['кошка', 'animal', '3'],
      ['компьютер', 'tech', '2'],
      ['собака', 'animal', '1'],
    ]);
    // Every original row is accounted for.
    const total = merged.rows.reduce((sum, row) => sum + Number(row[2]), 0);
    expect(total).toBe(table.rows.length);
    expect(merged.name).toBe('words.csv');
    expect(merged.format).toBe(table.format);
    expect(merged.encoding).toBe(table.encoding);
    // The input table is not changed.
    expect(table.rows).toHaveLength(6);
    expect(table.columns).toEqual(['text', 'topic']);
  });

  it('never merges empty texts, even when several rows have one', () => {
    const table = csv('id,text\n1,\n2,cat\n3,  \n4,cat\n5,\n');
    const merged = mergeDuplicateTexts(table, 1);
    expect(merged.rows).toEqual([
      ['1', '', '1'],
      ['2', 'cat', '2'],
      ['3', '  ', '1'],
      ['5', '', '1'],
    ]);
  });

  it('names the new column "copies (2)", "copies (3)"… when "copies" is taken', () => {
    expect(mergeDuplicateTexts(csv('text,copies\na,x\na,y\n'), 0).columns).toEqual([
      'text',
      'copies',
      'copies (2)',
    ]);
    expect(mergeDuplicateTexts(csv('text,copies,copies (2)\na,x,y\n'), 0).columns).toEqual([
      'text',
      'copies',
      'copies (2)',
      'copies (3)',
    ]);
  });

  it('keeps the vector of the first row of each group', () => {
    const vectors = toEmbeddingMatrix(new Float32Array([1, 2, 3, 4, 5, 6, 7, 8]), 4, 2);
    const table: Table = {
      name: 'vectors.npy',
      format: 'npy',
      columns: ['text'],
      rows: [['b'], ['a'], ['b'], ['c']],
      vectors,
    };
    const merged = mergeDuplicateTexts(table, 0);
    expect(merged.rows).toEqual([
      ['b', '2'],
      ['a', '1'],
      ['c', '1'],
    ]);
    expect(merged.vectors?.rows).toBe(3);
    expect(merged.vectors?.cols).toBe(2);
    expect(Array.from(merged.vectors?.data ?? [])).toEqual([1, 2, 3, 4, 7, 8]);
    expect(merged.format).toBe('npy');
    expect(merged.encoding).toBeUndefined();
  });

  it('gives a table without repeats back row for row, with copies 1', () => {
    const merged = mergeDuplicateTexts(csv('text\nсобака\nмышь\n'), 0);
    expect(merged.rows).toEqual([
      ['собака', '1'],
      ['мышь', '1'],
    ]);
  });
});
