import { describe, expect, it } from 'vitest';
import type { DatasetPreview, EmbedderInfo, MapResult } from '../../../src/shared/contract';
import { planStep } from '../../../src/renderer/src/lessons/lesson-plan';
import {
  INITIAL_RUNNER_MEMORY,
  rememberCommand,
} from '../../../src/renderer/src/lessons/lesson-runner-memory';
import type { LessonStep } from '../../../src/renderer/src/lessons/lesson-schema';
import { LESSON_VECTORS_ID } from '../../../src/renderer/src/lessons/step-embedder';
import { INITIAL_WORKFLOW, type WorkflowState } from '../../../src/renderer/src/state/workflow-state';

const text = { en: 'x', ru: 'х' };
function embedder(id: string): EmbedderInfo {
  return {
    id,
    name: text,
    description: text,
    languages: ['*'],
    dimension: 8,
    trainsOnInput: true,
    needsDownload: false,
  };
}

const step: LessonStep = {
  title: text,
  text: { en: 'One. Two.', ru: 'Раз. Два.' },
  data: { file: 'similar.csv', textColumn: 'word', labelColumn: 'group' },
  embedder: 'word-vectors',
  method: 'pca',
  dims: 3,
  presets: { analogy: { expression: 'a − b + c' } },
};

const preview: DatasetPreview = {
  datasetId: 'ds-1',
  name: 'similar.csv',
  format: 'csv',
  columns: ['word', 'group', 'language'],
  rowCount: 12,
  previewRows: [],
  suggestedTextColumn: 'word',
  suggestedLabelColumn: 'language',
};

function result(overrides: Partial<MapResult> = {}): MapResult {
  return {
    mapId: 'map-1',
    datasetId: 'ds-1',
    count: 0,
    dims: 3,
    texts: [],
    labels: [],
    coords: new Float32Array(0),
    explainedVariance: [],
    unembedded: [],
    columns: [{ name: 'language', values: [] }],
    embedderId: LESSON_VECTORS_ID,
    embeddingDimension: 50,
    method: 'pca',
    seed: 42,
    elapsedMs: 1,
    ...overrides,
  };
}

const opened: WorkflowState = {
  ...INITIAL_WORKFLOW,
  embedders: [embedder('tfidf-svd')],
  embedderId: 'tfidf-svd',
  preview,
  textColumn: 'word',
  labelColumn: 'language',
};
const trained: WorkflowState = { ...opened, embedders: [embedder('tfidf-svd'), embedder(LESSON_VECTORS_ID)] };
const configured: WorkflowState = { ...trained, labelColumn: 'group', embedderId: LESSON_VECTORS_ID };

describe('planStep', () => {
  it('walks a word step from another data set to its map: open, train, configure, dimensions, map, show', () => {
    const elsewhere = {
      ...INITIAL_WORKFLOW,
      sampleId: 'sentences-ru-en',
      preview: { ...preview, name: 'sentences-ru-en.csv' },
    };
    expect(planStep(step, elsewhere, false)).toEqual({ type: 'open', data: step.data });
    expect(planStep(step, opened, false)).toEqual({ type: 'train' });
    expect(planStep(step, trained, false)).toEqual({
      type: 'configure',
      textColumn: 'word',
      labelColumn: 'group',
      embedderId: LESSON_VECTORS_ID,
      method: 'pca',
      word: null,
    });
    expect(planStep(step, configured, false)).toEqual({ type: 'set-dims', dims: 3 });
    expect(planStep(step, { ...configured, dims: 3 }, false)).toEqual({ type: 'map' });
    expect(planStep(step, { ...configured, dims: 3, result: result() }, false)).toEqual({ type: 'show' });
  });

  it('waits while anything runs, and re-maps when the map on screen is not the step’s', () => {
    expect(planStep(step, { ...opened, opening: true }, false)).toEqual({ type: 'wait' });
    expect(planStep(step, opened, true)).toEqual({ type: 'wait' });
    const ready = { ...configured, dims: 3 as const };
    expect(planStep(step, { ...ready, result: result({ method: 'umap' }) }, false)).toEqual({ type: 'map' });
    expect(planStep(step, { ...ready, result: result({ datasetId: 'ds-0' }) }, false)).toEqual({
      type: 'map',
    });
    // Coloured by another column: the map's extra columns differ.
    const byLanguage = result({ columns: [{ name: 'group', values: [] }] });
    expect(planStep(step, { ...ready, result: byLanguage }, false)).toEqual({ type: 'map' });
  });

  it('uses an installed model, else TF-IDF, for sentence steps, and says when a column is missing', () => {
    const sentences: LessonStep = { ...step, embedder: 'contextual', dims: 2 };
    const withModel = { ...opened, embedders: [embedder('tfidf-svd'), embedder('model:e5')] };
    expect(planStep(sentences, withModel, false)).toMatchObject({
      type: 'configure',
      embedderId: 'model:e5',
    });
    expect(planStep(sentences, opened, false)).toMatchObject({ type: 'configure', embedderId: 'tfidf-svd' });
    expect(planStep(sentences, { ...opened, embedders: [] }, false)).toEqual({
      type: 'unavailable',
      reason: 'no-embedder',
    });
    const noGroup = { ...trained, preview: { ...preview, columns: ['word'] } };
    expect(planStep(step, noGroup, false)).toEqual({ type: 'unavailable', reason: 'missing-column' });
  });
});

describe('rememberCommand', () => {
  it('issues each command once per state, fails a step whose command comes back, and bumps presets once', () => {
    const map = { type: 'map' } as const;
    const first = rememberCommand(INITIAL_RUNNER_MEMORY, 'k1', step, map, configured);
    expect(first.issued?.command).toEqual(map);
    // The same state again (a re-render before the effect ran): still the same pending command.
    expect(rememberCommand(first, 'k1', step, map, configured)).toBe(first);
    // Asked again after the workflow moved on (the map failed): the step fails.
    const failed = rememberCommand(first, 'k1', step, map, { ...configured });
    expect(failed).toMatchObject({ failed: true, issued: null });
    // A new visit starts afresh.
    const retried = rememberCommand(failed, 'k2', step, map, configured);
    expect(retried).toMatchObject({ failed: false, counts: { map: 1 } });
    const shown = rememberCommand(retried, 'k2', step, { type: 'show' }, configured);
    expect(shown.presets).toEqual({ revision: 1, analogy: { expression: 'a − b + c' } });
    expect(rememberCommand(shown, 'k2', step, { type: 'show' }, configured)).toBe(shown);
    expect(rememberCommand(shown, 'k3', step, { type: 'show' }, configured).presets.revision).toBe(2);
  });
});
