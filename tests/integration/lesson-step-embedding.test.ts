/**
 * The contextual lesson step ("One word, many meanings"): with a transformer model installed it maps the
 * lesson's word in context («замок», then "bank"), coloured by sense; without one it maps whole sentences
 * and the card keeps the sentence-level text. Checked on the bundled lesson and its data.
 */
import { describe, expect, it } from 'vitest';
import type { DatasetPreview, EmbedderInfo, MapResult } from '../../src/shared/contract';
import { wholeWordTest } from '../../src/node/embedders/transformer/word-occurrence';
import { BUNDLED_LESSONS, LESSON_DATA_FILES } from '../../src/renderer/src/lessons/bundled-lessons';
import { planStep } from '../../src/renderer/src/lessons/lesson-plan';
import { lessonStepSchema, type LessonStep } from '../../src/renderer/src/lessons/lesson-schema';
import { stepEmbedding } from '../../src/renderer/src/lessons/step-embedder';
import { INITIAL_WORKFLOW, type WorkflowState } from '../../src/renderer/src/state/workflow-state';

const text = { en: 'x', ru: 'х' };
function embedder(id: string, needsDownload = false): EmbedderInfo {
  return {
    id,
    name: text,
    description: text,
    languages: ['*'],
    dimension: 8,
    trainsOnInput: true,
    needsDownload,
  };
}

const lesson = BUNDLED_LESSONS.lessons.find((candidate) => candidate.id === 'one-word-many-meanings');
function stepAt(index: number): LessonStep {
  const step = lesson?.steps[index];
  if (step === undefined) throw new Error(`the polysemy lesson has no step ${index}`);
  return step;
}

const BUILT_IN = [embedder('tfidf-svd')];
const WITH_MODEL = [embedder('tfidf-svd'), embedder('model:tiny-bert')];

const preview: DatasetPreview = {
  datasetId: 'ds-1',
  name: 'polysemy-ru-en.csv',
  format: 'csv',
  columns: ['text', 'sense', 'word', 'language'],
  rowCount: 40,
  previewRows: [],
  suggestedTextColumn: 'text',
  suggestedLabelColumn: 'sense',
};

const opened: WorkflowState = {
  ...INITIAL_WORKFLOW,
  embedders: WITH_MODEL,
  embedderId: 'tfidf-svd',
  preview,
  textColumn: 'text',
  labelColumn: 'sense',
};

function tokenMap(word: string | null): Pick<WorkflowState, 'result' | 'resultRequest'> {
  const result: MapResult = {
    mapId: 'map-1',
    datasetId: 'ds-1',
    count: 20,
    dims: 2,
    texts: [],
    labels: [],
    coords: new Float32Array(0),
    explainedVariance: [],
    unembedded: [],
    columns: [
      { name: 'word', values: [] },
      { name: 'language', values: [] },
    ],
    embedderId: 'model:tiny-bert',
    embeddingDimension: 32,
    method: 'pca',
    seed: 42,
    elapsedMs: 1,
  };
  return {
    result,
    resultRequest: {
      datasetId: 'ds-1',
      textColumn: 'text',
      labelColumn: 'sense',
      embedderId: 'model:tiny-bert',
      method: 'pca',
      dims: 2,
      seed: 42,
      ...(word === null ? {} : { source: { kind: 'token' as const, word } }),
    },
  };
}

describe('the contextual lesson step', () => {
  it('maps «замок», then "bank", in context with a model, and whole sentences after them', () => {
    expect([0, 1, 2].map((index) => stepEmbedding(stepAt(index), WITH_MODEL))).toEqual([
      { embedderId: 'model:tiny-bert', word: 'замок' },
      { embedderId: 'model:tiny-bert', word: 'bank' },
      { embedderId: 'model:tiny-bert', word: null },
    ]);
  });

  it('falls back to whole sentences with the built-in embedder, or a model not downloaded yet', () => {
    const notDownloaded = [embedder('tfidf-svd'), embedder('model:tiny-bert', true)];
    for (const embedders of [BUILT_IN, notDownloaded]) {
      expect(stepEmbedding(stepAt(0), embedders)).toEqual({ embedderId: 'tfidf-svd', word: null });
    }
  });

  it('configures the word, maps, and shows only a map of that word in context', () => {
    const step = stepAt(0);
    expect(planStep(step, opened, false)).toEqual({
      type: 'configure',
      textColumn: 'text',
      labelColumn: 'sense',
      embedderId: 'model:tiny-bert',
      method: 'pca',
      word: 'замок',
    });
    const configured: WorkflowState = {
      ...opened,
      embedderId: 'model:tiny-bert',
      contextual: { enabled: true, word: 'замок' },
    };
    expect(planStep(step, configured, false)).toEqual({ type: 'map' });
    expect(planStep(step, { ...configured, ...tokenMap('замок') }, false)).toEqual({ type: 'show' });
    // A whole-sentence map, or the other word's, is not this step's.
    expect(planStep(step, { ...configured, ...tokenMap(null) }, false)).toEqual({ type: 'map' });
    expect(planStep(stepAt(1), { ...configured, ...tokenMap('замок') }, false)).toMatchObject({
      type: 'configure',
      word: 'bank',
    });
    // The next step maps whole sentences: the option is turned off again.
    const third = stepAt(2);
    const onSenseMap = { ...configured, ...tokenMap('bank'), labelColumn: 'word' };
    expect(planStep(third, onSenseMap, false)).toMatchObject({ type: 'configure', word: null });
  });

  it('without a model never turns the option on', () => {
    const builtIn = { ...opened, embedders: BUILT_IN, labelColumn: 'word' };
    expect(planStep(stepAt(0), builtIn, false)).toMatchObject({ type: 'configure', word: null });
    expect(planStep(stepAt(0), { ...builtIn, labelColumn: 'sense' }, false)).toEqual({ type: 'map' });
  });

  it('has a word-in-context text in both languages for each word step, and only for contextual steps', () => {
    for (const index of [0, 1]) {
      const token = stepAt(index).token;
      expect(token?.text.en).not.toBe(stepAt(index).text.en);
      expect(token?.text.ru).not.toBe(stepAt(index).text.ru);
    }
    const wordStep = { ...stepAt(0), embedder: 'sentences' };
    expect(lessonStepSchema.safeParse(wordStep).success).toBe(false);
  });

  it('has twenty sentences with each word as a whole word, ten per sense, so each token map has 20 points', () => {
    const rows = (LESSON_DATA_FILES['polysemy-ru-en.csv'] ?? '').trim().split('\n').slice(1);
    for (const word of ['замок', 'bank']) {
      const contains = wholeWordTest(word);
      const senses = rows
        .filter((row) => contains(row.split(',').slice(0, -3).join(',')))
        .map((row) => row.split(',').at(-3));
      expect(senses, word).toHaveLength(20);
      expect(new Set(senses).size, word).toBe(2);
      expect(
        senses.filter((sense) => sense === senses[0]),
        word,
      ).toHaveLength(10);
    }
  });
});
