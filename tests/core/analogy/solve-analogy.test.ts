import { describe, expect, it } from 'vitest';
import { bareCore } from '../support/map-runner';
import { expectStudioError } from '../support/expect-studio-error';
import { utf8 } from '../support/encodings';
import { mapOf } from '../support/map-runner';
import { loadRoyal, mapWords, plainCosine, ROYAL_WORDS } from './royal-vectors';

const vectorOf = (word: string): number[] => [...(ROYAL_WORDS.find(([w]) => w === word)?.[1] ?? [])];
/** The target of king − man + woman on unit vectors, computed plainly. */
const TARGET = [vectorOf('king'), vectorOf('man'), vectorOf('woman')]
  .map((vector) => vector.map((value) => value / Math.hypot(...vector)))
  .reduce((sum, unit, term) => sum.map((value, i) => value + (term === 1 ? -1 : 1) * (unit[i] ?? 0)));
const scoreOf = (word: string): number => plainCosine(vectorOf(word), TARGET);

describe('solveAnalogy over a vocabulary', () => {
  it('finds queen for king − man + woman, with scores, the expected rank and a closed parallelogram', async () => {
    const core = bareCore();
    const embedderId = await loadRoyal(core);
    const solved = await core.solveAnalogy({
      embedderId,
      expression: 'king − man + woman',
      k: 3,
      excludeInputs: true,
      expected: 'Prince',
      mapId: null,
    });
    expect(solved.searchedIn).toBe('vocabulary');
    expect(solved.terms).toEqual([
      { text: 'king', sign: 1 },
      { text: 'man', sign: -1 },
      { text: 'woman', sign: 1 },
    ]);
    expect(solved.answers.map((answer) => answer.text)).toEqual(['queen', 'princess', 'prince']);
    for (const answer of solved.answers) expect(answer.score).toBeCloseTo(scoreOf(answer.text), 6);
    expect(solved.answers.every((answer) => answer.index === null)).toBe(true);
    expect(solved.expected).toMatchObject({ text: 'prince', rank: 3 });
    expect(solved.expected?.score).toBeCloseTo(scoreOf('prince'), 6);
    expect(solved.offsetCosine).toBeCloseTo(1, 6);
  });

  it('lets the input words compete when not excluded: the top answer and the expected rank change', async () => {
    // Here king lies closest to the target: x − y + z with y and z near each other leaves x nearly itself.
    const core = bareCore();
    const glove = 'x 1 0\ny 0.6 0.8\nz 0.8 0.6\nw 0.9 0.1\n';
    const { embedder } = await core.loadWordVectors({
      fileName: 'xy.txt',
      bytes: utf8(glove),
      maxWords: null,
      lenient: false,
    });
    const ask = (excludeInputs: boolean) =>
      core.solveAnalogy({
        embedderId: embedder.id,
        expression: 'x - y + z',
        k: 4,
        excludeInputs,
        expected: 'w',
        mapId: null,
      });
    const target = [1 - 0.6 + 0.8, 0 - 0.8 + 0.6];
    const excluded = await ask(true);
    expect(excluded.answers.map((answer) => answer.text)).toEqual(['w']);
    expect(excluded.expected?.rank).toBe(1);
    const included = await ask(false);
    expect(included.answers.map((answer) => answer.text)).toEqual(['x', 'w', 'z', 'y']);
    expect(included.answers[0]?.score).toBeCloseTo(plainCosine([1, 0], target), 6);
    expect(included.expected?.rank).toBe(2);
  });

  it('reports the expected answer without a rank when it is excluded or unknown', async () => {
    const core = bareCore();
    const embedderId = await loadRoyal(core);
    const base = { embedderId, expression: 'king - man + woman', k: 2, excludeInputs: true, mapId: null };
    expect((await core.solveAnalogy({ ...base, expected: 'woman' })).expected).toMatchObject({ rank: null });
    expect((await core.solveAnalogy({ ...base, expected: 'dragon' })).expected).toEqual({
      text: 'dragon',
      rank: null,
      score: null,
    });
    const withWoman = await core.solveAnalogy({ ...base, excludeInputs: false, expected: 'woman' });
    expect(withWoman.expected?.rank).toBe(3);
  });

  it('lists every word outside the vocabulary, and splits king-man+woman when it must', async () => {
    const core = bareCore();
    const embedderId = await loadRoyal(core);
    const base = { embedderId, k: 1, excludeInputs: true, expected: null, mapId: null };
    const error = await expectStudioError(
      () => core.solveAnalogy({ ...base, expression: 'king − dragon + unicorn' }),
      'out-of-vocabulary',
    );
    expect(error.params).toMatchObject({ words: 'dragon, unicorn', count: 2 });
    const split = await core.solveAnalogy({ ...base, expression: 'king-man+woman' });
    expect(split.answers[0]?.text).toBe('queen');
    await expectStudioError(
      () => core.solveAnalogy({ ...base, expression: 'king - ' }),
      'invalid-expression',
    );
  });

  it('marks answers that are items of the map by their index', async () => {
    const core = bareCore();
    const embedderId = await loadRoyal(core);
    const map = await mapWords(core, embedderId, ['apple', 'Queen', 'king', 'man', 'woman']);
    const solved = await core.solveAnalogy({
      embedderId,
      expression: 'king - man + woman',
      k: 2,
      excludeInputs: true,
      expected: null,
      mapId: map.mapId,
    });
    expect(solved.answers.map(({ text, index }) => [text, index])).toEqual([
      ['queen', 1],
      ['princess', null],
    ]);
    expect(solved.answers[0]?.score).toBeCloseTo(1, 6);
    expect(solved.answers[1]?.score).toBeCloseTo(scoreOf('princess'), 6);
  });
});

