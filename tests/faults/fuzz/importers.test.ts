import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseQuestionFile } from '../../../src/core/analogy/question-file';
import { writeNpy } from '../../../src/core/dataset/npy-file';
import { parseTable } from '../../../src/core/dataset/parse-table';
import { toEmbeddingMatrix } from '../../../src/core/math/matrix-types';
import { StudioCore } from '../../../src/core/studio-core';
import { utf8 } from '../../core/support/encodings';
import { MemorySampleSource } from '../../core/support/memory-sample-source';
import { clearOutcome, OutcomeTally } from './fuzz-support';

/** Seeds for the whole file: a failure reproduces by its seed and path, printed by fast-check. */
const SEED = 1108;

/** Cells that have broken parsers before: quotes, line breaks, separators, BOMs, NUL, number look-alikes, prototype keys. */
const nastyCell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: fc.constantFrom('a', 'я', ',', ';', '"', '\n', '\r', '\t', ' ', '\\'), maxLength: 10 }),
  fc.constantFrom(
    '',
    '"',
    '""',
    '"a"b',
    'NaN',
    'Infinity',
    '-Infinity',
    '1e309',
    '-0',
    '0x1F',
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    '\u0000',
    '\uFEFF',
    '\uD800',
    'a\r\nb',
    'кошка',
  ),
  fc.double().map(String),
);

/** Ragged rows of nasty cells, 0–8 rows of 0–5 cells (empty and one-row files included). */
const raggedRows = fc.array(fc.array(nastyCell, { maxLength: 5 }), { maxLength: 8 });

