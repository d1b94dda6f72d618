import { describe, expect, it } from 'vitest';
import { classTfIdf } from '../../../src/core/clustering/class-tf-idf';
import { isWordMap, nameClusters } from '../../../src/core/clustering/cluster-names';
import { keywordTokens } from '../../../src/core/clustering/keyword-tokens';
import { unitRows } from '../../../src/core/clustering/unit-rows';

/** A small bilingual corpus: cluster 0 is about football, 1 about cooking (RU), 2 about space (EN + RU). */
const TEXTS = [
  'The team scored a goal and the team won the match.',
  'The goalkeeper saved the match for the team.',
  'A late goal in the match and the team was happy.',
  'Мы варим суп и режем овощи для супа.',
  'Суп с овощами и хлебом, и ещё суп.',
  'Повар варит суп из свежих овощей.',
  'The rocket reached orbit and the astronauts saw the planet.',
  'Ракета вышла на орбиту, и космонавты увидели планету.',
  'A new rocket will carry astronauts to orbit in 2030.',
];
const LABELS = Int32Array.from([0, 0, 0, 1, 1, 1, 2, 2, 2]);

describe('cluster names', () => {
  it('keeps letters, drops stop words, one-letter tokens and numbers, folds ё', () => {
    expect(keywordTokens('The cat и the dog, а ещё 2030 ёлка x')).toEqual(['cat', 'dog', 'елка']);
  });

  it('picks the planted topic words with class-based TF-IDF and never a stop word', () => {
    const keywords = classTfIdf(TEXTS, LABELS, 3, 5);
    console.log(`c-TF-IDF keywords: ${keywords.map((words) => words.join(', ')).join(' | ')}`);
    // team 4 times, match 3, goal 2 (goalkeeper is another word); суп 4 times, only in cluster 1.
    expect(keywords[0]?.slice(0, 3)).toEqual(['team', 'match', 'goal']);
    expect(keywords[1]?.[0]).toBe('суп');
    expect(keywords[2]?.slice(0, 3)).toEqual(['astronauts', 'orbit', 'rocket']);
    for (const words of keywords) {
      expect(words).toHaveLength(5);
      for (const stop of ['и', 'the', 'and', 'in', 'для', 'ещё', 'еще', 'was'])
        expect(words).not.toContain(stop);
    }
  });

  it('weighs a word shared by every cluster below one that only one cluster uses', () => {
    const texts = ['apple common', 'apple common', 'pear common', 'pear common'];
    const keywords = classTfIdf(texts, Int32Array.from([0, 0, 1, 1]), 2, 2);
    expect(keywords).toEqual([
      ['apple', 'common'],
      ['pear', 'common'],
    ]);
  });

  it('leaves noise (−1) out of every cluster', () => {
    const keywords = classTfIdf(['noise words here', 'real topic'], Int32Array.from([-1, 0]), 1, 5);
    expect(keywords).toEqual([['real', 'topic']]);
  });

  it('names a map of single words by its most central words instead', () => {
    const texts = ['кошка', 'собака', 'мышь', 'компьютер', 'монитор'];
    expect(isWordMap(texts)).toBe(true);
    expect(isWordMap(TEXTS)).toBe(false);
    // Unit rows кошка (1, 0), собака (0.95, 0.31), мышь (0.6, 0.8): their sum (2.55, 1.11) gives cosines
    // ∝ 2.55, 2.77 and 2.42, so собака is the most central, мышь the least.
    const data = Float32Array.from([1, 0, 0, 0.95, 0.31, 0, 0.6, 0.8, 0, 0, 0, 1, 0, 0.2, 1]);
    const unit = unitRows({ data, norms: new Float32Array(5), rows: 5, dimension: 3 });
    const names = nameClusters(unit, texts, Int32Array.from([0, 0, 0, 1, 1]), 2);
    expect(names[0]?.keywords).toEqual(['собака', 'кошка', 'мышь']);
    expect(names[0]?.name).toBe('собака · кошка · мышь');
    expect([...(names[1]?.keywords ?? [])].sort()).toEqual(['компьютер', 'монитор']);
  });

  it('joins the top three keywords into the name, and falls back to "#n" without words', () => {
    const data = new Float32Array(4).fill(1);
    const unit = unitRows({ data, norms: new Float32Array(4), rows: 4, dimension: 1 });
    const texts = ['red green blue violet', 'red green blue violet', 'и the 42', 'и the'];
    const names = nameClusters(unit, texts, Int32Array.from([0, 0, 1, 1]), 2);
    expect(names[0]?.name).toBe('blue · green · red');
    expect(names[1]).toEqual({ keywords: [], name: '#2' });
  });
});
