import { describe, expect, it } from 'vitest';
import type { DatasetPreview, EmbedderInfo, JobEvent, MapResult } from '../../../src/shared/contract';
import {
  canRun,
  defaultColumns,
  defaultEmbedderId,
  DEFAULT_SEED,
  INITIAL_WORKFLOW,
  mapRequestOf,
  workflowReducer,
  type WorkflowAction,
  type WorkflowState,
} from '../../../src/renderer/src/state/workflow-state';

const text = { en: 'x', ru: 'х' };

function embedder(id: string, needsDownload: boolean): EmbedderInfo {
  return {
    id,
    name: text,
    description: text,
    languages: ['*'],
    dimension: 8,
    trainsOnInput: false,
    needsDownload,
  };
}

const preview: DatasetPreview = {
  datasetId: 'ds-1',
  name: 'animals.csv',
  format: 'csv',
  columns: ['text', 'kind'],
  rowCount: 3,
  previewRows: [['cat', 'pet']],
  suggestedTextColumn: 'text',
  suggestedLabelColumn: 'kind',
};

function result(count: number): MapResult {
  return {
    datasetId: 'ds-1',
    count,
    dims: 2,
    texts: Array<string>(count).fill('t'),
    labels: Array<string | null>(count).fill(null),
    coords: new Float32Array(count * 2),
    unembedded: [],
    explainedVariance: [0.5, 0.2],
    embedderId: 'hash',
    embeddingDimension: 8,
    method: 'pca',
    seed: DEFAULT_SEED,
    elapsedMs: 1,
  };
}

function run(actions: readonly WorkflowAction[], from: WorkflowState = INITIAL_WORKFLOW): WorkflowState {
  return actions.reduce(workflowReducer, from);
}

const ready = run([
  { type: 'catalogLoaded', samples: [], embedders: [embedder('remote', true), embedder('hash', false)] },
  { type: 'openStarted', sampleId: 'animals' },
  { type: 'datasetOpened', preview },
]);

describe('defaults', () => {
  it('prefers an embedder that needs no download', () => {
    expect(defaultEmbedderId([embedder('a', true), embedder('b', false)])).toBe('b');
    expect(defaultEmbedderId([embedder('a', true)])).toBe('a');
    expect(defaultEmbedderId([])).toBe('');
  });

  it('takes the suggested columns only when they exist and differ', () => {
    expect(defaultColumns(preview)).toEqual({ textColumn: 'text', labelColumn: 'kind' });
    expect(defaultColumns({ ...preview, suggestedTextColumn: 'nope', suggestedLabelColumn: 'text' })).toEqual(
      {
        textColumn: 'text',
        labelColumn: null,
      },
    );
  });
});

describe('workflowReducer', () => {
  it('builds the map request from the opened dataset and the choices', () => {
    expect(ready.opening).toBe(false);
    expect(mapRequestOf(ready)).toEqual({
      datasetId: 'ds-1',
      textColumn: 'text',
      labelColumn: 'kind',
      embedderId: 'hash',
      method: 'pca',
      dims: 2,
      seed: DEFAULT_SEED,
    });
    const changed = run([{ type: 'textColumnChosen', column: 'kind' }], ready);
    expect(changed.labelColumn).toBeNull();
    expect(canRun(INITIAL_WORKFLOW)).toBe(false);
    expect(canRun(ready)).toBe(true);
  });

  it('tracks a job from request to result, ignoring other jobs', () => {
    const started = run([{ type: 'jobRequested' }, { type: 'jobStarted', jobId: 'j1' }], ready);
    expect(canRun(started)).toBe(false);
    const progressed = run(
      [
        {
          type: 'jobEvent',
          event: { type: 'progress', jobId: 'j1', stage: 'embed', fraction: 0.4, done: 4, total: 10 },
        },
        { type: 'jobEvent', event: { type: 'progress', jobId: 'other', stage: 'reduce', fraction: 0.9 } },
      ],
      started,
    );
    expect(progressed.job).toMatchObject({ fraction: 0.4, stage: 'embed', done: 4, total: 10 });
    const done = run(
      [{ type: 'jobEvent', event: { type: 'done', jobId: 'j1', result: result(3) } }],
      progressed,
    );
    expect(done.job).toBeNull();
    expect(done.result?.count).toBe(3);
  });

  it('replays events that arrived before startMap answered', () => {
    const early: JobEvent[] = [
      { type: 'progress', jobId: 'j2', stage: 'prepare', fraction: 0.1 },
      { type: 'done', jobId: 'j2', result: result(5) },
    ];
    const state = run(
      [
        { type: 'jobRequested' },
        ...early.map((event): WorkflowAction => ({ type: 'jobEvent', event })),
        { type: 'jobStarted', jobId: 'j2' },
      ],
      ready,
    );
    expect(state.job).toBeNull();
    expect(state.result?.count).toBe(5);
  });

  it('keeps the displayed map when a later job fails, and shows the error', () => {
    const shown = { ...ready, result: result(4) };
    const failed = run(
      [
        { type: 'jobRequested' },
        { type: 'jobStarted', jobId: 'j3' },
        {
          type: 'jobEvent',
          event: { type: 'failed', jobId: 'j3', error: { code: 'too-few-items', message: 'Too few.' } },
        },
      ],
      shown,
    );
    expect(failed.result).toBe(shown.result);
    expect(failed.error?.code).toBe('too-few-items');
    expect(failed.job).toBeNull();
    expect(run([{ type: 'errorDismissed' }], failed).error).toBeNull();
  });

  it('ends a cancelled job quietly and clamps progress', () => {
    const state = run(
      [
        { type: 'jobRequested' },
        { type: 'jobStarted', jobId: 'j4' },
        { type: 'jobEvent', event: { type: 'progress', jobId: 'j4', stage: 'embed', fraction: 1.7 } },
      ],
      ready,
    );
    expect(state.job?.fraction).toBe(1);
    const cancelling = run([{ type: 'cancelRequested' }], state);
    expect(cancelling.job?.cancelling).toBe(true);
    const cancelled = run([{ type: 'jobEvent', event: { type: 'cancelled', jobId: 'j4' } }], cancelling);
    expect(cancelled.job).toBeNull();
    expect(cancelled.error).toBeNull();
  });

  it('reports a failed open without losing the open dataset', () => {
    const failed = run(
      [
        { type: 'openStarted', sampleId: null },
        { type: 'openFailed', error: { code: 'empty-file', message: 'Empty.', params: { file: 'a.txt' } } },
      ],
      ready,
    );
    expect(failed.opening).toBe(false);
    expect(failed.preview).toBe(preview);
    expect(failed.error?.code).toBe('empty-file');
  });
});
