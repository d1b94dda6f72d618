import { describe, expect, it } from 'vitest';
import type { DatasetPreview, MapRequest, MapResult } from '../../../src/shared/contract';
import {
  crashRestorePlan,
  importedMap,
  restoreComplete,
  withCoreRestored,
  type CoreRestore,
} from '../../../src/renderer/src/state/crash-restore-plan';
import {
  INITIAL_WORKFLOW,
  startupSettled,
  workflowReducer,
  type WorkflowState,
} from '../../../src/renderer/src/state/workflow-state';

function preview(datasetId: string, name = 'words.csv'): DatasetPreview {
  return {
    datasetId,
    name,
    format: 'csv',
    columns: ['text', 'label'],
    rowCount: 3,
    previewRows: [],
    suggestedTextColumn: 'text',
    suggestedLabelColumn: 'label',
  };
}

function map(mapId: string, datasetId: string): MapResult {
  return {
    mapId,
    datasetId,
    count: 3,
    dims: 2,
    texts: ['a', 'b', 'c'],
    labels: [null, null, null],
    coords: new Float32Array([0, 1, 2, 3, 4, 5]),
    explainedVariance: [],
    unembedded: [],
    columns: [],
    embedderId: 'tfidf-svd',
    embeddingDimension: 8,
    method: 'pca',
    seed: 42,
    elapsedMs: 1,
  };
}

const sample = { kind: 'sample', sampleId: 'words-ru-en' } as const;
const file = { kind: 'file', file: new File(['text\nx\ny\nz'], 'mine.csv') } as const;
const crash = { code: 'worker-crashed', message: 'The compute worker stopped unexpectedly.' } as const;

describe('crashRestorePlan', () => {
  it('has nothing to do when the screen held nothing of the core', () => {
    expect(crashRestorePlan({ result: null, previewDatasetId: null, source: sample })).toBeNull();
  });

  it('restores the map from the autosave, and reopens its data only if the autosave lacks the map', () => {
    expect(
      crashRestorePlan({ result: { mapId: 'm1', datasetId: 'd1' }, previewDatasetId: 'd1', source: sample }),
    ).toEqual({ mapId: 'm1', reopen: null, reopenIfMapMissing: sample });
  });

  it('reopens a data set that was opened but not mapped yet, from the chosen file', () => {
    expect(
      crashRestorePlan({ result: { mapId: 'm1', datasetId: 'd1' }, previewDatasetId: 'd2', source: file }),
    ).toEqual({ mapId: 'm1', reopen: file, reopenIfMapMissing: null });
    expect(crashRestorePlan({ result: null, previewDatasetId: 'd2', source: sample })).toEqual({
      mapId: null,
      reopen: sample,
      reopenIfMapMissing: null,
    });
  });
});

describe('importedMap', () => {
  const imported = {
    datasets: [preview('d9', 'other.csv'), preview('d10')],
    maps: [map('p-2', 'd10')],
    renamedMaps: { m1: 'p-2' },
  };

  it('follows renamedMaps to the new map, its data set and that data set’s preview', () => {
    expect(importedMap('m1', imported)).toEqual({ mapId: 'p-2', datasetId: 'd10', preview: preview('d10') });
  });

  it('is null for a map the autosave does not hold (made after it, or another session’s)', () => {
    expect(importedMap('m7', imported)).toBeNull();
  });
});

describe('restoreComplete', () => {
  const plan = { mapId: 'm1', reopen: null, reopenIfMapMissing: sample };
  const snapshot = { result: { mapId: 'm1', datasetId: 'd1' }, previewDatasetId: 'd1', source: sample };
  const renamed = { from: 'm1', fromDatasetId: 'd1', mapId: 'p-1', datasetId: 'd5' };

  it('is complete only when both the map and the open data set are back', () => {
    expect(
      restoreComplete(plan, snapshot, { map: renamed, dataset: { from: 'd1', preview: preview('d5') } }),
    ).toBe(true);
    expect(
      restoreComplete(plan, snapshot, { map: null, dataset: { from: 'd1', preview: preview('d5') } }),
    ).toBe(false);
    expect(restoreComplete(plan, snapshot, { map: renamed, dataset: null })).toBe(false);
  });
});

describe('withCoreRestored', () => {
  const request: MapRequest = {
    datasetId: 'd1',
    textColumn: 'text',
    labelColumn: 'label',
    embedderId: 'tfidf-svd',
    method: 'pca',
    dims: 2,
    seed: 42,
  };
  const crashed: WorkflowState = {
    ...INITIAL_WORKFLOW,
    preview: preview('d1'),
    textColumn: 'text',
    labelColumn: null,
    result: map('m1', 'd1'),
    resultRequest: request,
    error: crash,
  };
  const complete: CoreRestore = {
    map: { from: 'm1', fromDatasetId: 'd1', mapId: 'p-1', datasetId: 'd5' },
    dataset: { from: 'd1', preview: preview('d5') },
    complete: true,
  };

  it('renames the map on screen, keeps its points, takes the new preview, and trades the error for a notice', () => {
    const restored = workflowReducer(crashed, { type: 'coreRestored', restore: complete });
    expect(restored.result?.mapId).toBe('p-1');
    expect(restored.result?.datasetId).toBe('d5');
    expect(restored.result?.coords).toBe(crashed.result?.coords);
    expect(restored.resultRequest?.datasetId).toBe('d5');
    expect(restored.preview?.datasetId).toBe('d5');
    // The user's column choice survives (the default would be the suggested label column).
    expect(restored.labelColumn).toBeNull();
    expect(restored.error).toBeNull();
    expect(restored.notice).toBe('core-restored');
    expect(workflowReducer(restored, { type: 'noticeDismissed' }).notice).toBeNull();
    expect(workflowReducer(restored, { type: 'jobRequested' }).notice).toBeNull();
  });

  it('leaves the crash error and gives no notice when not everything came back', () => {
    const partial = withCoreRestored(crashed, { ...complete, map: null, complete: false });
    expect(partial.result?.mapId).toBe('m1');
    expect(partial.preview?.datasetId).toBe('d5');
    expect(partial.error).toBe(crash);
    expect(partial.notice).toBeNull();
  });

  it('leaves ids alone that no longer match (the user moved on while the restore ran)', () => {
    const movedOn: WorkflowState = {
      ...crashed,
      result: map('m2', 'd3'),
      preview: preview('d3'),
      error: null,
    };
    const after = withCoreRestored(movedOn, complete);
    expect(after.result?.mapId).toBe('m2');
    expect(after.preview?.datasetId).toBe('d3');
  });

  it('keeps an error that is not a crash', () => {
    const other = { code: 'unknown-column', message: 'x' } as const;
    expect(withCoreRestored({ ...crashed, error: other }, complete).error).toBe(other);
  });
});

describe('startupSettled', () => {
  it('settles at the end of a start-up that found no sample (no map and no error ever comes)', () => {
    const catalogued = workflowReducer(INITIAL_WORKFLOW, {
      type: 'catalogLoaded',
      samples: [],
      embedders: [],
    });
    expect(startupSettled(catalogued)).toBe(false);
    expect(startupSettled(workflowReducer(catalogued, { type: 'startupFinished' }))).toBe(true);
  });

  it('waits while the start-up map still runs, even after the start-up itself returned', () => {
    const finished = workflowReducer(INITIAL_WORKFLOW, { type: 'startupFinished' });
    const mapping = workflowReducer(finished, { type: 'jobRequested' });
    expect(startupSettled(mapping)).toBe(false);
    expect(startupSettled(workflowReducer(mapping, { type: 'jobStartFailed', error: crash }))).toBe(true);
  });
});
