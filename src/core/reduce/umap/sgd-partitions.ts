import { GradientTable } from './gradient-table';

/** Negative samples per positive one (umap-learn's `negative_sample_rate`). */
export const NEGATIVE_SAMPLE_RATE = 5;
/** Gradients are clipped to ±4 per coordinate, as in umap-learn, so one near-collision cannot fling a point. */
const GRADIENT_CLIP = 4;
/** 2⁻³², exactly: maps a uint32 to [0, 1). */
export const TWO_TO_MINUS_32 = 1 / 4294967296;
/** The learning rate at epoch 0; it decays linearly to 0 over the run (umap-learn's initial alpha). */
const INITIAL_ALPHA = 1;

/** The learning rate of `epoch` (from 0) in a run of `epochs`: umap-learn's linear decay from 1 to 0. */
export function learningRate(epoch: number, epochs: number): number {
  return INITIAL_ALPHA * (1 - epoch / epochs);
}

/**
 * One epoch of the SGD over a range of row partitions: what a thread runs. Every array is shared between
 * threads; a partition writes only its own rows of `layout`, its own edges' clocks and its own generator.
 */
export interface SgdEpochInput {
  /** Row-major `rows × dims`, updated in place: each partition moves only its own rows. */
  readonly layout: Float32Array;
  /** The layout as the epoch began: what a partition reads of every other partition's rows. */
  readonly snapshot: Float32Array;
  readonly heads: Int32Array;
  readonly tails: Int32Array;
  readonly epochsPerSample: Float64Array;
  readonly nextSample: Float64Array;
  readonly negativeEvery: Float64Array;
  readonly nextNegative: Float64Array;
  /** Partition p owns rows `[partitionRows[p], partitionRows[p + 1])` … */
  readonly partitionRows: Int32Array;
  /** … and the edges whose head they are, `[partitionEdges[p], partitionEdges[p + 1])` (edges sorted by head). */
  readonly partitionEdges: Int32Array;
  /** One xorshift32 state per partition, kept across epochs. */
  readonly randomStates: Int32Array;
  readonly dims: number;
  readonly epoch: number;
  readonly alpha: number;
  readonly a: number;
  readonly b: number;
}

/** A gradient coordinate clipped to ±{@link GRADIENT_CLIP}. */
export function clip(value: number): number {
  return value > GRADIENT_CLIP ? GRADIENT_CLIP : value < -GRADIENT_CLIP ? -GRADIENT_CLIP : value;
}

/** The table for the last curve seen: a thread builds it once per run, not once per epoch. */
let cachedTable: { a: number; b: number; table: GradientTable } | null = null;

function gradientTable(a: number, b: number): GradientTable {
  if (cachedTable?.a !== a || cachedTable.b !== b) cachedTable = { a, b, table: new GradientTable({ a, b }) };
  return cachedTable.table;
}

/**
 * One epoch of umap-learn's `optimize_layout_euclidean` for partitions `[first, end)`, made deterministic
 * for any number of threads. Each edge moves only its head, by twice the gradient: the graph is symmetric,
 * so the reverse edge pulls the tail as umap-learn's `move_other` does, and no thread writes another's
 * rows. A partition reads its own rows live and every other row as the epoch began (one epoch stale, the
 * price of not racing), and draws negative samples from its own generator. The bytes therefore depend on
 * the partitioning, which is fixed, never on the threads. One long function on purpose: it is the hot loop.
 */
export function runSgdPartitions(input: SgdEpochInput, first: number, end: number): void {
  const { layout, snapshot, heads, tails, epochsPerSample, nextSample, negativeEvery, nextNegative } = input;
  const { dims, epoch, alpha } = input;
  const gradients = gradientTable(input.a, input.b);
  const three = dims === 3;
  const rows = layout.length / dims;
  const step = 2 * alpha;
  for (let p = first; p < end; p++) {
    const ownStart = (input.partitionRows[p] ?? 0) * dims;
    const ownEnd = (input.partitionRows[p + 1] ?? 0) * dims;
    let random = input.randomStates[p] ?? 1;
    const lastEdge = input.partitionEdges[p + 1] ?? 0;
    for (let e = input.partitionEdges[p] ?? 0; e < lastEdge; e++) {
      if ((nextSample[e] ?? 0) > epoch) continue;
      const j = (heads[e] ?? 0) * dims;
      const k = (tails[e] ?? 0) * dims;
      const tail = k >= ownStart && k < ownEnd ? layout : snapshot;
      let x = layout[j] ?? 0;
      let y = layout[j + 1] ?? 0;
      let z = three ? (layout[j + 2] ?? 0) : 0;
      const dx = x - (tail[k] ?? 0);
      const dy = y - (tail[k + 1] ?? 0);
      const dz = three ? z - (tail[k + 2] ?? 0) : 0;
      let d2 = dx * dx + dy * dy + dz * dz;
      if (d2 > 0) {
        const coefficient = gradients.attract(d2);
        x += clip(coefficient * dx) * step;
        y += clip(coefficient * dy) * step;
        if (three) z += clip(coefficient * dz) * step;
      }
      nextSample[e] = (nextSample[e] ?? 0) + (epochsPerSample[e] ?? 0);
      const every = negativeEvery[e] ?? 1;
      const negatives = Math.max(0, Math.floor((epoch - (nextNegative[e] ?? 0)) / every));
      for (let s = 0; s < negatives; s++) {
        random ^= random << 13;
        random ^= random >>> 17;
        random ^= random << 5;
        // A uniform row by multiply-and-shift (exact in doubles below 2²¹ rows): `%` on a uint32 above 2³¹
        // would be a floating-point modulo, a library call that cost more than the rest of the sample.
        const other = Math.floor((random >>> 0) * rows * TWO_TO_MINUS_32) * dims;
        if (other === j) continue;
        const source = other >= ownStart && other < ownEnd ? layout : snapshot;
        const nx = x - (source[other] ?? 0);
        const ny = y - (source[other + 1] ?? 0);
        const nz = three ? z - (source[other + 2] ?? 0) : 0;
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
    input.randomStates[p] = random;
  }
}
