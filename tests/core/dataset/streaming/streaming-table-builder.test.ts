import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTable } from '../../../../src/core/dataset/parse-table';
import {
  DECODE_SLICE_BYTES,
  StreamingTableBuilder,
} from '../../../../src/core/dataset/streaming/streaming-table-builder';
import { utf16, utf8, windows1251 } from '../../support/encodings';
import { expectStudioError } from '../../support/expect-studio-error';
import { outcome, sameOutcome, streamBytes } from './stream-support';

/** Files that have broken parsers before, each with the name that picks its format. */
const NASTY_FILES: readonly (readonly [string, Uint8Array])[] = [
  ['excel.csv', utf8('sep=;\r\ntext;label\r\n"кот; ""рыжий""";животное\r\n;;\r\nдуб;дерево\r\n', true)],
  ['quoted.csv', utf8('text,label\n"a\nmultiline, ""quoted""\r\nfield",x\n"b",y\r\n\r\nc,"z"')],
  ['cyrillic-1251.csv', windows1251('текст;метка\nкошка;животное\nсобака;животное\nклавиатура;техника\n')],
  ['utf16le.tsv', utf16('text\tlabel\nкот\tпитомец\nёж\tдикий\n', 'le')],
  ['utf16be.csv', utf16('text,label\nкот,питомец\n', 'be')],
  ['ragged.csv', utf8('a,b,c\n1,2\n3,4,5,6\n7,8,9\n')],
  ['one-row.csv', utf8('text\nonly one')],
  ['header-only.csv', utf8('text,label\n')],
  ['empty.csv', new Uint8Array(0)],
  ['blank.txt', utf8(' \n\r\n\t \n')],
  ['lines.txt', utf8('кошка\r\n\r\n  собака  \rмышь\n\n')],
  ['unclosed.csv', utf8('text,label\n"never closed,x\ny,z\n')],
  ['after-quote.csv', utf8('text,label\n"a"b,x\n')],
  ['stray-quote.csv', utf8('text,label\na"b,x\nc,d\n')],
  [
    'items.jsonl',
    utf8('{"text": "a", "k": 1}\n\n{"text": "b", "__proto__": {"x": 1}}\r\n{"k": null, "text": ""}\n'),
  ],
  ['strings.jsonl', utf8('"кот"\n"собака"\n""\n')],
  ['mixed.jsonl', utf8('{"text": "a"}\n42\n')],
  ['broken.jsonl', utf8('{"text": "a"}\n{oops}\n')],
  ['items.json', utf8('[\n  {"text": "cat", "label": "pet"},\n  {"text": "oak", "n": 3}\n]')],
  ['garbage.csv', Uint8Array.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00, 0x0a, 0x00, 0x00])],
  ['binary.txt', Uint8Array.from({ length: 300 }, (_, index) => (index * 7919) % 256)],
];

describe('StreamingTableBuilder against parseTable', () => {
  it.each(NASTY_FILES)('reads %s like the whole-file parser, cut at every byte', (name, bytes) => {
    const expected = outcome(() => parseTable(name, bytes));
    for (let cut = 0; cut <= bytes.length; cut++) {
      expect(
        outcome(() => streamBytes(name, bytes, [cut]).table),
        `cut at byte ${cut}`,
      ).toEqual(expected);
    }
    const oneByteChunks = Array.from({ length: bytes.length }, (_, index) => index);
    expect(outcome(() => streamBytes(name, bytes, oneByteChunks).table)).toEqual(expected);
  });

  it('reads lenient and chosen encodings like the whole-file parser', () => {
    const [name, bytes] = NASTY_FILES[5] ?? ['', new Uint8Array()];
    const lenient = parseTable(name, bytes, { lenient: true });
    expect(lenient.stats?.fixedRaggedRows).toBe(2);
    expect(streamBytes(name, bytes, [4, 9], { lenient: true }).table).toEqual(lenient);
    const cp1251 = windows1251('текст\nкошка\n');
    const mojibake = parseTable('x.csv', cp1251, { encoding: 'utf-8' });
    expect(streamBytes('x.csv', cp1251, [3], { encoding: 'utf-8' }).table).toEqual(mojibake);
  });

  /** Cells with the characters that matter to a CSV reader, Cyrillic and surrogate pairs. */
  const cell = fc.string({
    unit: fc.constantFrom('a', 'я', 'ё', '😀', ',', ';', '"', '\n', '\r', '\t', ' '),
    maxLength: 8,
  });
  const quote = (text: string, always: boolean): string =>
    always || /[",;\t\n\r]/.test(text) || text.trim() !== text ? `"${text.replaceAll('"', '""')}"` : text;

  it('equals parseTable on random tables cut at random chunk boundaries (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.boolean(),
        fc.constantFrom('utf-8', 'bom', 'utf-16le'),
        fc.array(fc.nat(), { maxLength: 6 }),
        (rows, delimiter, newline, quoteAll, encoding, cutSeeds) => {
          const text = rows
            .map((row) => row.map((value) => quote(value, quoteAll)).join(delimiter))
            .join(newline);
          const bytes = encoding === 'utf-16le' ? utf16(text, 'le') : utf8(text, encoding === 'bom');
          const name = delimiter === '\t' ? 'random.tsv' : 'random.csv';
          const cuts = cutSeeds.map((seed) => seed % (bytes.length + 1));
          const lenient = cuts.length % 2 === 0;
          const expected = outcome(() => parseTable(name, bytes, { lenient }));
          const actual = outcome(() => streamBytes(name, bytes, cuts, { lenient }).table);
          if (!sameOutcome(actual, expected)) expect(actual).toEqual(expected);
        },
      ),
      { seed: 6006, numRuns: 400 },
    );
  });

  it('equals parseTable on random JSONL and TXT cut at random chunk boundaries (fast-check)', () => {
    const item = fc.oneof(
      cell.map((text) => JSON.stringify(text)),
      fc
        .dictionary(
          fc.constantFrom('text', 'label', 'n', '__proto__'),
          fc.oneof(cell, fc.integer(), fc.constant(null)),
          { maxKeys: 3 },
        )
        .map((value) => JSON.stringify(value)),
      cell,
    );
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 6 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.constantFrom('x.jsonl', 'x.txt'),
        fc.array(fc.nat(), { maxLength: 6 }),
        (lines, newline, name, cutSeeds) => {
          const bytes = utf8(lines.join(newline));
          const cuts = cutSeeds.map((seed) => seed % (bytes.length + 1));
          const expected = outcome(() => parseTable(name, bytes));
          const actual = outcome(() => streamBytes(name, bytes, cuts).table);
          if (!sameOutcome(actual, expected)) expect(actual).toEqual(expected);
        },
      ),
      { seed: 6007, numRuns: 400 },
    );
  });
});

