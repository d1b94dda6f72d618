import type { ParallelExecutor, RowRange } from './parallel-executor';
import { runParallelTask, type ParallelTaskInputs, type ParallelTaskName } from './parallel-tasks';

/**
 * Runs every range in this thread, one after another: the default (browser, tests, one core) and the
 * reference the worker pool must match byte for byte.
 */
export class SequentialExecutor implements ParallelExecutor {
  readonly workers = 1;

  run<T extends ParallelTaskName>(
    task: T,
    input: ParallelTaskInputs[T],
    ranges: readonly RowRange[],
  ): Promise<void> {
    for (const range of ranges) runParallelTask(task, input, range.start, range.end);
    return Promise.resolve();
  }
}

/** The one in-process executor everyone shares: it holds no state. */
export const sequentialExecutor: ParallelExecutor = new SequentialExecutor();
