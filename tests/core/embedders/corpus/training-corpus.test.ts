import { describe, expect, it } from 'vitest';
import { keepProbabilities } from '../../../../src/core/embedders/corpus/subsampling';
import { tokenize } from '../../../../src/core/embedders/corpus/tokenize';
import { readTrainingCorpus } from '../../../../src/core/embedders/corpus/training-corpus';
import { uninterruptible } from '../../../../src/core/jobs/cooperation';
import { expectStudioError } from '../../support/expect-studio-error';

describe('tokenize', () => {
  it('splits on anything but letters and digits, lower-cases, and keeps ё', () => {
    expect(tokenize('Ёжик, ЗЕЛЁНЫЙ чай — 2 чашки! The dog’s bone.')).toEqual([
      'ёжик',
      'зелёный',
      'чай',
      '2',
      'чашки',
      'the',
      'dog',
      's',
      'bone',
    ]);
  });

  it('treats a decomposed ё like the precomposed one', () => {
    expect(tokenize('е\u0308ж')).toEqual(['ёж']);
  });
});

describe('readTrainingCorpus', () => {
  it('keeps words seen minCount times, most frequent first, as ids in an Int32Array per sentence', async () => {
    const corpus = await readTrainingCorpus(['a b c a', 'b a d', '', 'd'], 2, uninterruptible());
    expect(corpus.vocabulary.words).toEqual(['a', 'b', 'd']);
    expect([...corpus.vocabulary.counts]).toEqual([3, 2, 2]);
    expect(corpus.tokens).toBeInstanceOf(Int32Array);
    expect([...corpus.tokens]).toEqual([0, 1, 0, 1, 0, 2, 2]);
    expect([...corpus.sentenceStarts]).toEqual([0, 3, 6, 7]);
    expect(corpus.totalWords).toBe(8);
  });

  it('says how many words were frequent enough when too few were', async () => {
    await expectStudioError(
      () => readTrainingCorpus(['one two three'], 2, uninterruptible()),
      'too-few-items',
    );
  });
});

describe('keepProbabilities', () => {
  it('follows word2vec: frequent words are kept less often, rare ones always', async () => {
    const lines = [Array.from({ length: 10_000 }, (_, i) => (i % 2 === 0 ? 'the' : `w${i % 500}`)).join(' ')];
    const corpus = await readTrainingCorpus(lines, 1, uninterruptible());
    const keep = keepProbabilities(corpus.vocabulary);
    const total = 10_000;
    const theCount = 5000;
    const expected = (Math.sqrt(theCount / (1e-3 * total)) + 1) * ((1e-3 * total) / theCount);
    expect(keep[corpus.vocabulary.index.get('the') ?? -1]).toBeCloseTo(expected, 6);
    expect(keep[corpus.vocabulary.index.get('w1') ?? -1]).toBe(1);
  });
});