describe('StreamingTableBuilder on large files', () => {
  it('reports how many rows it has read while reading, and all of them at the end', () => {
    const builder = new StreamingTableBuilder('big.csv');
    builder.push(utf8('text,label\n'));
    for (let chunk = 0; chunk < 30; chunk++) {
      builder.push(utf8(Array.from({ length: 5000 }, (_, i) => `row ${chunk}-${i},${i % 3}\n`).join('')));
    }
    // The first MiB is the head the encoding and delimiter are decided on; rows after it are counted at once.
    expect(builder.rowsRead).toBeGreaterThan(100_000);
    const { table, rowsRead } = builder.finish();
    expect(rowsRead).toBe(150_000);
    expect(table.rows).toHaveLength(150_000);
    expect(table.rows[149_999]).toEqual(['row 29-4999', '1']);
  });

  it('decodes a large chunk in slices like the whole-file parser, whatever the slice edges cut', () => {
    // Rows of two-byte Cyrillic characters and quoted multi-line fields, shifted by one byte per file so that
    // the 1 MiB slice edges fall inside characters, inside quotes and between CR and LF.
    const row = (i: number): string => `"кошка ${i},\r\n""ёж""",${i % 7}\r\n`;
    for (const shift of [0, 1, 2, 3]) {
      const rows = Array.from({ length: 130_000 }, (_, i) => row(i)).join('');
      const bytes = utf8(`${'x'.repeat(shift)}text,label\r\n${rows}`);
      expect(bytes.length).toBeGreaterThan(3 * DECODE_SLICE_BYTES);
      const expected = parseTable('big.csv', bytes);
      expect(expected.rows).toHaveLength(130_000);
      expect(streamBytes('big.csv', bytes, [])).toEqual({ table: expected, rowsRead: 130_000 });
    }
  });

  it('keeps sampled rows intact while their arena compacts and grows (each row rebuilt from its id)', () => {
    const text = (id: number): string => `строка ${id} ${'ёж'.repeat(40 + (id % 17))}`;
    const rows = Array.from({ length: 300_000 }, (_, id) => `${id},"${text(id)}",label-${id % 5}\n`);
    for (const stratifyBy of ['label', null]) {
      const builder = new StreamingTableBuilder('sampled.csv', {
        sample: { size: 2000, seed: 3, stratifyBy },
      });
      builder.push(utf8(`id,text,label\n${rows.join('')}`));
      const { table } = builder.finish();
      expect(table.rows).toHaveLength(2000);
      const ids = table.rows.map((row) => Number(row[0]));
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
      for (const [id, ...cells] of table.rows) {
        expect(cells).toEqual([text(Number(id)), `label-${Number(id) % 5}`]);
      }
    }
  });

  it('fails naming the byte when a file that starts as UTF-8 turns out not to be', async () => {
    const head = utf8(`text\n${'кошка\n'.repeat(100_000)}`);
    const tail = windows1251('собака\n');
    const error = await expectStudioError(
      () => streamBytes('x.csv', new Uint8Array([...head, ...tail]), [65536, head.length]),
      'decode-failed',
    );
    expect(error.params).toMatchObject({ file: 'x.csv', byte: head.length });
    expect(error.message).toContain('Windows-1251');
  });

  it('refuses a quoted field that never closes once it passes the record limit, naming its line', async () => {
    const builder = new StreamingTableBuilder('x.csv');
    builder.push(utf8('text\nfine\n"open'));
    const filler = utf8('a'.repeat(1024 * 1024));
    const error = await expectStudioError(() => {
      for (let i = 0; i < 20; i++) builder.push(filler);
    }, 'malformed-table');
    expect(error.params).toMatchObject({ file: 'x.csv', line: 3 });
  });

  it('refuses an unknown stratification column at the header, before reading the rest', async () => {
    const builder = new StreamingTableBuilder('x.csv', {
      sample: { size: 2, seed: 1, stratifyBy: 'colour' },
    });
    const error = await expectStudioError(() => {
      builder.push(utf8(`text,label\n${'a,b\n'.repeat(300_000)}`));
    }, 'unknown-column');
    expect(error.message).toContain('text, label');
  });
});
