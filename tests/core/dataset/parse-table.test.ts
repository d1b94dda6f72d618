import { describe, expect, it } from 'vitest';
import { parseTable } from '../../../src/core/dataset/parse-table';
import { expectStudioError } from '../support/expect-studio-error';
import { utf16, utf8, windows1251 } from '../support/encodings';

describe('parseTable', () => {
  it('reads a .txt file as one item per line in a "text" column, skipping blank lines', () => {
    const table = parseTable('words.txt', utf8('cat\r\n\n  dog  \n\nbird\n'));
    expect(table).toEqual({
      name: 'words.txt',
      format: 'txt',
      columns: ['text'],
      rows: [['cat'], ['dog'], ['bird']],
      encoding: 'utf-8',
      stats: { emptyRows: 2, fixedRaggedRows: 0 },
    });
  });

  it('sniffs the delimiter of a .csv file among comma, semicolon and tab', () => {
    expect(parseTable('a.csv', utf8('text,label\n"a;b",x\n')).rows).toEqual([['a;b', 'x']]);
    expect(parseTable('a.csv', utf8('text;label\nhello, world;x\nbye;y\n')).rows).toEqual([
      ['hello, world', 'x'],
      ['bye', 'y'],
    ]);
    expect(parseTable('a.csv', utf8('text\tlabel\n1,5; 2\tx\n')).rows).toEqual([['1,5; 2', 'x']]);
  });

  it('reads a single-column .csv', () => {
    expect(parseTable('a.csv', utf8('sentence\nhello there\n'))).toMatchObject({
      columns: ['sentence'],
      rows: [['hello there']],
    });
  });

  it('always splits .tsv on tabs', () => {
    expect(parseTable('a.TSV', utf8('a\tb\n1,2\t3'))).toMatchObject({ format: 'tsv', rows: [['1,2', '3']] });
  });

  it('names blank header cells and numbers duplicates', () => {
    expect(parseTable('a.csv', utf8('text,,text\n1,2,3')).columns).toEqual(['text', 'column 2', 'text (2)']);
  });

  it('reads BOM-marked UTF-8, UTF-16 and Windows-1251 Cyrillic tables alike', () => {
    const text = 'слово;тема\nкошка;животные\n';
    const expected = { columns: ['слово', 'тема'], rows: [['кошка', 'животные']] };
    expect(parseTable('ru.csv', utf8(text, true))).toMatchObject(expected);
    expect(parseTable('ru.csv', utf16(text, 'le'))).toMatchObject(expected);
    expect(parseTable('ru.csv', utf16(text, 'be'))).toMatchObject(expected);
    expect(parseTable('ru.csv', windows1251(text))).toMatchObject(expected);
  });

  it('names the file and line of a ragged row', async () => {
    const rows = Array.from({ length: 15 }, (_, i) => `s${i},x,1`);
    const bytes = utf8(['text,label,n', ...rows, 'bad,row,has,four', 'ok,x,1'].join('\n'));
    const error = await expectStudioError(() => parseTable('sentences.csv', bytes), 'malformed-table');
    expect(error.message).toBe(
      'sentences.csv, line 17: expected 3 fields (as in the header), found 4. Open it leniently to pad or cut such rows.',
    );
    expect(error.params).toEqual({ file: 'sentences.csv', line: 17, expected: 3, found: 4 });
  });

  it('rejects empty files, blank files and header-only tables as empty-file', async () => {
    for (const [name, bytes] of [
      ['empty.csv', new Uint8Array()],
      ['blank.txt', utf8('  \n\n ')],
      ['bom-only.txt', utf8('', true)],
      ['header.csv', utf8('text,label\n')],
    ] as const) {
      const error = await expectStudioError(() => parseTable(name, bytes), 'empty-file');
      expect(error.params).toEqual({ file: name });
    }
  });

  it('rejects unsupported extensions, naming the extension and the supported ones', async () => {
    const error = await expectStudioError(() => parseTable('data.xlsx', utf8('x')), 'unsupported-format');
    expect(error.message).toContain('".xlsx"');
    expect(error.message).toContain('.txt, .csv, .tsv');
    await expectStudioError(() => parseTable('README', utf8('x')), 'unsupported-format');
  });
});
