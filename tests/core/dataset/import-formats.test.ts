import { describe, expect, it } from 'vitest';
import { parseTable } from '../../../src/core/dataset/parse-table';
import { bareCore } from '../support/map-runner';
import { utf16, utf8, windows1251 } from '../support/encodings';
import { expectStudioError } from '../support/expect-studio-error';

describe('JSON and JSONL import', () => {
  it('reads an array of objects as the union of their keys, nested values as JSON text', () => {
    const json =
      '[\n  {"text": "cat", "label": "pet"},\n  {"text": "oak", "meta": {"a": [1, 2]}, "n": 3, "ok": true, "label": null}\n]';
    const table = parseTable('items.json', utf8(json));
    expect(table.format).toBe('json');
    expect(table.columns).toEqual(['text', 'label', 'meta', 'n', 'ok']);
    expect(table.rows).toEqual([
      ['cat', 'pet', '', '', ''],
      ['oak', '', '{"a":[1,2]}', '3', 'true'],
    ]);
  });

  it('reads an array of strings into a "text" column', () => {
    expect(parseTable('w.json', utf8('["кот", "собака", ""]'))).toMatchObject({
      columns: ['text'],
      rows: [['кот'], ['собака']],
      stats: { emptyRows: 1 },
    });
  });

  it('names the line and item of an element of the wrong kind', async () => {
    const json = '[\n  {"text": "a"},\n  {"text": "b"},\n  42\n]';
    const error = await expectStudioError(() => parseTable('bad.json', utf8(json)), 'malformed-table');
    expect(error.message).toBe(
      'bad.json, line 4 (item 3): expected an object like the first item, found a number.',
    );
    expect(error.params).toMatchObject({ file: 'bad.json', line: 4, item: 3 });
  });

  it('reports invalid JSON with the file name', async () => {
    const error = await expectStudioError(
      () => parseTable('bad.json', utf8('[{"text": "a"},\n{"text": }]')),
      'malformed-table',
    );
    expect(error.message).toMatch(/^bad\.json(, line 2)?: not valid JSON/);
  });

  it('reads JSONL one object per line, counting blank lines, and names a bad line', async () => {
    const table = parseTable('x.jsonl', utf8('{"text": "a", "k": 1}\n\n{"text": "b"}\r\n'));
    expect(table).toMatchObject({
      format: 'jsonl',
      columns: ['text', 'k'],
      rows: [
        ['a', '1'],
        ['b', ''],
      ],
    });
    expect(table.stats?.emptyRows).toBe(2);
    const error = await expectStudioError(
      () => parseTable('x.jsonl', utf8('{"text": "a"}\n{oops}\n')),
      'malformed-table',
    );
    expect(error.params).toMatchObject({ file: 'x.jsonl', line: 2 });
  });
});

describe('delimited import', () => {
  it('reads an Excel-exported CSV: BOM, sep=; line, CRLF, semicolons, and counts ;;; rows as empty', () => {
    const text = 'sep=;\r\nтекст;метка;число\r\nкот;животное;1,5\r\n;;\r\n"а; б";другое;2\r\n';
    const table = parseTable('excel.csv', utf8(text, true));
    expect(table.columns).toEqual(['текст', 'метка', 'число']);
    expect(table.rows).toEqual([
      ['кот', 'животное', '1,5'],
      ['а; б', 'другое', '2'],
    ]);
    expect(table.stats).toEqual({ emptyRows: 1, fixedRaggedRows: 0 });
    expect(table.encoding).toBe('utf-8');
  });

  it('keeps line numbers after a sep= line in errors', async () => {
    const error = await expectStudioError(
      () => parseTable('e.csv', utf8('sep=,\na,b\n1,2\n1,2,3\n')),
      'malformed-table',
    );
    expect(error.params).toMatchObject({ line: 4, expected: 2, found: 3 });
  });

  it('reads TSV with tabs only, and counts blank lines', () => {
    const table = parseTable('a.tsv', utf8('text\tlabel\n\nhello, world\tx\n\n'));
    expect(table.rows).toEqual([['hello, world', 'x']]);
    expect(table.stats?.emptyRows).toBe(2);
  });

  it('pads short and truncates long rows when lenient, counting them', () => {
    const bytes = utf8('a,b,c\n1,2,3\n4,5\n6,7,8,9\n');
    const table = parseTable('r.csv', bytes, { lenient: true });
    expect(table.rows).toEqual([
      ['1', '2', '3'],
      ['4', '5', ''],
      ['6', '7', '8'],
    ]);
    expect(table.stats?.fixedRaggedRows).toBe(2);
  });
});

describe('encodings', () => {
  const russian = 'текст,метка\nкошка,животное\nёлка,дерево\n';

  it('detects UTF-8, UTF-8 BOM, UTF-16 LE/BE and Windows-1251 alike', () => {
    for (const bytes of [
      utf8(russian),
      utf8(russian, true),
      utf16(russian, 'le'),
      utf16(russian, 'be'),
      windows1251(russian),
    ]) {
      expect(parseTable('ru.csv', bytes).rows[1]).toEqual(['ёлка', 'дерево']);
    }
    expect(parseTable('ru.csv', windows1251(russian)).encoding).toBe('windows-1251');
    expect(parseTable('ru.csv', utf16(russian, 'be')).encoding).toBe('utf-16be');
  });

  it('follows a manual override, even when it produces mojibake the user can see', () => {
    const forced = parseTable('ru.csv', utf8(russian), { encoding: 'windows-1251' });
    expect(forced.encoding).toBe('windows-1251');
    expect(forced.columns[0]).toBe('С‚РµРєСЃС‚');
    const utf8Forced = parseTable('ru.csv', windows1251(russian), { encoding: 'utf-8' });
    expect(utf8Forced.columns[0]).toContain('\uFFFD');
  });
});

describe('openFile preview', () => {
  it('reports the encoding, empty rows, fixed ragged rows and duplicate texts', async () => {
    const core = bareCore();
    const csv = 'text;label\r\ncat;a\r\ndog;b\r\n;\r\ncat;a\r\n cat ;b\r\nbird\r\n';
    const preview = await core.openFile({ fileName: 'd.csv', bytes: windows1251(csv), lenient: true });
    expect(preview).toMatchObject({
      encoding: 'utf-8',
      emptyRows: 1,
      fixedRaggedRows: 1,
      duplicateTexts: 2,
      rowCount: 5,
    });
    const forced = await core.openFile({
      fileName: 'd.csv',
      bytes: utf8(csv),
      encoding: 'windows-1251',
      lenient: true,
    });
    expect(forced.encoding).toBe('windows-1251');
  });

  it('refuses a ragged row without lenient, naming the line', async () => {
    const error = await expectStudioError(
      () => bareCore().openFile({ fileName: 'd.csv', bytes: utf8('a,b\n1,2\n3\n') }),
      'malformed-table',
    );
    expect(error.message).toContain('d.csv, line 3');
  });
});
