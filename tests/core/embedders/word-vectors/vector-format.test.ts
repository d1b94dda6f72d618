import { describe, expect, it } from 'vitest';
import { parseHeader, sniffFormat } from '../../../../src/core/embedders/word-vectors/vector-format';
import { binaryFile, textLines, VOCABULARY } from './vector-files';
import { expectStudioError } from '../../support/expect-studio-error';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('sniffFormat', () => {
  it('tells GloVe, .vec and .bin apart by content, whatever the extension', () => {
    const glove = encode(textLines(VOCABULARY));
    const vec = encode(`5 3\n${textLines(VOCABULARY)}`);
    const bin = binaryFile(VOCABULARY);
    for (const name of ['v.txt', 'v.vec', 'vectors']) {
      expect(sniffFormat(name, glove, true)).toBe('glove');
      expect(sniffFormat(name, vec, true)).toBe('vec');
      expect(sniffFormat(name, bin, true)).toBe('bin');
    }
    expect(sniffFormat('v.bin', bin, true)).toBe('bin');
  });

  it('asks for more bytes until the first line (and the first entry after a header) has arrived', () => {
    const vec = encode(`5 3\n${textLines(VOCABULARY)}`);
    expect(sniffFormat('v.vec', vec.subarray(0, 3), false)).toBe('need-more');
    expect(sniffFormat('v.vec', vec.subarray(0, 6), false)).toBe('need-more');
    expect(sniffFormat('v.vec', vec.subarray(0, 3), true)).toBe('vec');
  });

  it('reads a text .vec whose short lines are followed by Cyrillic words as text, not binary', () => {
    expect(sniffFormat('v.vec', encode('2 1\nа 1\nб 2\n'), true)).toBe('vec');
  });

  it('rejects a .bin without a header, naming the file and line 1', async () => {
    const error = await expectStudioError(
      () => sniffFormat('model.bin', encode(textLines(VOCABULARY)), true),
      'malformed-vectors',
    );
    expect(error.message).toMatch(/^model\.bin, line 1: .*count dimension/);
  });
});

describe('parseHeader', () => {
  it('accepts exactly two integers and nothing else', () => {
    const header = (text: string): ReturnType<typeof parseHeader> =>
      parseHeader(encode(text), 0, text.length);
    expect(header('400000 300')).toEqual({ count: 400000, dimension: 300 });
    expect(header('3 4 \r')).toEqual({ count: 3, dimension: 4 });
    expect(header('the 0.5')).toBeNull();
    expect(header('3 4 5')).toBeNull();
    expect(header('3 0')).toBeNull();
    expect(header('3')).toBeNull();
  });
});
