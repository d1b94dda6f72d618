import { describe, expect, it } from 'vitest';
import type { DistanceMetric } from '../../../../src/shared/contract';
import { WordVectors } from '../../../../src/core/embedders/word-vectors/word-vectors';
import { createRandom } from '../../../../src/core/math/random';

function vocabulary(entries: readonly (readonly [string, readonly number[]])[]): WordVectors {
  const words = entries.map(([word]) => word);
  const data = Float32Array.from(entries.flatMap(([, vector]) => vector));
  return new WordVectors(
    words,
    data,
    entries[0]?.[1].length ?? 0,
    new Map(words.map((word, row) => [word, row])),
  );
}

/** Compass words in 2-d: direction and length disagree on purpose, so the two metrics rank differently. */
const COMPASS = vocabulary([
  ['east', [1, 0]],
  ['north', [0, 1]],
  ['far-east', [10, 0.5]],
  ['west', [-1, 0]],
  ['northeast', [1, 1]],
  ['Moscow', [0.5, 0.5]],
]);

function neighbours(word: string, metric: DistanceMetric, k = 10): [string, number][] {
  const row = COMPASS.find(word);
  if (row === undefined) throw new Error(word);
  return COMPASS.nearestToWord(row, { k, metric }).map(({ word: found, score }) => [
    found,
    Number(score.toFixed(4)),
  ]);
}

describe('WordVectors', () => {
  it('ranks by cosine similarity: direction only', () => {
    expect(neighbours('east', 'cosine')).toEqual([
      ['far-east', 0.9988],
      ['northeast', 0.7071],
      ['Moscow', 0.7071],
      ['north', 0],
      ['west', -1],
    ]);
  });

  it('ranks by euclidean distance: direction and length', () => {
    expect(neighbours('east', 'euclidean')).toEqual([
      ['Moscow', 0.7071],
      ['northeast', 1],
      ['north', 1.4142],
      ['west', 2],
      ['far-east', 9.0139],
    ]);
  });

  it('returns at most k words, never the query word, and skips excluded words', () => {
    expect(neighbours('east', 'cosine', 2).map(([word]) => word)).toEqual(['far-east', 'northeast']);
    const row = COMPASS.rowOf('east') ?? -1;
    const found = COMPASS.nearestToWord(row, { k: 2, metric: 'cosine', exclude: ['far-east'] });
    expect(found.map(({ word }) => word)).toEqual(['northeast', 'Moscow']);
    const byVector = COMPASS.nearestToVector(new Float32Array([0, 2]), { k: 1, metric: 'cosine' });
    expect(byVector).toEqual([{ word: 'north', row: 1, score: 1 }]);
  });

  it('finds a word trimmed, as written, then lower-cased; not the other way round', () => {
    expect(COMPASS.find('  East ')).toBe(0);
    expect(COMPASS.find('Moscow')).toBe(5);
    expect(COMPASS.find('moscow')).toBeUndefined();
    expect(COMPASS.find('south')).toBeUndefined();
  });

  it('agrees with a plain reference search on random vectors, for both metrics', () => {
    const random = createRandom(11);
    const rows = 600;
    const dimension = 13;
    const entries = Array.from({ length: rows }, (_, row): [string, number[]] => [
      `w${row}`,
      Array.from({ length: dimension }, () => random.nextGaussian()),
    ]);
    const vectors = vocabulary(entries);
    const query = entries[7]?.[1].map(Math.fround) ?? [];
    for (const metric of ['cosine', 'euclidean'] as const) {
      const score = (vector: readonly number[]): number => {
        const fround = vector.map(Math.fround);
        if (metric === 'euclidean') return Math.hypot(...fround.map((value, i) => value - (query[i] ?? 0)));
        const dot = fround.reduce((sum, value, i) => sum + value * (query[i] ?? 0), 0);
        return dot / Math.hypot(...fround) / Math.hypot(...query);
      };
      const expected = entries
        .filter((_, row) => row !== 7)
        .map(([word, vector]) => ({ word, score: score(vector) }))
        .sort((a, b) => (metric === 'cosine' ? b.score - a.score : a.score - b.score))
        .slice(0, 10);
      const found = vectors.nearestToWord(7, { k: 10, metric });
      expect(found.map(({ word }) => word)).toEqual(expected.map(({ word }) => word));
      found.forEach((neighbour, i) => {
        expect(neighbour.score).toBeCloseTo(expected[i]?.score ?? Number.NaN, 4);
      });
    }
  });
});
