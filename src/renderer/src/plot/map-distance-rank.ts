/**
 * How a map treats a point's true neighbours: for each neighbour (found in the original embedding space), how
 * many points lie closer to the source on the map. A neighbour with many points in between is "far on the
 * map": the 2D/3D layout has pulled apart what the embedding keeps together.
 */

/** A neighbour counts as far when more than this many times k points are closer to the source on the map. */
export const FAR_RANK_FACTOR = 3;
/** …and never when fewer than this many points are closer: tiny maps have no room to be "far". */
const MIN_FAR_RANK = 10;

/**
 * For each of `targets`, the number of other points strictly closer to `source` on the map (`coords`, `dims`
 * values per point). One pass over the map per call, O(n·k), fine on a click even at a million points.
 */
export function mapRanks(
  coords: Float32Array,
  dims: number,
  source: number,
  targets: readonly number[],
): Int32Array {
  const count = Math.floor(coords.length / dims);
  const distance = (i: number): number => {
    let sum = 0;
    for (let axis = 0; axis < dims; axis++) {
      const d = (coords[i * dims + axis] ?? 0) - (coords[source * dims + axis] ?? 0);
      sum += d * d;
    }
    return sum;
  };
  const limits = Float64Array.from(targets, distance);
  const ranks = new Int32Array(targets.length);
  for (let i = 0; i < count; i++) {
    if (i === source) continue;
    const d = distance(i);
    for (let k = 0; k < limits.length; k++) if (d < (limits[k] ?? 0)) ranks[k] = (ranks[k] ?? 0) + 1;
  }
  return ranks;
}

/** Whether a neighbour with map rank `rank` among `k` asked for is far on the map. */
export function isFarOnMap(rank: number, k: number): boolean {
  return rank >= Math.max(MIN_FAR_RANK, FAR_RANK_FACTOR * k);
}
