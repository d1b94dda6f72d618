import type { SearchMatrix } from '../knn/nearest-rows';

/** The Euclidean length of a vector. */
export function lengthOf(vector: ArrayLike<number>): number {
  let squares = 0;
  for (let i = 0; i < vector.length; i++) squares += (vector[i] ?? 0) * (vector[i] ?? 0);
  return Math.sqrt(squares);
}

/** A unit-length copy in float64 (a zero vector stays zero: it has no direction to add). */
export function unitVector(vector: ArrayLike<number>): Float64Array {
  const unit = new Float64Array(vector.length);
  const length = lengthOf(vector);
  if (length === 0) return unit;
  for (let i = 0; i < vector.length; i++) unit[i] = (vector[i] ?? 0) / length;
  return unit;
}

/**
 * The analogy's target: the sum of each term's unit vector times its sign (3CosAdd, Mikolov et al. 2013).
 * Normalising first keeps a frequent word's long vector from outweighing the others.
 */
export function analogyTarget(
  vectors: readonly ArrayLike<number>[],
  signs: readonly (1 | -1)[],
): Float64Array {
  const dimension = vectors[0]?.length ?? 0;
  const target = new Float64Array(dimension);
  vectors.forEach((vector, term) => {
    const unit = unitVector(vector);
    const sign = signs[term] ?? 1;
    for (let i = 0; i < dimension; i++) target[i] = (target[i] ?? 0) + sign * (unit[i] ?? 0);
  });
  return target;
}

/** Cosine similarity of two vectors of the same length (0 when either is zero). */
export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += (a[i] ?? 0) * (b[i] ?? 0);
  const lengths = lengthOf(a) * lengthOf(b);
  return lengths === 0 ? 0 : dot / lengths;
}

/** The difference `a − b` of two vectors, in float64. */
export function difference(a: ArrayLike<number>, b: ArrayLike<number>): Float64Array {
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = (a[i] ?? 0) - (b[i] ?? 0);
  return out;
}

/** Every row's cosine with `target` (rows or target of zero length score 0, as in the neighbour search). */
export function cosineScores(matrix: SearchMatrix, target: Float64Array): Float64Array {
  const { data, norms, rows, dimension } = matrix;
  const scores = new Float64Array(rows);
  const targetLength = lengthOf(target);
  for (let row = 0; row < rows; row++) {
    const offset = row * dimension;
    let dot = 0;
    for (let i = 0; i < dimension; i++) dot += (data[offset + i] ?? 0) * (target[i] ?? 0);
    const lengths = (norms[row] ?? 0) * targetLength;
    scores[row] = lengths === 0 ? 0 : dot / lengths;
  }
  return scores;
}

/** Row `row` of a matrix, as a view. */
export function rowOf(matrix: SearchMatrix, row: number): Float32Array {
  return matrix.data.subarray(row * matrix.dimension, (row + 1) * matrix.dimension);
}
