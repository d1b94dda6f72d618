import { createReadStream, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  parseWordVectors,
  WordVectorParser,
  type ParsedWordVectors,
  type VectorReadOptions,
} from '../../../../src/core/embedders/word-vectors/word-vector-parser';
import { expectStudioError } from '../../support/expect-studio-error';
import { binaryFile, chunked, temporaryFolder, textLines, VOCABULARY, writeVectorFile } from './vector-files';

const folder = temporaryFolder();

/** Streams a real file through the parser, as the CLI does. */
function load(
  path: string,
  options: Partial<VectorReadOptions> = {},
  chunkBytes = 16,
): Promise<ParsedWordVectors> {
  return parseWordVectors(createReadStream(path, { highWaterMark: chunkBytes }), {
    fileName: basename(path),
    maxWords: null,
    lenient: false,
    ...options,
  });
}

/** Pushes the chunks through the push API. */
function pushAll(chunks: readonly Uint8Array[], fileName: string, lenient = false): ParsedWordVectors {
  const parser = new WordVectorParser({ fileName, maxWords: null, lenient });
  for (const chunk of chunks) parser.push(chunk);
  return parser.finish();
}

function expectVocabulary(parsed: ParsedWordVectors, entries = VOCABULARY): void {
  expect(parsed.vectors.words).toEqual(entries.map(([word]) => word));
  expect(parsed.vectors.dimension).toBe(entries[0]?.[1].length);
  entries.forEach(([word, vector]) => {
    const row = parsed.vectors.rowOf(word);
    expect(row, word).toBeDefined();
    expect(Array.from(parsed.vectors.vector(row ?? 0))).toEqual(vector.map(Math.fround));
  });
}

describe('parseWordVectors: formats', () => {
  it('reads GloVe text with Cyrillic words', async () => {
    const parsed = await load(writeVectorFile(folder, 'glove.txt', textLines(VOCABULARY)));
    expect(parsed.format).toBe('glove');
    expectVocabulary(parsed);
  });

  it('reads word2vec/fastText .vec text with a header, CRLF line ends, trailing blanks and a BOM', async () => {
    const body = textLines(VOCABULARY).replace(/\n/g, ' \r\n');
    const parsed = await load(writeVectorFile(folder, 'ft.vec', `\uFEFF5 3\r\n${body}`));
    expect(parsed.format).toBe('vec');
    expectVocabulary(parsed);
  });

  it('reads word2vec binary, with and without the newline after each vector', async () => {
    for (const newline of [true, false]) {
      const parsed = await load(
        writeVectorFile(folder, `w2v-${newline}.bin`, binaryFile(VOCABULARY, { newline })),
      );
      expect(parsed.format).toBe('bin');
      expectVocabulary(parsed);
    }
  });

  it('reads a file without a final newline, and skips blank lines', async () => {
    const text = textLines(VOCABULARY).replace('\ncat', '\n\n\ncat').trimEnd();
    expectVocabulary(await load(writeVectorFile(folder, 'blank.txt', text)));
  });
});

describe('parseWordVectors: chunk boundaries', () => {
  const files: [string, Uint8Array][] = [
    ['glove.txt', new TextEncoder().encode(textLines(VOCABULARY))],
    ['ft.vec', new TextEncoder().encode(`\uFEFF5 3\n${textLines(VOCABULARY)}`)],
    ['w2v.bin', binaryFile(VOCABULARY)],
  ];
  for (const [name, bytes] of files) {
    it(`gives the same result for ${name} cut into 1-byte, 7-byte and random chunks`, () => {
      const whole = pushAll([bytes], name);
      expectVocabulary(whole);
      for (const size of [1, 7, 'random'] as const) {
        for (const seed of [1, 2, 3]) {
          const parsed = pushAll(chunked(bytes, size, seed), name);
          expect(parsed.vectors.words).toEqual(whole.vectors.words);
          expect(parsed.vectors.data).toEqual(whole.vectors.data);
        }
      }
    });
  }
});

