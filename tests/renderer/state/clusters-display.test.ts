import { describe, expect, it } from 'vitest';
import type { ClusteringResult } from '../../../src/shared/contract';
import { clusterColumn, clusterTags, displayNames } from '../../../src/renderer/src/state/cluster-display';
import { assignColors, CATEGORY_COLORS } from '../../../src/renderer/src/plot/palette';

const RESULT: ClusteringResult = {
  mapId: 'map-1',
  method: 'density',
  labels: Int32Array.from([0, 1, 0, -1, 1, 0]),
  clusters: [
    { id: 0, size: 3, keywords: [], name: 'a' },
    { id: 1, size: 2, keywords: [], name: 'b' },
  ],
  silhouette: 0.3,
  noise: 1,
};

describe('cluster display', () => {
  it('makes names safe for a colour column: no empty, numeric or repeated names', () => {
    expect(displayNames(['sport', '', '42', 'sport', 'noise', ' space '], 'noise')).toEqual([
      'sport',
      '#2',
      '#42',
      'sport (2)',
      'noise (2)',
      'space',
    ]);
  });

  it('gives every item its cluster name and noise its own value', () => {
    const column = clusterColumn(RESULT, ['спорт', 'космос'], 'Кластер', 'шум');
    expect(column).toEqual({
      name: 'Кластер',
      values: ['спорт', 'космос', 'спорт', 'шум', 'космос', 'спорт'],
    });
    // The largest cluster takes the palette's first colour, as the legend will show it.
    const colors = assignColors(column.values).entries.map((entry) => [entry.label, entry.color]);
    expect(colors[0]).toEqual(['спорт', CATEGORY_COLORS[0]]);
  });

  it('puts each tag at the mean of its items’ layout positions, with its name and colour', () => {
    // Items 0, 2, 5 (cluster 0) at x = 0, 2, 4; items 1, 4 (cluster 1) at y = 10, 20; item 3 is noise.
    const coords = Float32Array.from([0, 0, 5, 10, 2, 0, 99, 99, 5, 20, 4, 3]);
    const tags = clusterTags(RESULT, ['sport', 'space'], coords, 2, (name) =>
      name === 'sport' ? '#0072b2' : undefined,
    );
    expect(tags).toEqual([
      { at: [2, 1], text: 'sport', color: '#0072b2' },
      { at: [5, 15], text: 'space' },
    ]);
  });
});
