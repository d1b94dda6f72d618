import { describe, expect, it } from 'vitest';
import { buildKnnGraph } from '../../../src/core/knn/knn-graph';
import { prepareSearchRows } from '../../../src/core/knn/search-rows';
import { prepareVectorSpace } from '../../../src/core/knn/vector-space';
import { toEmbeddingMatrix, type EmbeddingMatrix } from '../../../src/core/math/matrix-types';
import { knnRecall } from '../../../src/core/quality/knn-recall';
import { gaussianClusters } from '../support/synthetic';

const ROWS = 4000;
const COLS = 64;
const clusters = gaussianClusters(ROWS, COLS, 8, 5);

/** The clusters with one value of 10⁶: one common scale would round every other row to almost nothing. */
function withOutlier(): EmbeddingMatrix {
  const data = clusters.data.slice();
  data[0] = 1e6;
  return toEmbeddingMatrix(data, ROWS, COLS);
}

/** The clusters with every other row shrunk 1,000 times. */
function withShrunkRows(): EmbeddingMatrix {
  const data = clusters.data.slice();
  for (let row = 0; row < ROWS; row += 2) {
    for (let c = 0; c < COLS; c++) data[row * COLS + c] = (data[row * COLS + c] ?? 0) * 0.001;
  }
  return toEmbeddingMatrix(data, ROWS, COLS);
}

describe('search rows', () => {
  it('quantises rows of similar size, and keeps f32 where one scale would flatten most rows', () => {
    expect(prepareSearchRows(prepareVectorSpace(clusters, 'euclidean')).exact).toBeNull();
    expect(prepareSearchRows(prepareVectorSpace(clusters, 'cosine')).exact).toBeNull();
    for (const data of [withOutlier(), withShrunkRows()]) {
      const rows = prepareSearchRows(prepareVectorSpace(data, 'euclidean'));
      expect(rows.exact).not.toBeNull();
      expect(rows.values).toHaveLength(0);
    }
  });

  it('finds the neighbours of rows of any size: recall ≥ 0.95 with an outlier or shrunk rows', async () => {
    const sample = Int32Array.from({ length: 300 }, (_, i) => (i * 997) % ROWS);
    for (const data of [clusters, withOutlier(), withShrunkRows()]) {
      const graph = await buildKnnGraph(data, { k: 14, metric: 'euclidean', seed: 3 });
      expect(graph.exact).toBe(false);
      expect(knnRecall(data, graph, 'euclidean', sample)).toBeGreaterThanOrEqual(0.95);
    }
  });
});
