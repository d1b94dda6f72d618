import type { CoreInput, CoreOutput } from '../../shared/contract';
import { StudioError } from '../../shared/errors';
import type { SearchMatrix } from '../knn/nearest-rows';
import { writeNpyFloat32 } from './npy-writer';

/**
 * The embeddings of a kept map (all items, or the chosen `indices` in the given order) as a `.npy` file:
 * `rows × dimension` float32, C order. The rows of the file are the items in the same order as a data
 * export of the same items, so the two line up row for row.
 */
export function exportEmbeddings(
  matrix: SearchMatrix,
  request: CoreInput<'exportEmbeddings'>,
): CoreOutput<'exportEmbeddings'> {
  const { rows, dimension, data } = matrix;
  if (request.indices === null) {
    return { bytes: writeNpyFloat32(data.subarray(0, rows * dimension), [rows, dimension]) };
  }
  const picked = new Float32Array(request.indices.length * dimension);
  request.indices.forEach((index, position) => {
    if (index >= rows) {
      throw new StudioError(
        'invalid-arguments',
        `exportEmbeddings: item ${index} does not exist; the map has ${rows} items.`,
        { call: 'exportEmbeddings', field: 'indices' },
      );
    }
    picked.set(data.subarray(index * dimension, (index + 1) * dimension), position * dimension);
  });
  return { bytes: writeNpyFloat32(picked, [request.indices.length, dimension]) };
}
