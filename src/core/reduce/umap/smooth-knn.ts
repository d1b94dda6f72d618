import type { KnnGraph } from '../../knn/knn-graph';

/** Bisection steps for each sigma (umap-learn's `n_iter`); 64 halvings exhaust double precision. */
const BISECTION_STEPS = 64;
/** Stop bisecting once the membership sum is this close to its target (umap-learn's SMOOTH_K_TOLERANCE). */
const TOLERANCE = 1e-5;
/** Sigma never falls below this share of the mean neighbour distance (umap-learn's MIN_K_DIST_SCALE). */
const MIN_SIGMA_SCALE = 1e-3;

/** Per-row scale of the fuzzy neighbourhoods: memberships are exp(−max(0, d − rho) / sigma). */
export interface SmoothDistances {
  /** Distance to the nearest non-identical neighbour (0 when all neighbours are duplicates). */
  readonly rhos: Float64Array;
  readonly sigmas: Float64Array;
}

/** Rho: the first neighbour at a positive distance (local connectivity 1), or 0 when there is none. */
function nearestPositive(distances: Float32Array, base: number, k: number): number {
  for (let j = base; j < base + k; j++) {
    const d = distances[j] ?? 0;
    if (d > 0) return d;
  }
  return 0;
}

/** Bisects sigma so that Σ exp(−max(0, d − rho)/sigma) over the row's neighbours equals `target`. */
function bisectSigma(distances: Float32Array, base: number, k: number, rho: number, target: number): number {
  let lo = 0;
  let hi = Infinity;
  let mid = 1;
  for (let step = 0; step < BISECTION_STEPS; step++) {
    let sum = 0;
    for (let j = base; j < base + k; j++) {
      const d = (distances[j] ?? 0) - rho;
      sum += d > 0 ? Math.exp(-d / mid) : 1;
    }
    if (Math.abs(sum - target) < TOLERANCE) break;
    if (sum > target) {
      hi = mid;
      mid = (lo + hi) / 2;
    } else {
      lo = mid;
      mid = hi === Infinity ? mid * 2 : (lo + hi) / 2;
    }
  }
  return mid;
}

/**
 * umap-learn's `smooth_knn_dist`: for each row, rho is the distance to its nearest non-identical neighbour
 * and sigma is bisected so the row's memberships sum to log2(n_neighbors), where n_neighbors counts the row
 * itself as umap-learn does (k + 1). Sigma is floored at 1e-3 × the mean distance so duplicates stay finite.
 */
export function smoothKnnDistances(graph: KnnGraph): SmoothDistances {
  const { rows, k, distances } = graph;
  const rhos = new Float64Array(rows);
  const sigmas = new Float64Array(rows);
  const target = Math.log2(k + 1);
  let total = 0;
  for (let i = 0; i < distances.length; i++) total += distances[i] ?? 0;
  const meanAll = distances.length > 0 ? total / distances.length : 0;
  for (let row = 0; row < rows; row++) {
    const base = row * k;
    const rho = nearestPositive(distances, base, k);
    let sigma = bisectSigma(distances, base, k, rho, target);
    let rowTotal = 0;
    for (let j = base; j < base + k; j++) rowTotal += distances[j] ?? 0;
    const floor = MIN_SIGMA_SCALE * (rho > 0 ? rowTotal / k : meanAll);
    if (sigma < floor) sigma = floor;
    rhos[row] = rho;
    sigmas[row] = sigma;
  }
  return { rhos, sigmas };
}
