import { StudioError } from '../../shared/errors';
import type { Cooperation } from '../jobs/cooperation';
import { createRandom } from '../math/random';
import { centreSquaresOf, centroidDistance, rowSquares } from './centroid-distance';
import { kmeansPlusPlus } from './kmeans-plus-plus';
import type { UnitRows } from './unit-rows';

/** A k-means partition: one cluster per row (0 … k−1) and its inertia. */
export interface KmeansResult {
  readonly labels: Int32Array;
  /** Sum of squared euclidean distances of the unit rows to their centres (2 × summed cosine distance). */
  readonly inertia: number;
  /** Lloyd iterations of the kept restart. */
  readonly iterations: number;
}

/** Options of {@link kmeans}. */
export interface KmeansOptions {
  readonly k: number;
  readonly seed: number;
  /** Independent seedings; the partition with the lowest inertia is kept. */
  readonly restarts: number;
  readonly cooperation: Cooperation;
  /** Share done, in [0, 1]. */
  readonly onProgress?: (fraction: number) => void;
}

/**
 * 100 iterations: Lloyd's algorithm on well-seeded data settles in 10–30; the cap only bounds pathological
 * cases (points oscillating between equidistant centres), as in scikit-learn's default of 300 at lower cost.
 */
const MAX_ITERATIONS = 100;

/**
 * Stop when the centres moved less than this in total squared distance: 1e-8 on unit vectors is far below
 * any change that could move a point to another cluster (float32 rows carry ~1e-7 of relative precision).
 */
const CONVERGED_SHIFT = 1e-8;

/**
 * k-means on unit rows (cosine geometry): k-means++ seeding, then Lloyd iterations until no row changes
 * cluster or the centres stop moving, repeated `restarts` times from different seeds; the partition with the
 * lowest inertia wins. Deterministic for a seed. Throws `too-few-items` when there are fewer rows than k.
 */
export async function kmeans(unit: UnitRows, options: KmeansOptions): Promise<KmeansResult> {
  const { k, restarts, cooperation } = options;
  if (!Number.isInteger(k) || k < 1 || k > unit.rows) {
    throw new StudioError(
      'too-few-items',
      `k-means cannot make ${k} clusters of ${unit.rows} item${unit.rows === 1 ? '' : 's'}; choose k of at most ${unit.rows}.`,
      { k, count: unit.rows },
    );
  }
  const squares = rowSquares(unit);
  let best: KmeansResult | null = null;
  for (let restart = 0; restart < restarts; restart++) {
    // Each restart its own stream, so restart r gives the same partition however many restarts run.
    const random = createRandom((options.seed + Math.imul(restart, 0x9e3779b9)) >>> 0);
    const centres = await kmeansPlusPlus(unit, squares, k, random, cooperation);
    const result = await lloyd(unit, squares, centres, k, cooperation, (fraction) => {
      options.onProgress?.((restart + fraction) / restarts);
    });
    if (best === null || result.inertia < best.inertia) best = result;
  }
  options.onProgress?.(1);
  if (best === null) throw new RangeError('kmeans: restarts must be at least 1');
  return best;
}

async function lloyd(
  unit: UnitRows,
  squares: Float64Array,
  centres: Float64Array,
  k: number,
  cooperation: Cooperation,
  onProgress: (fraction: number) => void,
): Promise<KmeansResult> {
  const labels = new Int32Array(unit.rows).fill(-1);
  const distances = new Float64Array(unit.rows);
  let iteration = 0;
  for (; iteration < MAX_ITERATIONS; iteration++) {
    const changed = await assign(unit, squares, centres, k, labels, distances, cooperation);
    if (changed === 0 && iteration > 0) break;
    const shift = updateCentres(unit, labels, distances, centres, k);
    onProgress(Math.min(1, (iteration + 1) / 20));
    if (shift < CONVERGED_SHIFT) {
      await assign(unit, squares, centres, k, labels, distances, cooperation);
      iteration++;
      break;
    }
  }
  let inertia = 0;
  for (const distance of distances) inertia += distance;
  onProgress(1);
  return { labels, inertia, iterations: iteration };
}

/** Moves every row to its nearest centre; returns how many rows changed cluster. */
async function assign(
  unit: UnitRows,
  squares: Float64Array,
  centres: Float64Array,
  k: number,
  labels: Int32Array,
  distances: Float64Array,
  cooperation: Cooperation,
): Promise<number> {
  const centreSquares = centreSquaresOf(centres, k, unit.cols);
  let changed = 0;
  for (let row = 0; row < unit.rows; row++) {
    let bestCentre = 0;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (let centre = 0; centre < k; centre++) {
      const distance = centroidDistance(unit, row, squares[row] ?? 0, centres, centreSquares, centre);
      if (distance < bestDistance) {
        bestDistance = distance;
        bestCentre = centre;
      }
    }
    if (labels[row] !== bestCentre) changed++;
    labels[row] = bestCentre;
    distances[row] = bestDistance;
    if ((row & 127) === 127) await cooperation.checkpoint();
  }
  return changed;
}

/**
 * Sets each centre to the mean of its rows; an empty centre takes the row farthest from its own centre (which
 * then counts as at distance 0), so k clusters stay k. Returns the total squared shift of the centres.
 */
function updateCentres(
  unit: UnitRows,
  labels: Int32Array,
  distances: Float64Array,
  centres: Float64Array,
  k: number,
): number {
  const { cols } = unit;
  const sums = new Float64Array(k * cols);
  const counts = new Int32Array(k);
  for (let row = 0; row < unit.rows; row++) {
    const label = labels[row] ?? 0;
    counts[label] = (counts[label] ?? 0) + 1;
    for (let c = 0; c < cols; c++)
      sums[label * cols + c] = (sums[label * cols + c] ?? 0) + (unit.data[row * cols + c] ?? 0);
  }
  for (let centre = 0; centre < k; centre++) {
    if ((counts[centre] ?? 0) > 0) continue;
    const far = farthestRow(distances, labels, counts);
    const previous = labels[far] ?? 0;
    counts[previous] = (counts[previous] ?? 0) - 1;
    for (let c = 0; c < cols; c++) {
      const value = unit.data[far * cols + c] ?? 0;
      sums[previous * cols + c] = (sums[previous * cols + c] ?? 0) - value;
      sums[centre * cols + c] = value;
    }
    counts[centre] = 1;
    labels[far] = centre;
    distances[far] = 0;
  }
  let shift = 0;
  for (let centre = 0; centre < k; centre++) {
    const count = counts[centre] ?? 1;
    for (let c = 0; c < cols; c++) {
      const mean = (sums[centre * cols + c] ?? 0) / count;
      shift += (mean - (centres[centre * cols + c] ?? 0)) ** 2;
      centres[centre * cols + c] = mean;
    }
  }
  return shift;
}

/** The row farthest from its centre among clusters with more than one row (so no cluster is emptied). */
function farthestRow(distances: Float64Array, labels: Int32Array, counts: Int32Array): number {
  let far = 0;
  let farDistance = -1;
  for (let row = 0; row < distances.length; row++) {
    if ((counts[labels[row] ?? 0] ?? 0) < 2) continue;
    if ((distances[row] ?? 0) > farDistance) {
      farDistance = distances[row] ?? 0;
      far = row;
    }
  }
  return far;
}
