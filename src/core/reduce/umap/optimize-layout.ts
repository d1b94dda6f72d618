import type { Cooperation } from '../../jobs/cooperation';
import { splitRange, type ParallelExecutor } from '../../parallel/parallel-executor';
import { sequentialExecutor } from '../../parallel/sequential-executor';
import { sharedFloat32Array, sharedFloat64Array, sharedInt32Array } from '../../parallel/shared-arrays';
import type { CurveParams } from './curve-fit';
import type { EdgeSchedule } from './epoch-schedule';
import { learningRate, NEGATIVE_SAMPLE_RATE, type SgdEpochInput } from './sgd-partitions';
import { optimizeLayoutSequentially } from './sgd-sequential';

/**
 * From this many rows the SGD runs in partitions over the executor's threads; below, on one thread exactly as
 * umap-learn does. The partitioned form reads other partitions' rows one epoch stale and moves only edge
 * heads (by twice the pull): on 11,925 GloVe vectors that cost 0.008–0.011 of trustworthiness (0.873 against
 * 0.881–0.884 over four seeds), while below 50,000 rows the SGD takes a few seconds anyway; at 100,000 it
 * halves the SGD's ~23 s with the same trustworthiness on the synthetic set (0.9567).
 */
export const PARTITIONED_SGD_FROM_ROWS = 50_000;
/**
 * Row partitions of the SGD, whatever the number of threads: the layout's bytes depend on this number, so it
 * is fixed. Sixteen keep two to eight threads evenly busy; each partition reads the others' rows as the
 * epoch began.
 */
export const SGD_PARTITIONS = 16;

/** What {@link optimizeLayout} needs besides the layout and the schedule. */
export interface OptimizeOptions {
  readonly epochs: number;
  readonly curve: CurveParams;
  readonly seed: number;
  readonly cooperation: Cooperation;
  /** Threads for the epochs; the layout is the same bytes with any executor (default: this thread). */
  readonly executor?: ParallelExecutor;
  /** Called after every epoch with the number finished; may read (not keep) the layout. */
  readonly onEpoch: (finished: number) => void;
  /** Rows from which the SGD runs in partitions: {@link PARTITIONED_SGD_FROM_ROWS} unless a test says. */
  readonly partitionedFromRows?: number;
}

/** A 32-bit mix of the seed and a partition number (murmur3's finaliser), never 0: xorshift sticks at 0. */
function partitionSeed(seed: number, partition: number): number {
  let h = (seed ^ Math.imul(partition + 1, 0x9e3779b9)) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 1;
}

/**
 * Optimises `embedding` (row-major `rows × dims`, modified in place) by UMAP's stochastic gradient descent:
 * edge-sampled attraction, negative-sampled repulsion, learning rate decaying linearly to zero. From
 * {@link PARTITIONED_SGD_FROM_ROWS} rows each epoch runs {@link SGD_PARTITIONS} row partitions (see
 * `sgd-partitions.ts`) spread over the executor's threads; below, it runs on this thread. Either way the
 * bytes are the same with any executor. Yields between epochs, so a cancel lands within one epoch.
 */
export async function optimizeLayout(
  embedding: Float32Array,
  dims: number,
  schedule: EdgeSchedule,
  options: OptimizeOptions,
): Promise<void> {
  const rows = embedding.length / dims;
  if (rows < (options.partitionedFromRows ?? PARTITIONED_SGD_FROM_ROWS)) {
    await optimizeLayoutSequentially(embedding, dims, schedule, options);
    return;
  }
  const executor = options.executor ?? sequentialExecutor;
  const edges = schedule.heads.length;
  const layout = sharedFloat32Array(embedding.length);
  layout.set(embedding);
  const heads = sharedInt32Array(edges);
  heads.set(schedule.heads);
  const tails = sharedInt32Array(edges);
  tails.set(schedule.tails);
  const epochsPerSample = sharedFloat64Array(edges);
  epochsPerSample.set(schedule.epochsPerSample);
  const negativeEvery = sharedFloat64Array(edges);
  for (let e = 0; e < edges; e++) negativeEvery[e] = (epochsPerSample[e] ?? 0) / NEGATIVE_SAMPLE_RATE;
  const nextSample = sharedFloat64Array(edges);
  nextSample.set(epochsPerSample);
  const nextNegative = sharedFloat64Array(edges);
  nextNegative.set(negativeEvery);
  const partitionRows = sharedInt32Array(SGD_PARTITIONS + 1);
  const partitionEdges = sharedInt32Array(SGD_PARTITIONS + 1);
  const randomStates = sharedInt32Array(SGD_PARTITIONS);
  let edge = 0;
  for (let p = 0; p <= SGD_PARTITIONS; p++) {
    const firstRow = Math.floor((rows * p) / SGD_PARTITIONS);
    partitionRows[p] = firstRow;
    // The schedule's edges are sorted by head (fuzzyGraph groups them), so a partition's edges are a run.
    while (edge < edges && (heads[edge] ?? 0) < firstRow) edge++;
    partitionEdges[p] = p === SGD_PARTITIONS ? edges : edge;
    if (p < SGD_PARTITIONS) randomStates[p] = partitionSeed(options.seed, p);
  }
  const snapshot = sharedFloat32Array(embedding.length);
  const ranges = splitRange(0, SGD_PARTITIONS, executor.workers);
  const { a, b } = options.curve;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    snapshot.set(layout);
    const input: SgdEpochInput = {
      layout,
      snapshot,
      heads,
      tails,
      epochsPerSample,
      nextSample,
      negativeEvery,
      nextNegative,
      partitionRows,
      partitionEdges,
      randomStates,
      dims,
      epoch,
      alpha: learningRate(epoch, options.epochs),
      a,
      b,
    };
    await executor.run('umap-sgd-epoch', input, ranges);
    embedding.set(layout);
    options.onEpoch(epoch + 1);
    await options.cooperation.checkpoint();
  }
}