describe('solveAnalogy without a vocabulary', () => {
  const csv = ['text;v1;v2;v3;v4', ...ROYAL_WORDS.map(([word, vector]) => [word, ...vector].join(';'))].join(
    '\n',
  );

  it('searches the map items of precomputed vectors, finding the terms among them', async () => {
    const core = bareCore();
    const preview = await core.openFile({ fileName: 'royal.csv', bytes: utf8(csv) });
    const map = await mapOf(core, {
      datasetId: preview.datasetId,
      textColumn: 'text',
      labelColumn: null,
      embedderId: 'precomputed:vectors',
      method: 'pca',
      dims: 2,
      seed: 1,
      source: { kind: 'vectors', columns: ['v1', 'v2', 'v3', 'v4'] },
    });
    const solved = await core.solveAnalogy({
      embedderId: 'precomputed:vectors',
      expression: 'KING - man + woman',
      k: 2,
      excludeInputs: true,
      expected: 'prince',
      mapId: map.mapId,
    });
    expect(solved.searchedIn).toBe('map');
    expect(solved.answers.map(({ text, index }) => [text, index])).toEqual([
      ['queen', 3],
      ['princess', 4],
    ]);
    expect(solved.expected?.rank).toBe(3);
    const missing = await expectStudioError(
      () =>
        core.solveAnalogy({
          embedderId: 'precomputed:vectors',
          expression: 'king - dragon',
          k: 1,
          excludeInputs: true,
          expected: null,
          mapId: map.mapId,
        }),
      'out-of-vocabulary',
    );
    expect(missing.message).toContain("the map's items");
  });

  it('asks for a map when the embedder has no vocabulary', async () => {
    const core = bareCore();
    const error = await expectStudioError(
      () =>
        core.solveAnalogy({
          embedderId: 'tfidf-svd',
          expression: 'a - b + c',
          k: 1,
          excludeInputs: true,
          expected: null,
          mapId: null,
        }),
      'no-vocabulary',
    );
    expect(error.params).toMatchObject({ embedderId: 'tfidf-svd' });
  });
});