describe('parseWordVectors: limits and duplicates', () => {
  it('keeps only the first N words and stops reading the file', async () => {
    const many = Array.from({ length: 5000 }, (_, i): [string, number[]] => [`w${i}`, [i, -2 * i]]);
    const path = writeVectorFile(folder, 'many.txt', textLines(many));
    const parsed = await load(path, { maxWords: 3 });
    expect(parsed.vectors.words).toEqual(['w0', 'w1', 'w2']);
    expect(Array.from(parsed.vectors.data)).toEqual([0, 0, 1, -2, 2, -4]);
    let pulled = 0;
    function* counted(): Generator<Uint8Array> {
      for (const chunk of chunked(readFileSync(path), 16)) {
        pulled++;
        yield chunk;
      }
    }
    await parseWordVectors(counted(), { fileName: 'many.txt', maxWords: 3, lenient: false });
    expect(pulled).toBeLessThan(5);
    const bin = await load(writeVectorFile(folder, 'many.bin', binaryFile(many)), { maxWords: 4000 });
    expect(bin.vectors.rows).toBe(4000);
    expect(bin.vectors.rowOf('w3999')).toBe(3999);
  });

  it('keeps the first of duplicate words and counts the rest', async () => {
    const entries: [string, number[]][] = [
      ['a', [1, 2]],
      ['b', [3, 4]],
      ['a', [5, 6]],
      ['a', [7, 8]],
    ];
    for (const [name, content] of [
      ['dup.txt', textLines(entries)],
      ['dup.bin', binaryFile(entries)],
    ] as const) {
      const parsed = await load(writeVectorFile(folder, name, content));
      expect(parsed.vectors.words, name).toEqual(['a', 'b']);
      expect(Array.from(parsed.vectors.vector(0))).toEqual([1, 2]);
      expect(parsed.duplicateWords).toBe(2);
    }
  });

  it('grows its buffer past the initial size without losing rows', async () => {
    const many = Array.from({ length: 10_000 }, (_, i): [string, number[]] => [
      `w${i}`,
      [i, 1 / (i + 1), -i],
    ]);
    const parsed = await load(writeVectorFile(folder, 'grow.txt', textLines(many)), {}, 1 << 16);
    expect(parsed.vectors.rows).toBe(10_000);
    expect(parsed.vectors.data.length).toBe(30_000);
    expect(Array.from(parsed.vectors.vector(9999))).toEqual([9999, Math.fround(1 / 10000), -9999]);
  });
});

