import type { JobEvent, JobEventListener, JobStage, JobSuccessEvent } from '../../shared/contract';

/** What a job's work resolves with: its success event, without the job id (the registry adds it). */
export type JobSuccess = JobSuccessEvent extends infer Event
  ? Event extends JobSuccessEvent
    ? Omit<Event, 'jobId'>
    : never
  : never;
import { StudioError, toStudioErrorInfo } from '../../shared/errors';
import { ProgressThrottle, type ProgressMeasures } from './progress-throttle';
import { INSTANCE_TAG } from './instance-tag';

/** What a running job sees: its id, its cancellation signal, and where to report progress. */
export interface JobControl {
  readonly jobId: string;
  readonly signal: AbortSignal;
  /**
   * Reports the share of the whole job that is done; throttled and made non-decreasing here. `measures`
   * (time left, rate, training loss) ride along on the events that go out.
   */
  progress(
    stage: JobStage,
    fraction: number,
    counts?: { done: number; total: number },
    measures?: ProgressMeasures,
  ): void;
  /** Announces the mapped items once, before the first intermediate layout. */
  items(texts: string[], labels: (string | null)[]): void;
  /**
   * Streams an intermediate layout of an iterative method. The caller bounds the rate (a few per second) and
   * passes a copy it will not modify again, since the array may be transferred to another thread.
   */
  layout(coords: Float32Array, dims: 2 | 3, epoch: number, totalEpochs: number): void;
}

type JobState = 'running' | 'done' | 'failed' | 'cancelled';

interface JobRecord {
  state: JobState;
  readonly controller: AbortController;
}

/** Ended jobs remembered so that a late `cancelJob` answers "already finished" rather than "unknown job". */
const ENDED_JOBS_KEPT = 1000;

/**
 * The jobs of one core: ids, an AbortController each, fan-out of their events to every listener, and
 * terminal-state tracking that guarantees exactly one of done / failed / cancelled per job and nothing after.
 */
export class JobRegistry {
  private readonly listeners = new Set<JobEventListener>();
  private readonly jobs = new Map<string, JobRecord>();
  private counter = 0;

  /** Subscribes to every job's events; returns the function that unsubscribes. */
  subscribe(listener: JobEventListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /**
   * Creates a job and starts `run` on a later turn of the event loop, so the caller can hand out the id
   * before the first event. Resolving ends the job with `done`, throwing with `failed`.
   */
  start(run: (control: JobControl) => Promise<JobSuccess>): string {
    this.counter++;
    const jobId = `job-${INSTANCE_TAG}-${this.counter}`;
    const record: JobRecord = { state: 'running', controller: new AbortController() };
    this.jobs.set(jobId, record);
    const throttle = new ProgressThrottle();
    const control: JobControl = {
      jobId,
      signal: record.controller.signal,
      progress: (stage, fraction, counts, measures) => {
        const event = throttle.next(jobId, stage, fraction, counts, measures);
        if (event !== null && record.state === 'running') this.emit(event);
      },
      items: (texts, labels) => {
        if (record.state === 'running') this.emit({ type: 'items', jobId, texts, labels });
      },
      layout: (coords, dims, epoch, totalEpochs) => {
        if (record.state === 'running')
          this.emit({ type: 'layout', jobId, coords, dims, epoch, totalEpochs });
      },
    };
    setTimeout(() => void this.execute(record, control, run), 0);
    return jobId;
  }

  /** Cancels a running job (true), or reports that it had already ended (false). Unknown ids throw. */
  cancel(jobId: string): boolean {
    const record = this.jobs.get(jobId);
    if (record === undefined) {
      throw new StudioError('unknown-job', `There is no job "${jobId}".`, { jobId });
    }
    if (record.state !== 'running') return false;
    this.end(record, 'cancelled', { type: 'cancelled', jobId });
    record.controller.abort();
    return true;
  }

  private async execute(
    record: JobRecord,
    control: JobControl,
    run: (control: JobControl) => Promise<JobSuccess>,
  ): Promise<void> {
    const { jobId } = control;
    if (record.state !== 'running') return;
    try {
      const success = await run(control);
      this.end(record, 'done', { ...success, jobId });
    } catch (error) {
      // After a cancel the job's own `cancelled` error is expected; `end` ignores it because the job has ended.
      this.end(record, 'failed', { type: 'failed', jobId, error: toStudioErrorInfo(error) });
    }
  }

  private end(record: JobRecord, state: Exclude<JobState, 'running'>, event: JobEvent): void {
    if (record.state !== 'running') return;
    record.state = state;
    this.emit(event);
    this.forgetOldJobs();
  }

  private forgetOldJobs(): void {
    let ended = 0;
    for (const record of this.jobs.values()) if (record.state !== 'running') ended++;
    for (const [id, record] of this.jobs) {
      if (ended <= ENDED_JOBS_KEPT) break;
      if (record.state === 'running') continue;
      this.jobs.delete(id);
      ended--;
    }
  }

  private emit(event: JobEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        // One faulty listener must not stop the others or kill the job; it is reported, not swallowed.
        console.error('A job event listener threw:', error);
      }
    }
  }
}