function quote(cell: string, always: boolean): string {
  return always || /[",\t\n\r;]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Text → bytes, sometimes with damage: an invalid byte, a cut multi-byte character, a BOM, CP1251-only bytes. */
const damagedBytes = (text: string): fc.Arbitrary<Uint8Array> =>
  fc
    .tuple(fc.constantFrom('none', 'invalid', 'cut', 'bom', 'cp1251', 'nul'), fc.nat())
    .map(([damage, at]) => {
      const bytes = utf8(text);
      const position = bytes.length === 0 ? 0 : at % bytes.length;
      const splice = (insert: number[]): Uint8Array =>
        new Uint8Array([...bytes.subarray(0, position), ...insert, ...bytes.subarray(position)]);
      switch (damage) {
        case 'invalid':
          return splice([0xff, 0xc0, 0xaf]);
        case 'cut':
          return bytes.subarray(0, Math.max(0, bytes.length - 1));
        case 'bom':
          return new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
        case 'cp1251':
          return splice([0xea, 0xee, 0xf8, 0xea, 0xe0]);
        case 'nul':
          return splice([0, 0, 0]);
        default:
          return bytes;
      }
    });

const tableFile = fc
  .tuple(raggedRows, fc.constantFrom(',', '\t', ';'), fc.boolean(), fc.constantFrom('\n', '\r\n', '\r'))
  .chain(([rows, separator, quoteAll, newline]) =>
    damagedBytes(rows.map((row) => row.map((cell) => quote(cell, quoteAll)).join(separator)).join(newline)),
  );

/** JSON that is valid, almost valid, or adversarial: prototype keys, deep nesting, non-string texts. */
const jsonText = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
  fc
    .array(fc.dictionary(nastyCell, fc.oneof(nastyCell, fc.integer(), fc.constant(null)), { maxKeys: 4 }), {
      maxLength: 6,
    })
    .map((items) => JSON.stringify(items)),
  fc.constantFrom(
    '[{"__proto__": {"polluted": "yes"}, "text": "a"}, {"constructor": {"prototype": {"polluted": "yes"}}, "text": "b"}]',
    '{"__proto__": [1, 2]}',
    '[{"text": "a"}, {"text": 1e400}, {"text": NaN}]',
    '[' + '['.repeat(5000) + ']'.repeat(5000) + ']',
    '[{"text": "кошка"}, {"text": "собака"}',
    '["one"]',
    '[]',
    '{}',
    'null',
  ),
);

const jsonFile = jsonText.chain(damagedBytes);

/** JSON Lines: each line a JSON value, some broken, with blank lines between. */
const jsonlFile = fc
  .array(fc.oneof(jsonText, nastyCell), { maxLength: 6 })
  .chain((lines) => damagedBytes(lines.join('\n')));

/** A .npy file: a real one (NaN/Inf included) with a damaged header, shape or length, or random bytes. */
const npyFile = fc.oneof(
  fc.uint8Array({ maxLength: 200 }),
  fc
    .tuple(
      fc.integer({ min: 1, max: 6 }),
      fc.integer({ min: 1, max: 6 }),
      fc.array(fc.oneof(fc.float(), fc.constantFrom(Number.NaN, Infinity, -Infinity)), {
        minLength: 36,
        maxLength: 36,
      }),
      fc.constantFrom('none', 'cut', 'shape', 'descr', 'version', 'headerLength'),
      fc.nat(),
    )
    .map(([rows, cols, values, damage, at]) => {
      const matrix = toEmbeddingMatrix(new Float32Array(values.slice(0, rows * cols)), rows, cols);
      const bytes = new Uint8Array(writeNpy(matrix));
      const header = new TextDecoder('latin1').decode(bytes.subarray(10, 10 + (bytes[8] ?? 0)));
      const withHeader = (text: string): Uint8Array => {
        const replaced = new Uint8Array(bytes);
        replaced.set(new TextEncoder().encode(text.padEnd(header.length).slice(0, header.length)), 10);
        return replaced;
      };
      switch (damage) {
        case 'cut':
          return bytes.subarray(0, at % bytes.length);
        case 'shape':
          return withHeader(
            header.replace(
              /\([^)]*\)/,
              ['(9999999999, 9999999)', '(-1, 2)', '(3,)', '(2.5, 1)', '()'][at % 5] ?? '',
            ),
          );
        case 'descr':
          return withHeader(header.replace(/'<f4'/, ["'<i8'", "'|O'", "'>f8'", "''"][at % 4] ?? ''));
        case 'version': {
          const changed = new Uint8Array(bytes);
          changed[6] = at % 256;
          return changed;
        }
        case 'headerLength': {
          const changed = new Uint8Array(bytes);
          changed[8] = at % 256;
          changed[9] = (at >> 8) % 256;
          return changed;
        }
        default:
          return bytes;
      }
    }),
);

/** A word-vector text file (GloVe, or .vec with an "N D" header) with ragged, non-numeric or non-finite values. */
const vectorText = fc
  .tuple(
    fc.array(
      fc.tuple(
        nastyCell,
        fc.array(
          fc.oneof(
            fc.double().map(String),
            fc.constantFrom('NaN', 'inf', '-Infinity', '1e999', '', 'x', '0.5.5', '١٢'),
          ),
          { maxLength: 5 },
        ),
      ),
      { maxLength: 6 },
    ),
    fc.option(fc.tuple(fc.integer({ min: -2, max: 1e9 }), fc.integer({ min: -2, max: 1e9 }))),
  )
  .chain(([rows, header]) =>
    damagedBytes(
      [
        ...(header === null ? [] : [`${header[0]} ${header[1]}`]),
        ...rows.map(([word, values]) => [word, ...values].join(' ')),
      ].join('\n'),
    ),
  );

