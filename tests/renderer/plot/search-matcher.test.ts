import { describe, expect, it } from 'vitest';
import { compileMatcher, findMatches } from '../../../src/renderer/src/plot/search-matcher';

const texts = ['Кошка спит', 'The cat sleeps', 'собака', 'Dogs bark', 'CATALOGUE'];
const labels = ['animals', 'animals', null, 'pets', ''];

describe('search matcher', () => {
  it('finds substrings ignoring case, in Latin and Cyrillic, in texts and labels', () => {
    expect(Array.from(findMatches(texts, labels, compileMatcher('cat', false)))).toEqual([1, 4]);
    expect(Array.from(findMatches(texts, labels, compileMatcher('КОШ', false)))).toEqual([0]);
    expect(Array.from(findMatches(texts, labels, compileMatcher('PETS', false)))).toEqual([3]);
    expect(Array.from(findMatches(texts, labels, compileMatcher('anim', false)))).toEqual([0, 1]);
  });

  it('treats regex characters literally in substring mode', () => {
    expect(Array.from(findMatches(['a.b', 'axb'], [null, null], compileMatcher('a.b', false)))).toEqual([0]);
  });

  it('runs regular expressions case-insensitively with Unicode classes', () => {
    expect(Array.from(findMatches(texts, labels, compileMatcher('^(the|dogs)\\b', true)))).toEqual([1, 3]);
    expect(Array.from(findMatches(texts, labels, compileMatcher('^с', true)))).toEqual([2]);
    expect(Array.from(findMatches(['😀x'], [null], compileMatcher('^.x$', true)))).toEqual([0]);
  });

  it('gives the same answer on repeated use (no lastIndex state)', () => {
    const matcher = compileMatcher('a', true);
    const first = Array.from(findMatches(texts, labels, matcher));
    expect(Array.from(findMatches(texts, labels, matcher))).toEqual(first);
  });

  it('reports an invalid pattern instead of throwing, and it matches nothing', () => {
    const matcher = compileMatcher('(unclosed', true);
    expect(matcher.ok).toBe(false);
    if (!matcher.ok) expect(matcher.error).toMatch(/group|parenthes|\(/i);
    expect(findMatches(texts, labels, matcher).length).toBe(0);
  });

  it('matches nothing for an empty query', () => {
    const matcher = compileMatcher('', true);
    expect(matcher.ok && matcher.empty).toBe(true);
    expect(findMatches(texts, labels, matcher).length).toBe(0);
  });
});
