import type { CoreInput, CoreOutput } from '../../shared/contract';
import { StudioError } from '../../shared/errors';
import { nearestRows } from '../knn/nearest-rows';
import type { MapStore } from './map-store';

/**
 * The `k` items nearest to one item of a kept map, exact, in the embedding space: the map itself may put
 * far-apart items side by side, and this is how the user finds out.
 */
export function nearestNeighbors(
  store: MapStore,
  query: CoreInput<'nearestNeighbors'>,
): CoreOutput<'nearestNeighbors'> {
  const matrix = store.get(query.mapId);
  if (query.index >= matrix.rows) {
    throw new StudioError(
      'invalid-arguments',
      `nearestNeighbors: item ${query.index} does not exist; the map has ${matrix.rows} items.`,
      { call: 'nearestNeighbors', field: 'index' },
    );
  }
  const start = query.index * matrix.dimension;
  const found = nearestRows(matrix, {
    vector: matrix.data.subarray(start, start + matrix.dimension),
    k: query.k,
    metric: query.metric,
    excludeRows: new Set([query.index]),
  });
  return { metric: query.metric, neighbors: found.map(({ row, score }) => ({ index: row, score })) };
}