/** A word2vec .bin file: "N D\n", then per word its name, a space and D little-endian float32s; damaged. */
const vectorBinary = fc
  .tuple(
    fc.integer({ min: 0, max: 5 }),
    fc.integer({ min: 1, max: 4 }),
    fc.array(fc.oneof(fc.float(), fc.constantFrom(Number.NaN, Infinity)), { minLength: 20, maxLength: 20 }),
    fc.array(nastyCell, { minLength: 5, maxLength: 5 }),
    fc.constantFrom('none', 'cut', 'header', 'bigHeader'),
    fc.nat(),
  )
  .map(([words, dimension, values, names, damage, at]) => {
    const parts: number[] = [...utf8(`${words} ${dimension}\n`)];
    for (let w = 0; w < words; w++) {
      parts.push(...utf8(`${names[w] ?? 'w'} `));
      const floats = new Float32Array(values.slice(w * dimension, (w + 1) * dimension));
      parts.push(...new Uint8Array(floats.buffer), 0x0a);
    }
    const bytes = new Uint8Array(parts);
    if (damage === 'cut') return bytes.subarray(0, at % Math.max(1, bytes.length));
    if (damage === 'header')
      return new Uint8Array([...utf8(`${words + 3} ${dimension + 1}\n`), ...bytes.subarray(4)]);
    if (damage === 'bigHeader') return new Uint8Array([...utf8('4000000000 300000000\n'), ...bytes]);
    return bytes;
  });

const questionFile = fc
  .array(
    fc.oneof(
      fc.array(nastyCell, { maxLength: 6 }).map((words) => words.join(' ')),
      nastyCell.map((name) => `: ${name}`),
      fc.constant(''),
    ),
    { maxLength: 10 },
  )
  .chain((lines) => damagedBytes(lines.join('\n')));

const EXTENSIONS = [
  '.csv',
  '.tsv',
  '.txt',
  '.json',
  '.jsonl',
  '.ndjson',
  '.npy',
  '.CSV',
  '',
  '.xlsx',
  '.csv.gz',
];

const tallies: OutcomeTally[] = [];
function tally(suite: string): OutcomeTally {
  const created = new OutcomeTally(suite);
  tallies.push(created);
  return created;
}

function core(): StudioCore {
  return new StudioCore({ samples: new MemorySampleSource({}) });
}

