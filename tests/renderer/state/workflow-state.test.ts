import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TSNE_PARAMS,
  DEFAULT_UMAP_PARAMS,
  mapRequestSchema,
  type DatasetPreview,
  type EmbedderInfo,
  type JobEvent,
  type MapResult,
} from '../../../src/shared/contract';
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
    mapId: 'job-1',
    datasetId: 'ds-1',
    count,
    dims: 2,
    texts: Array<string>(count).fill('t'),
    labels: Array<string | null>(count).fill(null),
    coords: new Float32Array(count * 2),
    unembedded: [],
    columns: [],
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

  it('asks for a 3D layout once 3D is chosen', () => {
    expect(mapRequestOf(run([{ type: 'dimsChosen', dims: 3 }], ready))?.dims).toBe(3);
    expect(
      mapRequestOf(
        run(
          [
            { type: 'dimsChosen', dims: 3 },
            { type: 'dimsChosen', dims: 2 },
          ],
          ready,
        ),
      )?.dims,
    ).toBe(2);
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

describe('streamed layouts', () => {
  it('shows intermediate layouts of the running job, and returns to the last map when it is cancelled', () => {
    const previous = result(3);
    let state: WorkflowState = { ...INITIAL_WORKFLOW, result: previous };
    state = workflowReducer(state, { type: 'jobRequested' });
    state = workflowReducer(state, { type: 'jobStarted', jobId: 'job-9' });
    const texts = ['a', 'b'];
    const labels = ['x', null];
    state = workflowReducer(state, {
      type: 'jobEvent',
      event: { type: 'items', jobId: 'job-9', texts, labels },
    });
    const first = new Float32Array([0, 0, 1, 1]);
    const event = {
      type: 'layout',
      jobId: 'job-9',
      dims: 2,
      coords: first,
      epoch: 1,
      totalEpochs: 10,
    } as const;
    state = workflowReducer(state, { type: 'jobEvent', event });
    expect(state.job?.live).toEqual({ coords: first, dims: 2, texts, labels });
    // A layout of another job is not ours to show.
    const stray = { ...event, jobId: 'job-8', coords: new Float32Array([5, 5, 6, 6]) };
    state = workflowReducer(state, { type: 'jobEvent', event: stray });
    expect(state.job?.live?.coords).toBe(first);
    state = workflowReducer(state, { type: 'jobEvent', event: { type: 'cancelled', jobId: 'job-9' } });
    expect(state.job).toBeNull();
    expect(state.result).toBe(previous);
  });

  it('sends the UMAP parameters only with a UMAP request', () => {
    let state = workflowReducer(INITIAL_WORKFLOW, { type: 'datasetOpened', preview });
    state = workflowReducer(state, { type: 'embedderChosen', embedderId: 'tfidf-svd' });
    expect(mapRequestOf(state)?.umap).toBeUndefined();
    state = workflowReducer(state, { type: 'methodChosen', method: 'umap' });
    state = workflowReducer(state, { type: 'umapChanged', params: { neighbors: 5 } });
    expect(mapRequestOf(state)).toMatchObject({
      method: 'umap',
      umap: { ...DEFAULT_UMAP_PARAMS, neighbors: 5 },
    });
  });
});

describe('workflow t-SNE parameters', () => {
  it('start at the contract defaults, change by parts, and are sent only with a t-SNE request', () => {
    let state = workflowReducer(INITIAL_WORKFLOW, { type: 'datasetOpened', preview });
    state = workflowReducer(state, { type: 'embedderChosen', embedderId: 'tfidf-svd' });
    expect(state.tsne).toEqual(DEFAULT_TSNE_PARAMS);
    state = workflowReducer(state, { type: 'tsneChanged', params: { perplexity: 12 } });
    state = workflowReducer(state, { type: 'tsneChanged', params: { iterations: 400, metric: 'euclidean' } });
    expect(mapRequestOf(state)?.tsne).toBeUndefined();
    state = workflowReducer(state, { type: 'methodChosen', method: 'umap' });
    expect(mapRequestOf(state)?.tsne).toBeUndefined();
    state = workflowReducer(state, { type: 'methodChosen', method: 'tsne' });
    const request = mapRequestOf(state);
    expect(request).toMatchObject({
      method: 'tsne',
      tsne: { perplexity: 12, iterations: 400, learningRate: null, metric: 'euclidean' },
    });
    expect(request?.umap).toBeUndefined();
    // What the UI sends is what the core's boundary accepts.
    expect(mapRequestSchema.safeParse(request).success).toBe(true);
  });
});
