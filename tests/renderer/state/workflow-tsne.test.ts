import { describe, expect, it } from 'vitest';
import { DEFAULT_TSNE_PARAMS, mapRequestSchema, type DatasetPreview } from '../../../src/shared/contract';
import {
  INITIAL_WORKFLOW,
  mapRequestOf,
  workflowReducer,
} from '../../../src/renderer/src/state/workflow-state';

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