describe('fuzz: importers', () => {
  afterAll(() => {
    for (const each of tallies) each.report();
    const total = tallies.reduce((sum, each) => sum + each.cases, 0);
    console.log(`fuzz: importers — ${total} generated cases in all`);
    // No input may have polluted Object.prototype through a "__proto__" or "constructor" key.
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('CSV/TSV/TXT with ragged rows, quotes, separators and damaged bytes: a table or a clear error', async () => {
    const outcomes = tally('delimited tables');
    await fc.assert(
      fc.asyncProperty(
        tableFile,
        fc.constantFrom('.csv', '.tsv', '.txt'),
        fc.constantFrom(undefined, 'auto', 'utf-8', 'windows-1251', 'utf-16le'),
        fc.boolean(),
        async (bytes, extension, encoding, lenient) => {
          outcomes.add(
            await clearOutcome(() => parseTable(`data${extension}`, bytes, { encoding, lenient })),
          );
        },
      ),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('JSON and JSON Lines with prototype keys, deep nesting and non-string texts', async () => {
    const outcomes = tally('JSON and JSON Lines');
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          jsonFile.map((b) => ['.json', b] as const),
          jsonlFile.map((b) => ['.jsonl', b] as const),
        ),
        async ([extension, bytes]) => {
          outcomes.add(await clearOutcome(() => parseTable(`items${extension}`, bytes)));
        },
      ),
      { seed: SEED + 1, numRuns: 800 },
    );
  });

  it('.npy arrays with damaged headers, shapes, dtypes and lengths, NaN and infinity', async () => {
    const outcomes = tally('.npy arrays');
    await fc.assert(
      fc.asyncProperty(npyFile, async (bytes) => {
        outcomes.add(await clearOutcome(() => parseTable('vectors.npy', bytes)));
      }),
      { seed: SEED + 2, numRuns: 600 },
    );
  });

  it('random bytes under every extension, through the core’s openFile', async () => {
    const outcomes = tally('random bytes, openFile');
    const studio = core();
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom(...EXTENSIONS),
        fc.boolean(),
        async (bytes, extension, lenient) => {
          outcomes.add(
            await clearOutcome(() => studio.openFile({ fileName: `f${extension}`, bytes, lenient })),
          );
        },
      ),
      { seed: SEED + 3, numRuns: 800 },
    );
  });

  it('huge fields and many columns open or fail clearly', async () => {
    const outcomes = tally('huge fields');
    const studio = core();
    const huge = 'я'.repeat(3_000_000);
    const cases: [string, string][] = [
      ['huge.csv', `text,label\n"${huge}",a\nshort,b\n`],
      ['huge.txt', `${huge}\nsecond line\n`],
      ['huge.json', JSON.stringify([{ text: huge }, { text: 'b' }])],
      [
        'wide.csv',
        `${Array.from({ length: 20_000 }, (_u, i) => `c${i}`).join(',')}\n${'1,'.repeat(19_999)}1\n`,
      ],
      ['one.csv', 'text\nonly row\n'],
      ['header-only.csv', 'text,label\n'],
      ['empty.csv', ''],
    ];
    for (const [fileName, text] of cases) {
      outcomes.add(await clearOutcome(() => studio.openFile({ fileName, bytes: utf8(text) }), 20_000));
    }
  });

  it('word vectors, text (GloVe, .vec) and word2vec binary: vectors or a clear error', async () => {
    const outcomes = tally('word vectors');
    const studio = core();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          vectorText.map((b) => ['glove.txt', b] as const),
          vectorText.map((b) => ['w.vec', b] as const),
          vectorBinary.map((b) => ['w.bin', b] as const),
        ),
        fc.boolean(),
        fc.option(fc.integer({ min: 1, max: 3 })),
        async ([fileName, bytes], lenient, maxWords) => {
          outcomes.add(
            await clearOutcome(() =>
              studio.loadWordVectors({ fileName, bytes: new Uint8Array(bytes), lenient, maxWords }),
            ),
          );
        },
      ),
      { seed: SEED + 4, numRuns: 1000 },
    );
  });

  it('project files: random bytes and random byte changes to a real project', async () => {
    const outcomes = tally('project reader');
    const studio = core();
    const preview = await studio.openFile({
      fileName: 'w.txt',
      bytes: utf8('cat\ndog\nmouse\ncomputer\nkeyboard\n'),
    });
    const events: { jobId: string; done: boolean }[] = [];
    const mapped = new Promise<string>((resolve) => {
      studio.onJobEvent((event) => {
        if (event.type === 'done') resolve(event.result.mapId);
        events.push({ jobId: event.jobId, done: event.type === 'done' });
      });
    });
    await studio.startMap({
      datasetId: preview.datasetId,
      textColumn: 'text',
      labelColumn: null,
      embedderId: 'tfidf-svd',
      method: 'pca',
      dims: 2,
      seed: 1,
    });
    const { bytes: good } = await studio.exportProject({ mapIds: [await mapped], view: null });
    const mutated = fc
      .array(fc.tuple(fc.nat({ max: good.length - 1 }), fc.integer({ min: 0, max: 255 })), {
        minLength: 1,
        maxLength: 4,
      })
      .map((changes) => {
        const copy = new Uint8Array(good);
        for (const [at, value] of changes) copy[at] = value;
        return copy;
      });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 400 }), mutated), async (bytes) => {
        outcomes.add(await clearOutcome(() => studio.importProject({ fileName: 'p.esproj', bytes })));
      }),
      { seed: SEED + 5, numRuns: 500 },
    );
  });

  it('analogy question files: questions or malformed-questions', async () => {
    const outcomes = tally('analogy questions');
    await fc.assert(
      fc.asyncProperty(questionFile, async (bytes) => {
        outcomes.add(await clearOutcome(() => parseQuestionFile(bytes, 'questions.txt')));
      }),
      { seed: SEED + 6, numRuns: 500 },
    );
  });
});
