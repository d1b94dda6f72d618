import type { ParallelTaskInputs, ParallelTaskName } from '../../core/parallel/parallel-tasks';

/** What the pool sends a worker: run `task` over rows `[start, end)` of `input` and answer with `id`. */
export interface ParallelRequest<T extends ParallelTaskName = ParallelTaskName> {
  readonly id: number;
  readonly task: T;
  readonly input: ParallelTaskInputs[T];
  readonly start: number;
  readonly end: number;
}

/** A worker's answer: done, or the message of the error the task threw. */
export interface ParallelReply {
  readonly id: number;
  readonly error?: string;
}
