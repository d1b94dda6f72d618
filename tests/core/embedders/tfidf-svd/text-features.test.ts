import { describe, expect, it } from 'vitest';
import { countFeatures, tokenize } from '../../../../src/core/embedders/tfidf-svd/text-features';

describe('text features', () => {
  it('splits words on anything but letters, marks and digits, lower-cased, in any script', () => {
    expect(tokenize('Hello, WORLD! Привет—мир 42x café')).toEqual([
      'hello',
      'world',
      'привет',
      'мир',
      '42x',
      'café',
    ]);
  });

  it('counts each word and its 3–5 character n-grams with boundary markers', () => {
    const counts = new Map<string, number>();
    countFeatures('Кот кот', counts);
    expect(counts.get('w:кот')).toBe(2);
    // "<кот>" has 3 trigrams, 2 four-grams and 1 five-gram.
    expect([...counts.keys()].filter((key) => key.startsWith('c:'))).toEqual([
      'c:<ко',
      'c:кот',
      'c:от>',
      'c:<кот',
      'c:кот>',
      'c:<кот>',
    ]);
    expect(counts.get('c:<кот>')).toBe(2);
  });
});
