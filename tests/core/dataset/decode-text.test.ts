import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/core/dataset/decode-text';
import { expectStudioError } from '../support/expect-studio-error';
import { utf16, utf8, windows1251 } from '../support/encodings';

const sample = 'текст,label\nПривет, мир,ru\n';

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM, dropping the BOM', () => {
    expect(decodeText('a.csv', utf8(sample))).toEqual({ text: sample, encoding: 'utf-8' });
    expect(decodeText('a.csv', utf8(sample, true))).toEqual({ text: sample, encoding: 'utf-8' });
  });

  it('reads UTF-16 little- and big-endian by their BOM', () => {
    expect(decodeText('a.csv', utf16(sample, 'le'))).toEqual({ text: sample, encoding: 'utf-16le' });
    expect(decodeText('a.csv', utf16(sample, 'be'))).toEqual({ text: sample, encoding: 'utf-16be' });
  });

  it('falls back to Windows-1251 for bytes that are not UTF-8 (Cyrillic from old Excel)', () => {
    expect(decodeText('a.csv', windows1251('слово,тема\nЁжик,лес'))).toEqual({
      text: 'слово,тема\nЁжик,лес',
      encoding: 'windows-1251',
    });
  });

  it('reports broken UTF-16 as decode-failed, naming the file', async () => {
    const odd = new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]); // a lone high surrogate
    const error = await expectStudioError(() => decodeText('broken.txt', odd), 'decode-failed');
    expect(error.message).toContain('broken.txt');
    expect(error.params).toMatchObject({ file: 'broken.txt' });
  });
});
