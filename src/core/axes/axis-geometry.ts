/**
 * The arithmetic of concept axes in the original space, on plain `Float64Array` vectors: an axis from two
 * word sets, Gram–Schmidt against earlier axes, cosines between axes and the items' coordinates on them.
 */

/** The mean of `vectors` (all of length `dimension`); zeros for none. */
export function meanVector(vectors: readonly Float32Array[], dimension: number): Float64Array {
  const mean = new Float64Array(dimension);
  for (const vector of vectors)
    for (let i = 0; i < dimension; i++) mean[i] = (mean[i] ?? 0) + (vector[i] ?? 0);
  if (vectors.length > 0) for (let i = 0; i < dimension; i++) mean[i] = (mean[i] ?? 0) / vectors.length;
  return mean;
}

/** mean(to) − mean(from); with no `from` words, mean(to) itself (the direction of the word set). */
export function axisDirection(
  from: readonly Float32Array[],
  to: readonly Float32Array[],
  dimension: number,
): Float64Array {
  const direction = meanVector(to, dimension);
  if (from.length === 0) return direction;
  const origin = meanVector(from, dimension);
  for (let i = 0; i < dimension; i++) direction[i] = (direction[i] ?? 0) - (origin[i] ?? 0);
  return direction;
}

export function dotProduct(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] ?? 0) * (b[i] ?? 0);
  return sum;
}

/** `vector` scaled to unit length; a zero vector stays zero (its items all project to 0). */
export function unit(vector: Float64Array): Float64Array {
  const length = Math.sqrt(dotProduct(vector, vector));
  return length === 0 ? new Float64Array(vector.length) : vector.map((value) => value / length);
}

/** Cosine between two directions; 0 when either is zero. */
export function cosineOf(a: Float64Array, b: Float64Array): number {
  const lengths = Math.sqrt(dotProduct(a, a) * dotProduct(b, b));
  return lengths === 0 ? 0 : dotProduct(a, b) / lengths;
}

/**
 * Unit axes; with `orthogonalize`, classical Gram–Schmidt in order: each axis loses its components along the
 * (already orthonormal) axes before it, so the first axis is unchanged and later ones are "the rest of" theirs.
 */
export function unitAxes(directions: readonly Float64Array[], orthogonalize: boolean): Float64Array[] {
  const axes: Float64Array[] = [];
  for (const direction of directions) {
    const rest = Float64Array.from(direction);
    if (orthogonalize) {
      for (const earlier of axes) {
        const along = dotProduct(rest, earlier);
        for (let i = 0; i < rest.length; i++) rest[i] = (rest[i] ?? 0) - along * (earlier[i] ?? 0);
      }
    }
    axes.push(unit(rest));
  }
  return axes;
}

/** Row-major `axes × axes` cosines of the directions. */
export function axisCosines(directions: readonly Float64Array[]): number[] {
  return directions.flatMap((a) => directions.map((b) => cosineOf(a, b)));
}
