import type { CoreInput, CoreOutput } from '../../shared/contract';
import { StudioError } from '../../shared/errors';
import type { SearchMatrix } from '../knn/nearest-rows';
import { writeNpyFloat32 } from './npy-writer';
import { writeWordVectorText } from './word-vector-text';

/** The rows a request asks for, in its order: all of them, or the chosen `indices`. */
function pickedRows(
  matrix: SearchMatrix,
  indices: readonly number[] | null,
): { rows: readonly number[] | null; data: Float32Array } {
  const { rows, dimension, data } = matrix;
  if (indices === null) return { rows: null, data: data.subarray(0, rows * dimension) };
  const picked = new Float32Array(indices.length * dimension);
  indices.forEach((index, position) => {
    if (index >= rows) {
      throw new StudioError(
        'invalid-arguments',
        `exportEmbeddings: item ${index} does not exist; the map has ${rows} items.`,
        { call: 'exportEmbeddings', field: 'indices' },
      );
    }
    picked.set(data.subarray(index * dimension, (index + 1) * dimension), position * dimension);
  });
  return { rows: indices, data: picked };
}

/**
 * The embeddings of a kept map (all items, or the chosen `indices` in the given order) as a `.npy` file
 * (`rows × dimension` float32, C order; the default) or as word2vec text (`format: 'word2vec'`, each item's
 * text as its word, read through `texts` only then). The rows of the file are the items in the same order as
 * a data export of the same items, so the two line up row for row.
 */
export function exportEmbeddings(
  matrix: SearchMatrix,
  request: CoreInput<'exportEmbeddings'>,
  texts: () => readonly string[],
): CoreOutput<'exportEmbeddings'> {
  const { dimension } = matrix;
  const picked = pickedRows(matrix, request.indices);
  const count = picked.rows?.length ?? matrix.rows;
  if (request.format !== 'word2vec') {
    return { bytes: writeNpyFloat32(picked.data, [count, dimension]) };
  }
  const all = texts();
  const words = picked.rows === null ? all.slice(0, count) : picked.rows.map((index) => all[index] ?? '');
  return { bytes: writeWordVectorText(words, picked.data, dimension) };
}
