import { describe, expect, it } from 'vitest';
import type { DatasetPreview, EmbedderInfo, JobEvent } from '../../../src/shared/contract';
import {
  contextualSourceOf,
  embedsWordsInContext,
  INITIAL_CONTEXTUAL_WORD,
} from '../../../src/renderer/src/state/contextual-word';
import {
  canRun,
  INITIAL_WORKFLOW,
  mapRequestOf,
  workflowReducer,
  type WorkflowAction,
  type WorkflowState,
} from '../../../src/renderer/src/state/workflow-state';

const text = { en: 'x', ru: 'х' };
const model: EmbedderInfo = {
  id: 'model:tiny',
  name: text,
  description: text,
  languages: ['*'],
  dimension: 32,
  trainsOnInput: false,
  needsDownload: false,
};
const preview: DatasetPreview = {
  datasetId: 'ds-1',
  name: 'zamok.csv',
  format: 'csv',
  columns: ['text'],
  rowCount: 3,
  previewRows: [['замок на двери']],
  suggestedTextColumn: 'text',
  suggestedLabelColumn: null,
};

function run(actions: readonly WorkflowAction[], from: WorkflowState = INITIAL_WORKFLOW): WorkflowState {
  return actions.reduce(workflowReducer, from);
}

const ready = run([
  { type: 'catalogLoaded', samples: [], embedders: [model] },
  { type: 'datasetOpened', preview },
]);

describe('contextual word option', () => {
  it('is offered for transformer models only', () => {
    expect(embedsWordsInContext('model:Xenova/all-MiniLM-L6-v2')).toBe(true);
    expect(embedsWordsInContext('tfidf-svd')).toBe(false);
    expect(embedsWordsInContext('vectors:glove.txt')).toBe(false);
  });

  it('asks for a token source with the trimmed word, and for nothing when off or not a model', () => {
    expect(contextualSourceOf({ enabled: true, word: ' замок ' }, 'model:tiny')).toEqual({
      kind: 'token',
      word: 'замок',
    });
    expect(contextualSourceOf({ enabled: true, word: '  ' }, 'model:tiny')).toBeNull();
    expect(contextualSourceOf({ enabled: false, word: 'bank' }, 'model:tiny')).toBeUndefined();
    expect(contextualSourceOf({ enabled: true, word: 'bank' }, 'tfidf-svd')).toBeUndefined();
    expect(INITIAL_CONTEXTUAL_WORD).toEqual({ enabled: false, word: '' });
  });

  it('puts the source into the map request, and blocks "Map it" until a word is typed', () => {
    expect(mapRequestOf(ready)?.source).toBeUndefined();
    const on = run([{ type: 'contextualChanged', change: { enabled: true } }], ready);
    expect(mapRequestOf(on)).toBeNull();
    expect(canRun(on)).toBe(false);
    const typed = run([{ type: 'contextualChanged', change: { word: 'Замок' } }], on);
    expect(mapRequestOf(typed)?.source).toEqual({ kind: 'token', word: 'Замок' });
    expect(canRun(typed)).toBe(true);
    const off = run([{ type: 'contextualChanged', change: { enabled: false } }], typed);
    expect(mapRequestOf(off)?.source).toBeUndefined();
    expect(off.contextual.word).toBe('Замок');
  });
});

describe('embed rate in the job state', () => {
  it('keeps texts/s and time left from progress events, and clears them when a stage has none', () => {
    const started = run([{ type: 'jobRequested' }, { type: 'jobStarted', jobId: 'job-1' }], ready);
    expect(started.job).toMatchObject({ ratePerSecond: null, etaMs: null });
    const embedding: JobEvent = {
      type: 'progress',
      jobId: 'job-1',
      stage: 'embed',
      fraction: 0.4,
      done: 120,
      total: 300,
      ratePerSecond: 60,
      etaMs: 3000,
    };
    const measured = run([{ type: 'jobEvent', event: embedding }], started);
    expect(measured.job).toMatchObject({ ratePerSecond: 60, etaMs: 3000, done: 120, total: 300 });
    const reducing: JobEvent = { type: 'progress', jobId: 'job-1', stage: 'reduce', fraction: 0.9 };
    expect(run([{ type: 'jobEvent', event: reducing }], measured).job).toMatchObject({
      ratePerSecond: null,
      etaMs: null,
    });
  });
});