describe('parseWordVectors: malformed files', () => {
  const glove = 'one 1 2 3\ntwo 4 5\nthree 6 7 8\nfour 9 x 1\nfive 1 nan 2\nsix 1 2 inf\nseven 1 2 3\n';

  it('names the file, the line and what was expected', async () => {
    const path = writeVectorFile(folder, 'bad.txt', glove);
    const error = await expectStudioError(() => load(path), 'malformed-vectors');
    expect(error.message).toBe('bad.txt, line 2: expected 3 numbers after the word, found 2');
    expect(error.params).toEqual({ file: 'bad.txt', line: 2 });
  });

  it('in lenient mode skips and counts malformed lines, including NaN and infinite values', async () => {
    const parsed = await load(writeVectorFile(folder, 'bad.txt', glove), { lenient: true });
    expect(parsed.vectors.words).toEqual(['one', 'three', 'seven']);
    expect(parsed.skippedLines).toBe(4);
  });

  it('rejects NaN, infinite and non-numeric values, naming the value', async () => {
    const cases: [string, RegExp][] = [
      ['a 1 2\nb 1 NaN\n', /line 2: value 2 of "b" is "NaN", which is not a finite number/],
      ['a 1 2\nb -inf 1\n', /line 2: value 1 of "b" is "-inf"/],
      ['a 1 2\nb 1 3e39\n', /line 2: value 2 of "b" is "3e39"/],
      ['a 1 2\nb 1 2,5\n', /line 2: value 2 of "b" is "2,5"/],
    ];
    for (const [text, message] of cases) {
      const error = await expectStudioError(
        () => load(writeVectorFile(folder, 'nan.txt', text)),
        'malformed-vectors',
      );
      expect(error.message).toMatch(message);
    }
    const bin = binaryFile([
      ['ok', [1, 2]],
      ['bad', [1, Number.NaN]],
    ]);
    const error = await expectStudioError(
      () => load(writeVectorFile(folder, 'nan.bin', bin)),
      'malformed-vectors',
    );
    expect(error.message).toMatch(/^nan\.bin, entry 2: value 2 of "bad" is NaN/);
    const lenient = await load(writeVectorFile(folder, 'nan.bin', bin), { lenient: true });
    expect(lenient.vectors.words).toEqual(['ok']);
    expect(lenient.skippedLines).toBe(1);
  });

  it('checks lines against the header of a .vec file', async () => {
    const wrongDimension = `2 3\na 1 2 3 4\nb 1 2 3\n`;
    const error = await expectStudioError(
      () => load(writeVectorFile(folder, 'dim.vec', wrongDimension)),
      'malformed-vectors',
    );
    expect(error.message).toBe(
      'dim.vec, line 2: expected 3 numbers after the word (as the header says), found 4',
    );
    const tooFew = await expectStudioError(
      () => load(writeVectorFile(folder, 'few.vec', `4 2\na 1 2\nb 3 4\n`)),
      'malformed-vectors',
    );
    expect(tooFew.message).toMatch(
      /^few\.vec, line 3: the header promises 4 words, but the file ends after 2/,
    );
    const tooMany = await expectStudioError(
      () => load(writeVectorFile(folder, 'many.vec', `1 2\na 1 2\nb 3 4\n`)),
      'malformed-vectors',
    );
    expect(tooMany.message).toMatch(/^many\.vec, line 3: the header promises 1 words, but there are more/);
  });

  it('reports a truncated .bin file and a .bin without a header', async () => {
    const bytes = binaryFile(VOCABULARY);
    const truncated = writeVectorFile(folder, 'cut.bin', bytes.subarray(0, bytes.length - 5));
    const error = await expectStudioError(() => load(truncated), 'malformed-vectors');
    expect(error.message).toMatch(/^cut\.bin, entry 5: the file ends in the middle of an entry/);
    const short = writeVectorFile(folder, 'short.bin', binaryFile(VOCABULARY, { count: 9 }));
    expect((await expectStudioError(() => load(short), 'malformed-vectors')).message).toMatch(
      /header promises 9 words, but the file ends after 5/,
    );
    const text = writeVectorFile(folder, 'text.bin', textLines(VOCABULARY));
    expect((await expectStudioError(() => load(text), 'malformed-vectors')).message).toMatch(
      /^text\.bin, line 1/,
    );
  });

  it('says a file is empty, or holds no vectors', async () => {
    await expectStudioError(() => load(writeVectorFile(folder, 'empty.txt', '')), 'empty-file');
    const onlyWords = writeVectorFile(folder, 'words.txt', 'a\nb\n');
    const error = await expectStudioError(() => load(onlyWords), 'malformed-vectors');
    expect(error.message).toMatch(/^words\.txt, line 1: expected a word followed by the numbers/);
    const lenient = await expectStudioError(() => load(onlyWords, { lenient: true }), 'malformed-vectors');
    expect(lenient.message).toBe('words.txt holds no word vectors (2 malformed lines skipped).');
  });

  it('reads back what it wrote for a file read whole, as the core does', () => {
    const path = writeVectorFile(folder, 'whole.vec', `5 3\n${textLines(VOCABULARY)}`);
    expectVocabulary(pushAll([readFileSync(path)], 'whole.vec'));
  });
});
