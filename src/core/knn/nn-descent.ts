import type { Cooperation } from '../jobs/cooperation';
import { createRandom, type RandomSource } from '../math/random';
import { splitRange, type ParallelExecutor } from '../parallel/parallel-executor';
import { sequentialExecutor } from '../parallel/sequential-executor';
import { sharedFloat32Array, sharedInt32Array } from '../parallel/shared-arrays';
import { renumberHeaps, storeInLocalityOrder } from './locality-order';
import { NeighborHeaps } from './neighbor-heaps';
import { pairsPerRow, type PairDistanceInput } from './pair-distances';
import { indexReverseEdges, type CandidateSamplingInput, type ReverseEdges } from './candidate-sampling';
import { seedFromRandomProjectionForest } from './rp-forest';
import { searchEffort } from './search-effort';
import { prepareSearchRows, shareSearchRows, tileDistances, type SearchRows } from './search-rows';
import type { VectorSpace } from './vector-space';

/**
 * Stop when an iteration improves fewer than this share of all `rows × k` slots (pynndescent's `delta`):
 * the graph has converged and further joins cost full price for almost nothing.
 */
const CONVERGENCE_SHARE = 0.001;
/** Iteration cap; with a random-projection start NN-descent converges in 3–6 iterations. */
export const MAX_ITERATIONS = 12;
/**
 * Target rows per range of the candidate sampling: a range offers each of its rows the ~2 × k edges that
 * touch it (~1 µs a row), so 16,384 rows is ~20–40 ms of work between clock checks.
 */
const SAMPLE_BLOCK_ROWS = 16384;
/** Share of the graph's progress given to the forest, the rest to the joins (a rough estimate at 10,000 × 384). */
export const FOREST_SHARE = 0.3;

/** Trees: pynndescent's `5 + √rows / 20`, capped since each costs rows × cols × depth multiply-adds. */
function treeCount(rows: number): number {
  return Math.min(16, 5 + Math.round(Math.sqrt(rows) / 20));
}

/**
 * Approximate all-points kNN by NN-descent (Dong, Charikar & Li 2011) as pynndescent does it: start from
 * random-projection tree leaves, then repeatedly join each row's new candidates with each other and with its
 * old ones ("a neighbour of my neighbour is likely my neighbour"), sampling candidates with random priority.
 *
 * The search runs on a private copy of the rows quantised to 16 bits ({@link SearchRows}), stored in a
 * locality order ({@link storeInLocalityOrder}); the heaps come back in the space's own row numbering, with
 * the quantised search distances (`rerankExactly` in exact-rerank.ts puts each row's candidates in exact order).
 */
export async function nnDescent(
  space: VectorSpace,
  k: number,
  seed: number,
  cooperation: Cooperation,
  onProgress: (fraction: number) => void,
  executor: ParallelExecutor = sequentialExecutor,
): Promise<NeighborHeaps> {
  if (k === 0) return new NeighborHeaps(space.rows, k);
  const random = createRandom(seed);
  const search = prepareSearchRows(space);
  const order = await storeInLocalityOrder(search, random, executor);
  await cooperation.checkpoint();
  const heaps = await descend(search, k, random, cooperation, onProgress, executor);
  return renumberHeaps(heaps, order);
}

/** {@link nnDescent} on the quantised rows in whatever order they are stored. */
async function descend(
  search: SearchRows,
  k: number,
  random: RandomSource,
  cooperation: Cooperation,
  onProgress: (fraction: number) => void,
  executor: ParallelExecutor,
): Promise<NeighborHeaps> {
  const { rows } = search;
  const heaps = new NeighborHeaps(rows, k, 'shared');
  const leafSize = Math.max(10, k);
  await seedFromRandomProjectionForest(
    search,
    heaps,
    treeCount(rows),
    leafSize,
    random,
    cooperation,
    executor,
  );
  fillRandomly(search, heaps, random);
  onProgress(FOREST_SHARE);
  const { candidates } = searchEffort(rows);
  const fresh = new NeighborHeaps(rows, candidates, 'shared');
  const old = new NeighborHeaps(rows, candidates, 'shared');
  const join: JoinResources = {
    executor,
    cooperation,
    proposals: proposalBuffers(BLOCK_ROWS_PER_THREAD * executor.workers, candidates),
    accepted: sharedInt32Array(rows),
    reverse: { starts: sharedInt32Array(rows + 1), slots: sharedInt32Array(rows * k) },
  };
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    await sampleCandidates(heaps, fresh, old, random, join);
    const updates = await localJoin(search, heaps, fresh, old, join, (share) => {
      onProgress(FOREST_SHARE + ((1 - FOREST_SHARE) * (iteration + share)) / MAX_ITERATIONS);
    });
    if (updates <= CONVERGENCE_SHARE * rows * k) break;
  }
  return heaps;
}

/** Tops up rows whose leaves held fewer than k others with random rows, so every heap is full. */
function fillRandomly(search: SearchRows, heaps: NeighborHeaps, random: RandomSource): void {
  const { rows } = search;
  const { k, indices } = heaps;
  for (let row = 0; row < rows; row++) {
    // Filled from the root side; an empty slot (−1) is always the root while the heap is not full.
    while (indices[row * k] === -1) {
      const other = Math.floor(random.next() * rows);
      if (other === row) continue;
      heaps.push(row, other, tileDistances(search, row, row, other, other, other, other)[0] ?? 0, 1);
    }
  }
}

