import { joinPairDistances, type PairDistanceInput } from '../knn/pair-distances';

/** Every task an executor can run, by name, with the input it takes. */
export interface ParallelTaskInputs {
  /** NN-descent's local join: the distance of every candidate pair of a block of rows. */
  readonly 'knn-pair-distances': PairDistanceInput;
}

export type ParallelTaskName = keyof ParallelTaskInputs;

/** Names a worker accepts; anything else in a message is rejected. */
export const PARALLEL_TASK_NAMES: readonly ParallelTaskName[] = ['knn-pair-distances'];

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
  // One task today; a second one becomes a switch on `task`.
  joinPairDistances(input, start, end);
}
