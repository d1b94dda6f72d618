import { Worker } from 'node:worker_threads';
import type { ParallelExecutor, RowRange } from '../../core/parallel/parallel-executor';
import {
  runParallelTask,
  type ParallelTaskInputs,
  type ParallelTaskName,
} from '../../core/parallel/parallel-tasks';
import type { CandidateSamplingInput } from '../../core/knn/candidate-sampling';
import { sharedFloat32Array, sharedInt32Array, sharedUint8Array } from '../../core/parallel/shared-arrays';
import { loadableWorkerUrl } from '../loadable-worker-url';
import type { ParallelReply, ParallelRequest } from './parallel-messages';

/** A call waiting for its worker's answer. */
interface Pending {
  readonly resolve: () => void;
  readonly reject: (error: Error) => void;
  /** Runs the call's range on this thread instead: what a call does when its worker dies. */
  readonly runHere: () => void;
}

/**
 * A {@link ParallelExecutor} on `worker_threads`: `threads − 1` workers plus the calling thread, which
 * runs the last range itself instead of idling while the others work (on two cores: one worker). Ranges go
 * to the threads in order; each writes only its own rows of the shared output, so the bytes do not depend on
 * the thread count. Inputs that are not all shared memory (no SharedArrayBuffer, e.g. threads disabled) run
 * in this thread. Workers start on the first call that needs them, and are unreferenced while idle, so an
 * idle pool never keeps a CLI process alive. (Started eagerly, a worker still loading its code when the
 * process had nothing else to do kept it alive under tsx: every CLI command hung at exit.)
 */
export class WorkerPoolExecutor implements ParallelExecutor {
  readonly workers: number;
  /** The workers once started (see {@link started}); empty until the first call that needs them. */
  private pool: Worker[] = [];
  private readonly url: URL;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private inFlight = 0;
  /** Set when a worker has died: the pool then runs everything in this thread rather than wait forever. */
  private broken = false;

  /** `threads`: the total, calling thread included; `workerUrl`: the worker entry (TS under tsx, or built JS). */
  constructor(workerUrl: URL, threads: number) {
    this.url = loadableWorkerUrl(workerUrl);
    this.workers = Math.max(1, Math.floor(threads));
  }

  /** The workers, started on first use. */
  private started(): Worker[] {
    if (this.pool.length === 0 && this.workers > 1) {
      this.pool = Array.from({ length: this.workers - 1 }, () => this.spawn(this.url));
    }
    return this.pool;
  }

  async run<T extends ParallelTaskName>(
    task: T,
    input: ParallelTaskInputs[T],
    ranges: readonly RowRange[],
  ): Promise<void> {
    if (this.workers < 2 || this.broken || ranges.length < 2 || !allShared(input)) {
      for (const range of ranges) runParallelTask(task, input, range.start, range.end);
      return;
    }
    const pool = this.started();
    const local = ranges.length - 1;
    const remote = ranges.slice(0, local).map((range, index) => {
      const worker = pool[index % pool.length];
      if (worker === undefined) throw new Error('The worker pool is empty.');
      return this.call(worker, task, input, range);
    });
    // This thread's share, while the workers compute theirs.
    const last = ranges[local];
    let localError: Error | null = null;
    try {
      if (last !== undefined) runParallelTask(task, input, last.start, last.end);
    } catch (error) {
      localError = error instanceof Error ? error : new Error(String(error));
    }
    // Every worker's answer first, so no call is left pending when this one throws.
    await Promise.all(remote);
    if (localError !== null) throw localError;
  }

  /**
   * Resolves once every worker has started and answered an empty task: a worker loads its code (and,
   * under tsx, compiles it) on start, which a long-lived host pays once; a benchmark waits for this so
   * that start-up is not timed as work.
   */
  async ready(): Promise<void> {
    const empty: CandidateSamplingInput = {
      rows: 0,
      k: 0,
      width: 0,
      graph: { indices: sharedInt32Array(0), distances: sharedFloat32Array(0), flags: sharedUint8Array(0) },
      fresh: { indices: sharedInt32Array(0), distances: sharedFloat32Array(0), flags: sharedUint8Array(0) },
      old: { indices: sharedInt32Array(0), distances: sharedFloat32Array(0), flags: sharedUint8Array(0) },
      key: 0,
      reverse: { starts: sharedInt32Array(1), slots: sharedInt32Array(0) },
    };
    await Promise.all(
      this.started().map((worker) => this.call(worker, 'knn-retire-flags', empty, { start: 0, end: 0 })),
    );
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.pool.map((worker) => worker.terminate()));
  }

  private spawn(url: URL): Worker {
    const worker = new Worker(url);
    worker.unref();
    worker.on('message', (reply: ParallelReply) => {
      this.settle(reply.id, reply.error === undefined ? null : new Error(reply.error));
    });
    // A worker that fails to start or dies (e.g. a packaging problem) must not fail the job: its calls
    // run on this thread, with the same result, and the pool stops using workers.
    const takeOver = (): void => {
      this.broken = true;
      for (const id of [...this.pending.keys()]) {
        try {
          this.pending.get(id)?.runHere();
          this.settle(id, null);
        } catch (error) {
          this.settle(id, error instanceof Error ? error : new Error(String(error)));
        }
      }
    };
    worker.on('error', (error) => {
      console.warn(`[parallel] worker error, continuing on one thread: ${error.message}`);
      takeOver();
    });
    worker.on('exit', takeOver);
    return worker;
  }

  private call<T extends ParallelTaskName>(
    worker: Worker,
    task: T,
    input: ParallelTaskInputs[T],
    range: RowRange,
  ): Promise<void> {
    const id = this.nextId++;
    const request: ParallelRequest<T> = { id, task, input, start: range.start, end: range.end };
    return new Promise<void>((resolve, reject) => {
      const runHere = (): void => {
        runParallelTask(task, input, range.start, range.end);
      };
      this.pending.set(id, { resolve, reject, runHere });
      // Referenced while a call is out: the answer is what the caller's promise waits for.
      if (this.inFlight++ === 0) for (const each of this.pool) each.ref();
      worker.postMessage(request);
    });
  }

  private settle(id: number, error: Error | null): void {
    const pending = this.pending.get(id);
    if (pending === undefined) return;
    this.pending.delete(id);
    if (--this.inFlight === 0) for (const each of this.pool) each.unref();
    if (error === null) pending.resolve();
    else pending.reject(error);
  }
}

/**
 * True when every typed array in the input (one level of nesting deep) lies on a SharedArrayBuffer and
 * every other object is a shared WebAssembly memory: posting anything else would copy it, and a worker
 * would write its results into the copy.
 */
function allShared(input: object, depth = 0): boolean {
  for (const value of Object.values(input) as unknown[]) {
    if (value === null || typeof value !== 'object') continue;
    if (ArrayBuffer.isView(value)) {
      if (!(value.buffer instanceof SharedArrayBuffer)) return false;
    } else if ('buffer' in value) {
      // A WebAssembly memory: shareable only when created shared.
      if (!(value.buffer instanceof SharedArrayBuffer)) return false;
    } else if (depth > 0 || !allShared(value, depth + 1)) return false;
  }
  return true;
}
