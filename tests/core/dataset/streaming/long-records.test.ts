import { describe, expect, it } from 'vitest';
import { parseTable } from '../../../../src/core/dataset/parse-table';
import { utf8 } from '../../support/encodings';
import { streamBytes } from './stream-support';

/** Cuts every `step` bytes: small pieces, so a long record is cut off many times before it ends. */
function cutsEvery(step: number, length: number): number[] {
  return Array.from({ length: Math.floor(length / step) }, (_, index) => (index + 1) * step);
}

/**
 * A record cut off by a chunk waits for the text after it to double before it is read again; whatever it
 * waits for, the rows must come out as the whole-file parser reads them.
 */
describe('records and lines longer than many chunks', () => {
  it('reads a 300,000-character quoted CSV field with line breaks and doubled quotes fed in 999-byte pieces', () => {
    const long = `${'слово, "в кавычках"\r\n'.repeat(15_000)}end`;
    const text = `text,label\nshort,a\n"${long.replaceAll('"', '""')}",b\nlast,c\n`;
    const bytes = utf8(text);
    const expected = parseTable('long.csv', bytes);
    const { table } = streamBytes('long.csv', bytes, cutsEvery(999, bytes.length));
    expect(table).toEqual(expected);
    expect(table.rows[1]?.[0]).toBe(long);
  });

  it('reads a 500,000-character JSONL line and TXT line fed in 1,000-byte pieces', () => {
    const values = Array.from({ length: 50_000 }, (_, index) => index % 997);
    const jsonl = utf8(`{"text": "a"}\n{"text": "b", "v": ${JSON.stringify(values)}}\n{"text": "c"}\n`);
    expect(streamBytes('big.jsonl', jsonl, cutsEvery(1000, jsonl.length)).table).toEqual(
      parseTable('big.jsonl', jsonl),
    );
    const txt = utf8(`кошка\n${'собака '.repeat(70_000)}\r\nмышь\n`);
    expect(streamBytes('big.txt', txt, cutsEvery(1000, txt.length)).table).toEqual(
      parseTable('big.txt', txt),
    );
  });
});
