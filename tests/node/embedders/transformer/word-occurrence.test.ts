import { describe, expect, it } from 'vitest';
import { wholeWordTest, wordSpellings } from '../../../../src/node/embedders/transformer/word-occurrence';

describe('wholeWordTest', () => {
  it('matches the word in any case and only as a whole word, in Cyrillic too', () => {
    const zamok = wholeWordTest('замок');
    expect(zamok('Старинный ЗАМОК на холме')).toBe(true);
    expect(zamok('Замок на двери.')).toBe(true);
    expect(zamok('«замок»')).toBe(true);
    expect(zamok('замочек на двери')).toBe(false);
    expect(zamok('призамок')).toBe(false);
    expect(zamok('замки и ключи')).toBe(false);
    expect(wholeWordTest('bank')('The river bank.')).toBe(true);
    expect(wholeWordTest('bank')('banks and banking')).toBe(false);
  });

  it('treats regular-expression characters in the word literally', () => {
    expect(wholeWordTest('c++')('I write c++ code')).toBe(true);
    expect(wholeWordTest('c++')('I write c code')).toBe(false);
    expect(wholeWordTest('a.b')('axb')).toBe(false);
    expect(wholeWordTest('a.b')('see a.b here')).toBe(true);
  });
});

describe('wordSpellings', () => {
  it('gives the cases a cased tokenizer distinguishes, alone and after a space, without duplicates', () => {
    expect(wordSpellings('замок')).toEqual(['замок', ' замок', 'Замок', ' Замок', 'ЗАМОК', ' ЗАМОК']);
    expect(wordSpellings('Bank')).toEqual(['Bank', ' Bank', 'bank', ' bank', 'BANK', ' BANK']);
  });
});
