import type { KnnGraph } from '../../knn/knn-graph';

/** Bisection steps for each row's precision; bhtsne uses 200, and 100 halvings exhaust double precision. */
const BISECTION_STEPS = 100;
/** Stop once the row's entropy is this close to log(perplexity), in nats (bhtsne's tolerance). */
const ENTROPY_TOLERANCE = 1e-5;

/**
 * t-SNE's input similarities P as a symmetric sparse matrix in CSR form: row `i`'s entries are
 * `columns[rowStart[i] .. rowStart[i + 1])` with `values` p_ij. The values sum to 1 over the whole matrix.
 */
export interface Affinities {
  readonly rows: number;
  /** Length `rows + 1`. */
  readonly rowStart: Int32Array;
  readonly columns: Int32Array;
  readonly values: Float64Array;
}

/**
 * A neighbour's distance as t-SNE's Gaussian kernel wants it: squared for euclidean (the kernel is on
 * squared distances, as in bhtsne and scikit-learn); cosine distance 1 − cos θ as it is, since on unit
 * vectors it already is half the squared euclidean distance.
 */
function kernelDistance(distance: number, cosine: boolean): number {
  return cosine ? distance : distance * distance;
}

/**
 * Bisects the Gaussian precision beta of one row so that the entropy of p_{j|i} ∝ exp(−beta·d_ij) over its
 * neighbours equals log(perplexity), then writes the normalised p_{j|i} into `out[base .. base + k)`. The
 * nearest distance is subtracted first: it cancels in the normalisation and keeps exp() from underflowing
 * for far-apart rows (384-d squared distances are in the hundreds).
 */
function conditionalRow(
  distances: Float64Array,
  base: number,
  k: number,
  target: number,
  out: Float64Array,
): void {
  let nearest = Infinity;
  let total = 0;
  for (let j = base; j < base + k; j++) {
    nearest = Math.min(nearest, distances[j] ?? 0);
    total += distances[j] ?? 0;
  }
  const spread = total / k - nearest;
  // Start from the scale of the row's own distances, so the bisection needs few steps on any data.
  let beta = spread > 0 ? 1 / spread : 1;
  let lo = 0;
  let hi = Infinity;
  for (let step = 0; step < BISECTION_STEPS; step++) {
    let sum = 0;
    let weighted = 0;
    for (let j = base; j < base + k; j++) {
      const d = (distances[j] ?? 0) - nearest;
      const p = Math.exp(-beta * d);
      out[j] = p;
      sum += p;
      weighted += d * p;
    }
    const entropy = Math.log(sum) + (beta * weighted) / sum;
    if (Math.abs(entropy - target) < ENTROPY_TOLERANCE) break;
    if (entropy > target) {
      lo = beta;
      beta = hi === Infinity ? beta * 2 : (beta + hi) / 2;
    } else {
      hi = beta;
      beta = (beta + lo) / 2;
    }
  }
  let sum = 0;
  for (let j = base; j < base + k; j++) sum += out[j] ?? 0;
  // sum ≥ 1: the nearest neighbour's term is exp(0); every row's probabilities sum to one.
  for (let j = base; j < base + k; j++) out[j] = (out[j] ?? 0) / sum;
}

/**
 * The conditional probabilities p_{j|i} of every row over its kNN-graph neighbours (the sparse
 * approximation of van der Maaten 2014: neighbours beyond the graph get 0), each row at `perplexity`.
 */
function conditionalAffinities(graph: KnnGraph, perplexity: number, cosine: boolean): Float64Array {
  const { rows, k, distances } = graph;
  const kernel = Float64Array.from(distances, (distance) => kernelDistance(distance, cosine));
  const out = new Float64Array(rows * k);
  const target = Math.log(perplexity);
  for (let row = 0; row < rows; row++) conditionalRow(kernel, row * k, k, target, out);
  return out;
}

/**
 * Symmetric joint probabilities p_ij = (p_{j|i} + p_{i|j}) / 2N from a kNN graph: the input similarities
 * of Barnes–Hut t-SNE. `perplexity` must be at most k (the caller clamps it); `cosine` says whether the
 * graph's distances are cosine distances (else euclidean lengths). Slots holding −1 (no neighbour) are
 * skipped.
 */
export function perplexityAffinities(graph: KnnGraph, perplexity: number, cosine: boolean): Affinities {
  const { rows, k, indices } = graph;
  const conditional = conditionalAffinities(graph, perplexity, cosine);
  // Every directed entry (i, j) lands in row i and, mirrored, in row j; duplicates are merged below.
  const counts = new Int32Array(rows + 1);
  for (let row = 0; row < rows; row++) {
    for (let slot = row * k; slot < (row + 1) * k; slot++) {
      const other = indices[slot] ?? -1;
      if (other < 0) continue;
      counts[row + 1] = (counts[row + 1] ?? 0) + 1;
      counts[other + 1] = (counts[other + 1] ?? 0) + 1;
    }
  }
  for (let row = 0; row < rows; row++) counts[row + 1] = (counts[row + 1] ?? 0) + (counts[row] ?? 0);
  const fill = counts.slice(0, rows);
  const columns = new Int32Array(counts[rows] ?? 0);
  const values = new Float64Array(columns.length);
  const place = (row: number, column: number, value: number): void => {
    const at = fill[row] ?? 0;
    columns[at] = column;
    values[at] = value;
    fill[row] = at + 1;
  };
  for (let row = 0; row < rows; row++) {
    for (let slot = row * k; slot < (row + 1) * k; slot++) {
      const other = indices[slot] ?? -1;
      if (other < 0) continue;
      const p = conditional[slot] ?? 0;
      place(row, other, p);
      place(other, row, p);
    }
  }
  return mergeDuplicates(rows, counts, columns, values);
}

/** Sums the entries of each row that share a column and divides by 2N, compacting the CSR arrays. */
function mergeDuplicates(
  rows: number,
  rowStart: Int32Array,
  columns: Int32Array,
  values: Float64Array,
): Affinities {
  const position = new Int32Array(rows).fill(-1);
  const outStart = new Int32Array(rows + 1);
  const scale = 1 / (2 * rows);
  let written = 0;
  for (let row = 0; row < rows; row++) {
    const begin = written;
    for (let entry = rowStart[row] ?? 0; entry < (rowStart[row + 1] ?? 0); entry++) {
      const column = columns[entry] ?? 0;
      const value = (values[entry] ?? 0) * scale;
      const existing = position[column] ?? -1;
      if (existing >= 0) {
        values[existing] = (values[existing] ?? 0) + value;
        continue;
      }
      // Writing behind the read position is safe: `written` never passes `entry`.
      position[column] = written;
      columns[written] = column;
      values[written++] = value;
    }
    for (let entry = begin; entry < written; entry++) position[columns[entry] ?? 0] = -1;
    outStart[row + 1] = written;
  }
  return {
    rows,
    rowStart: outStart,
    columns: columns.slice(0, written),
    values: values.slice(0, written),
  };
}
