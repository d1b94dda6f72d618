import type { ConceptAxis, CoreInput, CoreOutput } from '../../shared/contract';
import { StudioError } from '../../shared/errors';
import type { AnalysisContext } from '../analysis/analysis-context';
import type { SearchMatrix } from '../knn/nearest-rows';
import { toEmbeddingMatrix } from '../math/matrix-types';
import { pca } from '../reduce/pca';
import { axisCosines, axisDirection, dotProduct, unitAxes } from './axis-geometry';
import { axisWordVectors, type AxisWordVectors } from './axis-vectors';

/**
 * Projects a map's items onto 1–3 concept axes (see the contract's `projectOnAxes`): each coordinate is the
 * item's original-space vector dotted with the unit axis. With one axis the second column is the items' first
 * principal component once the axis component is removed, so the points spread out instead of lying on a line
 * (its sign and scale are PCA's, and it means "the main remaining variation", not a concept).
 */
export async function projectOnAxes(
  context: AnalysisContext,
  input: CoreInput<'projectOnAxes'>,
): Promise<CoreOutput<'projectOnAxes'>> {
  const result = context.maps.result(input.mapId);
  const matrix = context.maps.vectors(input.mapId);
  const words = input.axes.flatMap((axis) => [...axis.from, ...axis.to]);
  const found = await axisWordVectors(context, result, matrix, words);
  const directions = input.axes.map((axis) => directionOf(axis, found, matrix.dimension));
  const axes = unitAxes(directions, input.orthogonalize);
  const dims = axes.length === 3 ? 3 : 2;
  const coords = new Float32Array(matrix.rows * dims);
  for (let row = 0; row < matrix.rows; row++) {
    const item = matrix.data.subarray(row * matrix.dimension, (row + 1) * matrix.dimension);
    axes.forEach((axis, a) => {
      coords[row * dims + a] = dotProduct(item, axis);
    });
  }
  const [only] = axes;
  if (axes.length === 1 && only !== undefined) {
    const spread = await residualComponent(matrix, only);
    for (let row = 0; row < matrix.rows; row++) coords[row * dims + 1] = spread[row] ?? 0;
  }
  return {
    dims,
    coords,
    axes: input.axes.map((axis) => ({ name: axis.name, missing: missingOf(axis, found) })),
    axisCosines: axisCosines(directions),
  };
}

/** The axis words without a vector, in the order typed, each once. */
function missingOf(axis: ConceptAxis, found: AxisWordVectors): string[] {
  return [...new Set([...axis.from, ...axis.to])].filter((word) => found.missing.has(word));
}

function directionOf(axis: ConceptAxis, found: AxisWordVectors, dimension: number): Float64Array {
  const present = (words: readonly string[]): Float32Array[] =>
    words.flatMap((word) => {
      const vector = found.vectors.get(word);
      return vector === undefined ? [] : [vector];
    });
  const to = present(axis.to);
  if (to.length === 0) {
    const missing = missingOf(axis, found).join(', ');
    throw new StudioError(
      'out-of-vocabulary',
      `The axis "${axis.name}" has no word with a vector on its "to" side (missing: ${missing}).`,
      { axis: axis.name, words: missing },
    );
  }
  return axisDirection(present(axis.from), to, dimension);
}

/** Each item's coordinate on the first principal component of the items with the `axis` component removed. */
async function residualComponent(matrix: SearchMatrix, axis: Float64Array): Promise<Float32Array> {
  const { rows, dimension } = matrix;
  const residual = new Float32Array(rows * dimension);
  for (let row = 0; row < rows; row++) {
    const offset = row * dimension;
    const item = matrix.data.subarray(offset, offset + dimension);
    const along = dotProduct(item, axis);
    for (let i = 0; i < dimension; i++) residual[offset + i] = (item[i] ?? 0) - along * (axis[i] ?? 0);
  }
  const reduced = await pca(toEmbeddingMatrix(residual, rows, dimension), { components: 1 });
  return reduced.coordinates.data;
}
