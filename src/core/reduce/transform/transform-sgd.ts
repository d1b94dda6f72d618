import type { CurveParams } from '../umap/curve-fit';

/** The new rows' edges to fitted rows: row q's are slots `q·k .. (q + 1)·k` of `tails` and `weights`. */
export interface TransformEdges {
  readonly tails: Int32Array;
  readonly weights: Float64Array;
  readonly k: number;
}

/** What {@link optimizeAdded} needs besides the layouts and edges. */
export interface TransformSgdOptions {
  readonly epochs: number;
  readonly curve: CurveParams;
  readonly seed: number;
}

/** umap-learn's transform starts at a quarter of the fit's learning rate (initial_alpha / 4)… */
const INITIAL_ALPHA = 0.25;
/** …with the fit's negative sampling rate, repulsion, gradient clip and epsilon (see optimize-layout). */
const NEGATIVE_SAMPLE_RATE = 5;
const GRADIENT_CLIP = 4;
const REPULSION_EPSILON = 0.001;
/** 2⁻³²: maps a uint32 to [0, 1). */
const TWO_TO_MINUS_32 = 1 / 4294967296;

function clip(value: number): number {
  return value > GRADIENT_CLIP ? GRADIENT_CLIP : value < -GRADIENT_CLIP ? -GRADIENT_CLIP : value;
}

/**
 * umap-learn's `optimize_layout_euclidean` with move_other = False: each edge due this epoch pulls its new
 * row towards its fitted neighbour, then pushes the new row away from a few uniformly drawn fitted rows;
 * fitted rows never move. Edges weaker than max / epochs are dropped, as in the fit's schedule.
 * `added` (row-major `rows × dims`) is optimised in place; `fitted` is only read.
 */
export function optimizeAdded(
  added: Float32Array,
  fitted: Float32Array,
  dims: number,
  edges: TransformEdges,
  options: TransformSgdOptions,
): void {
  const { tails, weights, k } = edges;
  const { a, b } = options.curve;
  const fittedRows = fitted.length / dims;
  let max = 0;
  for (let slot = 0; slot < weights.length; slot++) max = Math.max(max, weights[slot] ?? 0);
  const every = Float64Array.from(weights, (w) => (w >= max / options.epochs && w > 0 ? max / w : -1));
  const nextSample = Float64Array.from(every);
  const nextNegative = Float64Array.from(every, (e) => e / NEGATIVE_SAMPLE_RATE);
  const point = new Float64Array(dims);
  let random = (options.seed ^ 0x9e3779b9) | 1;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const alpha = INITIAL_ALPHA * (1 - epoch / options.epochs);
    for (let slot = 0; slot < tails.length; slot++) {
      const period = every[slot] ?? -1;
      if (period < 0 || (nextSample[slot] ?? 0) > epoch) continue;
      const head = Math.floor(slot / k) * dims;
      for (let d = 0; d < dims; d++) point[d] = added[head + d] ?? 0;
      const tail = (tails[slot] ?? 0) * dims;
      let d2 = 0;
      for (let d = 0; d < dims; d++) d2 += ((point[d] ?? 0) - (fitted[tail + d] ?? 0)) ** 2;
      if (d2 > 0) {
        const powered = Math.exp((b - 1) * Math.log(d2));
        const coefficient = (-2 * a * b * powered) / (a * powered * d2 + 1);
        for (let d = 0; d < dims; d++)
          point[d] =
            (point[d] ?? 0) + clip(coefficient * ((point[d] ?? 0) - (fitted[tail + d] ?? 0))) * alpha;
      }
      nextSample[slot] = (nextSample[slot] ?? 0) + period;
      const negativeEvery = period / NEGATIVE_SAMPLE_RATE;
      const negatives = Math.max(0, Math.floor((epoch - (nextNegative[slot] ?? 0)) / negativeEvery));
      for (let p = 0; p < negatives; p++) {
        random ^= random << 13;
        random ^= random >>> 17;
        random ^= random << 5;
        const other = Math.floor((random >>> 0) * fittedRows * TWO_TO_MINUS_32) * dims;
        let n2 = 0;
        for (let d = 0; d < dims; d++) n2 += ((point[d] ?? 0) - (fitted[other + d] ?? 0)) ** 2;
        if (!(n2 > 0)) continue;
        const coefficient = (2 * b) / ((REPULSION_EPSILON + n2) * (a * Math.exp(b * Math.log(n2)) + 1));
        for (let d = 0; d < dims; d++)
          point[d] =
            (point[d] ?? 0) + clip(coefficient * ((point[d] ?? 0) - (fitted[other + d] ?? 0))) * alpha;
      }
      nextNegative[slot] = (nextNegative[slot] ?? 0) + negatives * negativeEvery;
      for (let d = 0; d < dims; d++) added[head + d] = point[d] ?? 0;
    }
  }
}
