import { describe, expect, it } from 'vitest';
import type { EmbedderInfo, MapRequest } from '../../../src/shared/contract';
import {
  compareTargets,
  disagreements,
  secondRequest,
  targetKey,
} from '../../../src/renderer/src/state/compare-state';

const REQUEST: MapRequest = {
  datasetId: 'd1',
  textColumn: 'word',
  labelColumn: 'topic',
  embedderId: 'glove',
  method: 'pca',
  dims: 2,
  seed: 42,
  sample: { size: 100, seed: 3 },
} as MapRequest;

const embedder = (id: string): EmbedderInfo => ({ id }) as EmbedderInfo;

describe('compare targets', () => {
  it('offers the other methods, then the other embedders', () => {
    const targets = compareTargets(REQUEST, [embedder('glove'), embedder('tfidf'), embedder('minilm')]);
    expect(targets.map(targetKey)).toEqual([
      'method:umap',
      'method:tsne',
      'embedder:tfidf',
      'embedder:minilm',
    ]);
  });

  it('offers no other model for a map of precomputed vectors', () => {
    const request = { ...REQUEST, source: { kind: 'vectors', columns: ['x1', 'x2'] } } as MapRequest;
    expect(compareTargets(request, [embedder('tfidf')]).map(targetKey)).toEqual([
      'method:umap',
      'method:tsne',
    ]);
  });

  it('remakes the same rows: only the method or the model changes', () => {
    expect(secondRequest(REQUEST, { kind: 'method', method: 'umap' })).toEqual({
      ...REQUEST,
      method: 'umap',
    });
    expect(secondRequest(REQUEST, { kind: 'embedder', embedderId: 'tfidf' })).toEqual({
      ...REQUEST,
      embedderId: 'tfidf',
    });
  });
});

describe('disagreements', () => {
  it('lists the lowest overlaps first, ties in item order', () => {
    const overlap = Float32Array.of(0.9, 0.1, 0.5, 0.1, 1, 0.3);
    expect(disagreements(overlap, 4)).toEqual([1, 3, 5, 2]);
  });
});
