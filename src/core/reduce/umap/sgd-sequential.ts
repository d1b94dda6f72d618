import type { OptimizeOptions } from './optimize-layout';
import { GradientTable } from './gradient-table';
import type { EdgeSchedule } from './epoch-schedule';
import { clip, learningRate, NEGATIVE_SAMPLE_RATE, TWO_TO_MINUS_32 } from './sgd-partitions';

/** Everything the epochs share: the schedule, its per-edge clocks and the negative-sampling generator. */
interface SgdState {
  readonly embedding: Float32Array;
  readonly dims: number;
  readonly rows: number;
  readonly gradients: GradientTable;
  readonly schedule: EdgeSchedule;
  readonly nextSample: Float64Array;
  readonly negativeEvery: Float64Array;
  readonly nextNegative: Float64Array;
  /** xorshift32 state; a seed of 0 would stick at 0, so it is forced odd. */
  random: number;
}

/**
 * One epoch of umap-learn's `optimize_layout_euclidean` (single-threaded, move_other = true): every edge due
 * this epoch pulls its ends together, then pushes its head away from a few uniformly drawn rows. One long
 * function on purpose: it is the hot loop (tens of millions of samples), and helpers per step would cost a
 * call and re-reads of the head's coordinates per sample. The head's coordinates live in locals (x, y, z; z
 * stays 0 in 2D) for the whole edge and are stored once at its end, so the 2D and 3D cases share one loop
 * without an inner loop over dimensions.
 */
function runEpoch(state: SgdState, epoch: number, alpha: number): void {
  const { embedding: layout, dims, rows, schedule, nextSample, negativeEvery, nextNegative } = state;
  const { heads, tails, epochsPerSample } = schedule;
  const { gradients } = state;
  const three = dims === 3;
  let random = state.random;
  for (let e = 0; e < heads.length; e++) {
    if ((nextSample[e] ?? 0) > epoch) continue;
    const j = (heads[e] ?? 0) * dims;
    const k = (tails[e] ?? 0) * dims;
    let x = layout[j] ?? 0;
    let y = layout[j + 1] ?? 0;
    let z = three ? (layout[j + 2] ?? 0) : 0;
    const dx = x - (layout[k] ?? 0);
    const dy = y - (layout[k + 1] ?? 0);
    const dz = three ? z - (layout[k + 2] ?? 0) : 0;
    let d2 = dx * dx + dy * dy + dz * dz;
    if (d2 > 0) {
      // Tabulated (see GradientTable): the exp and log per sample were three quarters of the SGD's time.
      const coefficient = gradients.attract(d2);
      const gx = clip(coefficient * dx) * alpha;
      const gy = clip(coefficient * dy) * alpha;
      x += gx;
      y += gy;
      layout[k] = (layout[k] ?? 0) - gx;
      layout[k + 1] = (layout[k + 1] ?? 0) - gy;
      if (three) {
        const gz = clip(coefficient * dz) * alpha;
        z += gz;
        layout[k + 2] = (layout[k + 2] ?? 0) - gz;
      }
    }
    nextSample[e] = (nextSample[e] ?? 0) + (epochsPerSample[e] ?? 0);
    const every = negativeEvery[e] ?? 1;
    const negatives = Math.max(0, Math.floor((epoch - (nextNegative[e] ?? 0)) / every));
    for (let p = 0; p < negatives; p++) {
      random ^= random << 13;
      random ^= random >>> 17;
      random ^= random << 5;
      // A uniform row by multiply-and-shift (exact in doubles below 2²¹ rows): `%` on a uint32 above 2³¹
      // would be a floating-point modulo, a library call that cost more than the rest of the sample.
      const other = Math.floor((random >>> 0) * rows * TWO_TO_MINUS_32) * dims;
      if (other === j) continue;
      const nx = x - (layout[other] ?? 0);
      const ny = y - (layout[other + 1] ?? 0);
      const nz = three ? z - (layout[other + 2] ?? 0) : 0;
      d2 = nx * nx + ny * ny + nz * nz;
      if (!(d2 > 0)) continue;
      const coefficient = gradients.repel(d2);
      x += clip(coefficient * nx) * alpha;
      y += clip(coefficient * ny) * alpha;
      if (three) z += clip(coefficient * nz) * alpha;
    }
    nextNegative[e] = (nextNegative[e] ?? 0) + negatives * every;
    layout[j] = x;
    layout[j + 1] = y;
    if (three) layout[j + 2] = z;
  }
  state.random = random;
}

/**
 * UMAP's stochastic gradient descent on this thread, exactly as umap-learn runs it single-threaded:
 * edge-sampled attraction moving both ends, negative-sampled repulsion, learning rate decaying linearly to
 * zero. Yields between epochs (an epoch is a few milliseconds at 10,000 rows), so a cancel lands within one.
 */
export async function optimizeLayoutSequentially(
  embedding: Float32Array,
  dims: number,
  schedule: EdgeSchedule,
  options: OptimizeOptions,
): Promise<void> {
  const negativeEvery = schedule.epochsPerSample.map((every) => every / NEGATIVE_SAMPLE_RATE);
  const state: SgdState = {
    embedding,
    dims,
    rows: embedding.length / dims,
    gradients: new GradientTable(options.curve),
    schedule,
    nextSample: Float64Array.from(schedule.epochsPerSample),
    negativeEvery,
    nextNegative: Float64Array.from(negativeEvery),
    random: (options.seed ^ 0x9e3779b9) | 1,
  };
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    runEpoch(state, epoch, learningRate(epoch, options.epochs));
    options.onEpoch(epoch + 1);
    await options.cooperation.checkpoint();
  }
}
