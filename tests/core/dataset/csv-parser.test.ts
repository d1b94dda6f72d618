import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/core/dataset/csv-parser';
import { expectStudioError } from '../support/expect-studio-error';

const parse = (text: string, delimiter = ','): string[][] =>
  parseCsv(text, { delimiter, fileName: 'test.csv' }).map((record) => record.fields);

describe('parseCsv', () => {
  it('splits plain fields and records', () => {
    expect(parse('a,b\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('keeps delimiters, escaped quotes and line breaks inside quoted fields', () => {
    expect(parse('text,n\n"one, two",1\n"say ""hi""",2\n"multi\nline",3\n')).toEqual([
      ['text', 'n'],
      ['one, two', '1'],
      ['say "hi"', '2'],
      ['multi\nline', '3'],
    ]);
  });

  it('treats CRLF and lone CR as line ends, and keeps CRLF inside quotes', () => {
    expect(parse('a,b\r\n1,2\r\n"x\r\ny",3\r4,5\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['x\r\ny', '3'],
      ['4', '5'],
    ]);
  });

  it('reads semicolons and tabs when told to', () => {
    expect(parse('a;b\n"1;x";2', ';')).toEqual([
      ['a', 'b'],
      ['1;x', '2'],
    ]);
    expect(parse('a\tb\n1,5\t2', '\t')).toEqual([
      ['a', 'b'],
      ['1,5', '2'],
    ]);
  });

  it('keeps empty fields, including a trailing one, and skips blank lines', () => {
    expect(parse('a,b,c\n,,\n\n1,,\n   \n')).toEqual([
      ['a', 'b', 'c'],
      ['', '', ''],
      ['1', '', ''],
    ]);
  });

  it('numbers records by the line they start on, counting line breaks inside quotes', () => {
    const records = parseCsv('h\n"a\nb\nc"\n\nlast', { delimiter: ',', fileName: 'x.csv' });
    expect(records.map((record) => record.line)).toEqual([1, 2, 6]);
  });

  it('names the line where an unterminated quoted field starts', async () => {
    const error = await expectStudioError(() => parse('a,b\n1,2\n3,"open\nmore\n'), 'malformed-table');
    expect(error.message).toBe(
      'test.csv, line 3: a quoted field starts here but its closing quote (") is missing.',
    );
    expect(error.params).toMatchObject({ file: 'test.csv', line: 3 });
  });

  it('rejects text after a closing quote, naming the line', async () => {
    const error = await expectStudioError(() => parse('a,b\n"x"y,2'), 'malformed-table');
    expect(error.message).toContain('line 2');
  });

  it('returns nothing for empty input and stops at maxRecords', () => {
    expect(parse('')).toEqual([]);
    expect(parseCsv('a\nb\nc', { delimiter: ',', fileName: 'x', maxRecords: 2 })).toHaveLength(2);
  });
});
