import { describe, expect, it } from 'vitest';
import { DEFAULT_UMAP_PARAMS } from '../../../../src/shared/contract';
import { umap } from '../../../../src/core/reduce/umap/umap';
import { gaussianClusters } from '../../support/synthetic';

describe('umap first layout', () => {
  it('streams the PCA start before the kNN search reports any progress', async () => {
    // 3,000 rows: above the exact-kNN threshold, so the graph is NN-descent with many progress reports.
    const data = gaussianClusters(3000, 24, 4, 31);
    const events: string[] = [];
    let first: Float32Array | null = null;
    const result = await umap(data, {
      ...DEFAULT_UMAP_PARAMS,
      epochs: 20,
      dims: 2,
      seed: 5,
      onProgress: (fraction, stage) => {
        if (stage === 'knn' && fraction > 0) events.push('knn');
      },
      onLayout: (coords, epoch) => {
        events.push(`layout ${epoch}`);
        first ??= coords;
      },
    });
    expect(events[0]).toBe('layout 0');
    expect(events.indexOf('knn')).toBeGreaterThan(0);
    // A usable map: every row placed, finite, spread over the ±10 box, and not yet the final layout.
    const start = first as Float32Array | null;
    expect(start).not.toBeNull();
    if (start === null) return;
    expect(start).toHaveLength(3000 * 2);
    expect(start.every(Number.isFinite)).toBe(true);
    expect(Math.max(...start.map(Math.abs))).toBeCloseTo(10, 0);
    expect(Array.from(start)).not.toEqual(Array.from(result.coordinates.data));
  });
});
