import { describe, expect, it } from 'vitest';
import { quoteCsvField, writeCsv } from '../../../src/renderer/src/data-export/csv-writer';
import type { ExportTable } from '../../../src/renderer/src/data-export/export-table';

const BOM = '\uFEFF';

function table(rows: ExportTable['rows']): ExportTable {
  return { header: ['text', 'label', 'x'], numeric: [false, false, true], rows };
}

/** A small RFC 4180 reader (the reference the writer is checked against): fields with quotes and CRLFs. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('writeCsv', () => {
  it('quotes commas, quotes and newlines, keeps Cyrillic, and starts with a UTF-8 BOM for spreadsheets', () => {
    const { text } = writeCsv(
      table([
        ['кошка, собака', 'животные', 1.5],
        ['say "hi"', null, -2],
        ['line one\nline two\r\nthree', 'мышь', 0.25],
      ]),
    );
    expect(text.startsWith(BOM)).toBe(true);
    expect(text).toBe(
      `${BOM}text,label,x\r\n"кошка, собака",животные,1.5\r\n"say ""hi""",,-2\r\n` +
        `"line one\nline two\r\nthree",мышь,0.25\r\n`,
    );
    expect(readCsv(text.slice(1))).toEqual([
      ['text', 'label', 'x'],
      ['кошка, собака', 'животные', '1.5'],
      ['say "hi"', '', '-2'],
      ['line one\nline two\r\nthree', 'мышь', '0.25'],
    ]);
  });

  it('prefixes text cells that start with = + - @ (tab, CR) with an apostrophe and counts them', () => {
    const { text, guardedCells } = writeCsv(
      table([
        ['=HYPERLINK("http://evil","x")', '+1+1', 3],
        ['-2+3', '@SUM(A1)', -4],
        ['\tcmd', 'plain', 5],
      ]),
    );
    const rows = readCsv(text.slice(1));
    expect(rows.slice(1)).toEqual([
      [`'=HYPERLINK("http://evil","x")`, `'+1+1`, '3'],
      [`'-2+3`, `'@SUM(A1)`, '-4'],
      [`'\tcmd`, 'plain', '5'],
    ]);
    expect(guardedCells).toBe(5);
  });

  it('leaves plain numbers in text columns alone (a negative value is data, not a formula)', () => {
    const { text, guardedCells } = writeCsv(table([['-1.5', '+2e-3', 1]]));
    expect(readCsv(text.slice(1))[1]).toEqual(['-1.5', '+2e-3', '1']);
    expect(guardedCells).toBe(0);
  });

  it('quotes only when a field needs it', () => {
    expect(quoteCsvField('plain text')).toBe('plain text');
    expect(quoteCsvField('a,b')).toBe('"a,b"');
    expect(quoteCsvField('"')).toBe('""""');
  });
});
