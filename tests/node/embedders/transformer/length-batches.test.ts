import { describe, expect, it } from 'vitest';
import { planLengthBatches } from '../../../../src/node/embedders/transformer/length-batches';

describe('planLengthBatches', () => {
  it('sorts by length (ties in input order) and cuts at the item limit', () => {
    const texts = ['ccc', 'a', 'bb', 'dddd', 'e', 'ff'];
    expect(planLengthBatches(texts, { maxItems: 2, maxPaddedChars: 1000 })).toEqual([
      [1, 4],
      [2, 5],
      [0, 3],
    ]);
  });

  it('covers every index exactly once', () => {
    const texts = Array.from({ length: 103 }, (_, i) => 'x'.repeat((i * 37) % 50));
    const batches = planLengthBatches(texts, { maxItems: 8, maxPaddedChars: 200 });
    expect(batches.flat().sort((a, b) => a - b)).toEqual([...texts.keys()]);
    expect(batches.every((batch) => batch.length <= 8)).toBe(true);
  });

  it('shrinks batches of long texts to bound padded size, but never below one text', () => {
    const texts = ['x'.repeat(100), 'x'.repeat(100), 'x'.repeat(100), 'x'.repeat(1000)];
    expect(planLengthBatches(texts, { maxItems: 32, maxPaddedChars: 250 })).toEqual([[0, 1], [2], [3]]);
  });

  it('plans nothing for no texts', () => {
    expect(planLengthBatches([], { maxItems: 4, maxPaddedChars: 100 })).toEqual([]);
  });
});
