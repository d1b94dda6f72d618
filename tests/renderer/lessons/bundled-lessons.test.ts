import { describe, expect, it } from 'vitest';
import { BUNDLED_LESSONS, LESSON_DATA_FILES } from '../../../src/renderer/src/lessons/bundled-lessons';

/** The sample index and the teaching corpus, read as the renderer build reads lessons (no Node types here). */
const RESOURCES = import.meta.glob<string>(
  '../../../resources/samples/{index.json,teaching-corpus-ru-en.txt}',
  {
    query: '?raw',
    import: 'default',
    eager: true,
  },
);
const sampleIds = (
  JSON.parse(RESOURCES['../../../resources/samples/index.json'] ?? '[]') as { id: string }[]
).map((sample) => sample.id);
/** The teaching corpus's words, lower-cased, as the tokeniser sees them (letters and digits). */
const corpusWords = new Set(
  (RESOURCES['../../../resources/samples/teaching-corpus-ru-en.txt'] ?? '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu),
);

/** Sentences in an explanation: runs ending in . ! ? or an ellipsis. */
function sentenceCount(text: string): number {
  return text.split(/(?<=[.!?…])\s+/u).filter((part) => part.trim() !== '').length;
}

/** The first column of a bundled CSV data file (header left out). */
function firstColumn(file: string): string[] {
  return (LESSON_DATA_FILES[file] ?? '')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',')[0] ?? '');
}

describe('the bundled lessons', () => {
  const { lessons, problems } = BUNDLED_LESSONS;

  it('finds the sample index and the corpus', () => {
    expect(sampleIds).toContain('words-ru-en');
    expect(corpusWords.size).toBeGreaterThan(500);
  });

  it('all validate, and the six lessons of the brief are there in order', () => {
    expect(problems).toEqual([]);
    expect(lessons.map((lesson) => lesson.id)).toEqual([
      'words-become-vectors',
      'similar-words-are-close',
      'sentences-too',
      'one-word-many-meanings',
      'pca-vs-umap',
      'analogies',
    ]);
  });

  it('name only samples that resources/samples/index.json lists and data files that are bundled', () => {
    for (const lesson of lessons) {
      for (const step of lesson.steps) {
        if ('sample' in step.data) expect(sampleIds, lesson.id).toContain(step.data.sample);
        else expect(Object.keys(LESSON_DATA_FILES), lesson.id).toContain(step.data.file);
      }
    }
  });

  it('speak both languages: Russian text in Cyrillic, English text in Latin letters, 2–5 sentences a step', () => {
    for (const lesson of lessons) {
      for (const text of [lesson.title, lesson.summary, ...lesson.steps.flatMap((s) => [s.title, s.text])]) {
        expect(text.ru, lesson.id).toMatch(/\p{Script=Cyrillic}{3}/u);
        expect(text.en, lesson.id).toMatch(/[A-Za-z]{3}/);
        expect(text.ru).not.toBe(text.en);
      }
      for (const step of lesson.steps) {
        for (const language of ['en', 'ru'] as const) {
          const count = sentenceCount(step.text[language]);
          expect(count, `${lesson.id} “${step.title.en}” (${language})`).toBeGreaterThanOrEqual(2);
          expect(count, `${lesson.id} “${step.title.en}” (${language})`).toBeLessThanOrEqual(5);
        }
      }
    }
  });

  it('use only words of the teaching corpus in word lists and analogies, so nothing is left off the map', () => {
    const similar = firstColumn('similar-words-ru-en.csv');
    expect(similar).toHaveLength(12);
    expect(similar.filter((word) => !corpusWords.has(word))).toEqual([]);
    const analogyWords = lessons
      .flatMap((lesson) => lesson.steps)
      .flatMap((step) => {
        const analogy = step.presets?.analogy;
        if (analogy === undefined) return [];
        return [...analogy.expression.split(/\s*[-−+]\s*/u), ...(analogy.expected ?? '').split(' ')];
      })
      .filter((word) => word !== '')
      // The tokeniser lower-cases, and so does the vocabulary lookup: «Москва» is the corpus word «москва».
      .map((word) => word.toLowerCase());
    expect(analogyWords.length).toBeGreaterThanOrEqual(6);
    expect(analogyWords).toEqual(expect.arrayContaining(['king', 'queen', 'москва', 'париж']));
    expect(analogyWords.filter((word) => !corpusWords.has(word))).toEqual([]);
    // The analogy lesson's maps: 9 gender pairs, and 10 capitals with their countries, in each language.
    const genderMap = firstColumn('gender-pairs-ru-en.csv');
    const capitalsMap = firstColumn('capitals-ru-en.csv').map((word) => word.toLowerCase());
    expect([genderMap.length, capitalsMap.length]).toEqual([36, 40]);
    expect([...genderMap, ...capitalsMap].filter((word) => !corpusWords.has(word))).toEqual([]);
  });

  it('polysemy sentences: ten per sense, and each contains its word', () => {
    const rows = (LESSON_DATA_FILES['polysemy-ru-en.csv'] ?? '').trim().split('\n').slice(1);
    const senses = new Map<string, number>();
    for (const row of rows) {
      const [sense = '', word = ''] = row.split(',').slice(-3);
      senses.set(sense, (senses.get(sense) ?? 0) + 1);
      const stem = word === 'замок' ? 'зам' : word;
      expect(row.toLowerCase(), row).toContain(stem);
    }
    expect(Object.fromEntries(senses)).toEqual({ castle: 10, lock: 10, river: 10, money: 10 });
  });
});
