import {
  retireSampledFlags,
  sampleCandidateRows,
  type CandidateSamplingInput,
} from '../knn/candidate-sampling';
import { buildTrees, joinLeaves, type LeafJoinInput, type TreeBuildInput } from '../knn/rp-forest';
import {
  applyJoinPairs,
  joinPairDistances,
  type PairApplyInput,
  type PairDistanceInput,
} from '../knn/pair-distances';
import { runSgdPartitions, type SgdEpochInput } from '../reduce/umap/sgd-partitions';

/** Every task an executor can run, by name, with the input it takes. */
export interface ParallelTaskInputs {
  /** NN-descent's local join: the distance of every candidate pair of a block of rows. */
  readonly 'knn-pair-distances': PairDistanceInput;
  /** NN-descent's local join: the heap updates of a block, for a range of target rows. */
  readonly 'knn-apply-pairs': PairApplyInput;
  /** Random-projection trees for NN-descent's start, a range of trees. */
  readonly 'rp-trees': TreeBuildInput;
  /** The leaves of a group of trees joined into the graph, for a range of target rows. */
  readonly 'rp-join-leaves': LeafJoinInput;
  /** NN-descent's candidate sampling for a range of target rows. */
  readonly 'knn-sample-candidates': CandidateSamplingInput;
  /** NN-descent's flag update after sampling, for a range of rows. */
  readonly 'knn-retire-flags': CandidateSamplingInput;
  /** One epoch of UMAP's SGD for a range of row partitions. */
  readonly 'umap-sgd-epoch': SgdEpochInput;
}

export type ParallelTaskName = keyof ParallelTaskInputs;

/** Names a worker accepts; anything else in a message is rejected. */
export const PARALLEL_TASK_NAMES: readonly ParallelTaskName[] = [
  'knn-pair-distances',
  'knn-apply-pairs',
  'rp-trees',
  'rp-join-leaves',
  'knn-sample-candidates',
  'knn-retire-flags',
  'umap-sgd-epoch',
];

/**
 * Runs one task over rows `[start, end)` in this thread: what the in-process executor calls for each range
 * and what a worker thread calls for the ranges it is sent, so both run exactly the same code.
 */
export function runParallelTask<T extends ParallelTaskName>(
  task: T,
  input: ParallelTaskInputs[T],
  start: number,
  end: number,
): void {
  // Names arrive from other threads: checked here, so a bad one is an error, not a silent no-op.
  if (!(PARALLEL_TASK_NAMES as readonly string[]).includes(task)) {
    throw new Error(`Unknown parallel task: ${task}`);
  }
  // Each input is what its task expects: the map above ties the name to the type.
  const run = TASKS[task] as (input: ParallelTaskInputs[T], start: number, end: number) => void;
  run(input, start, end);
}

const TASKS: {
  readonly [T in ParallelTaskName]: (input: ParallelTaskInputs[T], start: number, end: number) => void;
} = {
  'knn-pair-distances': joinPairDistances,
  'knn-apply-pairs': applyJoinPairs,
  'rp-trees': buildTrees,
  'rp-join-leaves': joinLeaves,
  'knn-sample-candidates': sampleCandidateRows,
  'knn-retire-flags': retireSampledFlags,
  'umap-sgd-epoch': runSgdPartitions,
};
