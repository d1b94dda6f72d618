import { describe, expect, it } from 'vitest';
import { findTokenSpan, isContinuationPiece } from '../../../../src/node/embedders/transformer/token-span';

/** Ids ≥ 100 stand for `##` continuation pieces in these tests. */
const continues = (id: number): boolean => id >= 100;

describe('findTokenSpan', () => {
  it('finds the first whole-word occurrence of any spelling, longest spelling first at one start', () => {
    // [CLS] 5 6 101 | 5 6 | [SEP]: the first «5 6» is followed by a continuation, so it is another word.
    const ids = [2, 5, 6, 101, 7, 5, 6, 3];
    expect(findTokenSpan(ids, 0, ids.length, [[5, 6]], continues)).toEqual({ start: 5, end: 7 });
    expect(findTokenSpan(ids, 0, ids.length, [[5], [5, 6, 101]], continues)).toEqual({ start: 1, end: 4 });
  });

  it('searches only [from, to) and answers null when the word is absent', () => {
    const ids = [2, 9, 5, 6, 3, 0, 0];
    expect(findTokenSpan(ids, 0, 5, [[8]], continues)).toBeNull();
    expect(findTokenSpan(ids, 3, 5, [[5, 6]], continues)).toBeNull();
    expect(findTokenSpan(ids, 0, 3, [[5, 6]], continues)).toBeNull();
    expect(findTokenSpan(ids, 0, 4, [[5, 6]], continues)).toEqual({ start: 2, end: 4 });
  });
});

describe('isContinuationPiece', () => {
  it('reads WordPiece prefixes, and SentencePiece/BPE pieces without a word-start mark', () => {
    expect(isContinuationPiece('##ок', '##')).toBe(true);
    expect(isContinuationPiece('замок', '##')).toBe(false);
    expect(isContinuationPiece('ами', null)).toBe(true);
    expect(isContinuationPiece('▁замок', null)).toBe(false);
    expect(isContinuationPiece('Ġbank', null)).toBe(false);
    expect(isContinuationPiece(',', null)).toBe(false);
  });
});
