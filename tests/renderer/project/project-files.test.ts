import { describe, expect, it } from 'vitest';
import type { DatasetPreview, MapResult } from '../../../src/shared/contract';
import { fileKindOf, firstRestored, projectViewOf } from '../../../src/renderer/src/state/project-files';
import { INITIAL_WORKFLOW, workflowReducer } from '../../../src/renderer/src/state/workflow-state';

function preview(datasetId: string): DatasetPreview {
  return {
    datasetId,
    name: `${datasetId}.csv`,
    format: 'csv',
    columns: ['text', 'kind'],
    rowCount: 3,
    previewRows: [['cat', 'pet']],
    suggestedTextColumn: 'text',
    suggestedLabelColumn: 'kind',
  };
}

function map(mapId: string, datasetId: string, dims: 2 | 3 = 2): MapResult {
  return {
    mapId,
    datasetId,
    count: 2,
    dims,
    texts: ['a', 'b'],
    labels: [null, null],
    coords: new Float32Array(2 * dims).map((_, index) => index / 3),
    explainedVariance: [],
    unembedded: [],
    columns: [],
    embedderId: 'tfidf-svd',
    embeddingDimension: 8,
    method: 'umap',
    seed: 42,
    elapsedMs: 1,
  };
}

describe('fileKindOf', () => {
  it('knows data files by the extensions the file picker accepts, in any case', () => {
    for (const name of [
      'a.txt',
      'b.CSV',
      'c.tsv',
      'd.json',
      'e.jsonl',
      'f.ndjson',
      'g.Npy',
      'words.v2.csv',
    ]) {
      expect(fileKindOf(name), name).toBe('data');
    }
  });

  it('knows project files by .esproj', () => {
    expect(fileKindOf('embedding-map.esproj')).toBe('project');
    expect(fileKindOf('MAP.ESPROJ')).toBe('project');
  });

  it('calls everything else other, also names that only contain an extension', () => {
    for (const name of ['photo.png', 'notes.docx', 'csv', 'archive.csv.zip', 'project.esproj.bak', '']) {
      expect(fileKindOf(name), name).toBe('other');
    }
  });
});

describe('firstRestored', () => {
  it('shows the first map and the data set it was drawn from', () => {
    const restored = firstRestored({
      datasets: [preview('ds-a'), preview('ds-b')],
      maps: [map('m-2', 'ds-b'), map('m-1', 'ds-a')],
    });
    expect(restored.result?.mapId).toBe('m-2');
    expect(restored.preview?.datasetId).toBe('ds-b');
  });

  it('has no preview when the map’s data set is missing, and shows a lone data set without a map', () => {
    expect(firstRestored({ datasets: [preview('ds-a')], maps: [map('m', 'ds-x')] }).preview).toBeNull();
    expect(firstRestored({ datasets: [preview('ds-a')], maps: [] })).toEqual({
      result: null,
      preview: preview('ds-a'),
      view: null,
    });
  });
});

describe('projectViewOf', () => {
  it('is plain JSON: version 2, method, dims and columns, and the default look without one', () => {
    const view = projectViewOf(map('m', 'ds', 3), { textColumn: 'text', labelColumn: null });
    expect(JSON.parse(JSON.stringify(view))).toEqual({
      version: 2,
      method: 'umap',
      dims: 3,
      textColumn: 'text',
      labelColumn: null,
      coloring: { colorBy: { kind: 'label' }, sizeBy: null },
      camera: null,
      selection: [],
      hiddenLegend: [],
      labelFontPx: 12,
      tools: {},
    });
  });
});

describe('projectOpened', () => {
  it('shows the restored map exactly as given, with its dims and data set, and ends the opening', () => {
    const restored = map('m-9', 'ds-a', 3);
    const opening = workflowReducer(INITIAL_WORKFLOW, { type: 'openStarted', sampleId: null });
    const state = workflowReducer(opening, {
      type: 'projectOpened',
      result: restored,
      preview: preview('ds-a'),
      view: null,
    });
    expect(state.result).toBe(restored);
    expect(state.dims).toBe(3);
    expect(state.opening).toBe(false);
    expect(state.job).toBeNull();
    expect(state.preview?.datasetId).toBe('ds-a');
    expect(state.textColumn).toBe('text');
    expect(state.labelColumn).toBe('kind');
  });

  it('keeps the current data set when the project has none for the map', () => {
    const before = workflowReducer(INITIAL_WORKFLOW, { type: 'datasetOpened', preview: preview('ds-old') });
    const state = workflowReducer(before, {
      type: 'projectOpened',
      result: map('m', 'ds-x'),
      preview: null,
      view: null,
    });
    expect(state.preview?.datasetId).toBe('ds-old');
    expect(state.result?.mapId).toBe('m');
  });
});