/**
 * Builds this iteration's candidate lists (see {@link sampleCandidateRows}): every neighbour, and reversed
 * every row that lists it, goes to `fresh` when flagged new, else to `old`, keeping a random subset when
 * there are too many; then neighbours that made it into `fresh` are flagged old, so each pair is joined as
 * "new" once. Both steps run over ranges of target rows on the executor's threads, a group at a time with
 * a clock check between groups.
 */
async function sampleCandidates(
  heaps: NeighborHeaps,
  fresh: NeighborHeaps,
  old: NeighborHeaps,
  random: RandomSource,
  join: JoinResources,
): Promise<void> {
  const { rows, k } = heaps;
  const input: CandidateSamplingInput = {
    rows,
    k,
    width: fresh.k,
    graph: heaps.arrays(),
    fresh: fresh.arrays(),
    old: old.arrays(),
    key: Math.floor(random.next() * 4294967296),
    reverse: join.reverse,
  };
  indexReverseEdges(heaps.indices, rows, join.reverse);
  const { executor, cooperation } = join;
  // A whole number of ranges per thread, so no group leaves a thread idle (7 ranges on 2 threads did).
  const groups = Math.ceil(rows / (SAMPLE_BLOCK_ROWS * executor.workers));
  const ranges = splitRange(0, rows, groups * executor.workers);
  // Two passes: the second writes flags the first reads for every row.
  for (const task of ['knn-sample-candidates', 'knn-retire-flags'] as const) {
    for (let first = 0; first < ranges.length; first += executor.workers) {
      await executor.run(task, input, ranges.slice(first, first + executor.workers));
      await cooperation.checkpoint();
    }
  }
}

/**
 * Rows per block of the join and thread: a block's pair distances are computed (on the executor's threads)
 * before its heap updates, and the clock is checked between blocks. 256 rows × up to 5,400 pairs (60
 * candidates) × ~20 ns at 384-d is ≤ 30 ms per thread; a block of 256 × threads rows keeps that with more threads while halving
 * the hand-overs between threads (two per block), which cost most when the machine is busy. The block size
 * does not change the result: distances do not depend on the heaps, and the updates go in row order.
 */
const BLOCK_ROWS_PER_THREAD = 256;

/**
 * Joins each row's new candidates with each other and with its old ones; returns how many heaps improved.
 * Block by block: first every pair's distance, kept as a proposal when it can still improve a heap (the
 * expensive part, spread over the executor's threads by source row), then the heap updates (spread by
 * target row, each thread reading the block's proposals in order), so the graph is the same bytes with
 * any number of threads.
 */
async function localJoin(
  search: SearchRows,
  heaps: NeighborHeaps,
  fresh: NeighborHeaps,
  old: NeighborHeaps,
  join: JoinResources,
  onShare: (share: number) => void,
): Promise<number> {
  const { executor, cooperation, proposals, accepted } = join;
  const { rows, k } = heaps;
  const sharedRows = shareSearchRows(search);
  const targets = splitRange(0, rows, executor.workers);
  accepted.fill(0);
  const blockRows = BLOCK_ROWS_PER_THREAD * executor.workers;
  for (let first = 0; first < rows; first += blockRows) {
    const last = Math.min(rows, first + blockRows);
    const input: PairDistanceInput = {
      search: sharedRows,
      fresh: fresh.indices,
      old: old.indices,
      width: fresh.k,
      k,
      graphDistances: heaps.distances,
      firstRow: first,
      ...proposals,
    };
    await executor.run('knn-pair-distances', input, splitRange(first, last, executor.workers));
    await executor.run(
      'knn-apply-pairs',
      { ...input, lastRow: last, rows, graph: heaps.arrays(), accepted },
      targets,
    );
    onShare(last / rows);
    await cooperation.checkpoint();
  }
  let updates = 0;
  for (let row = 0; row < rows; row++) updates += accepted[row] ?? 0;
  return updates;
}

/** What the join blocks share: the threads, the clock, the block's distance buffer and the update counts. */
interface JoinResources {
  readonly executor: ParallelExecutor;
  readonly cooperation: Cooperation;
  readonly proposals: Pick<
    PairDistanceInput,
    'proposalA' | 'proposalB' | 'proposalDistance' | 'proposalCounts'
  >;
  readonly accepted: Int32Array;
  /** The graph's edges by target row, for the candidate sampling. */
  readonly reverse: ReverseEdges;
}

/** Room for one block's join proposals (see {@link PairDistanceInput}), shared with worker threads. */
function proposalBuffers(blockRows: number, candidates: number): JoinResources['proposals'] {
  const slots = blockRows * pairsPerRow(candidates);
  return {
    proposalA: sharedInt32Array(slots),
    proposalB: sharedInt32Array(slots),
    proposalDistance: sharedFloat32Array(slots),
    proposalCounts: sharedInt32Array(blockRows),
  };
}
