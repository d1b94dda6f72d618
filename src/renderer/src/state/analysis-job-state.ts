import { isJobEndEvent, type JobEndEvent, type JobEvent } from '../../../shared/contract';
import type { StudioErrorInfo } from '../../../shared/errors';

/**
 * Events kept while the job's id is not known yet (between the start call and its answer): a measuring job
 * sends a few dozen throttled progress events at most before it could have ended.
 */
const MAX_EARLY_EVENTS = 256;

/**
 * An analysis job (map quality, map comparison, an analogy evaluation, clustering) that a panel started and
 * follows by its own events.
 */
export interface AnalysisJobState {
  /** null until the start call answers; events that come before are kept in `early`. */
  readonly jobId: string | null;
  /** Share done, in [0, 1], never decreasing. */
  readonly fraction: number;
  /** Items done and in all, as the last progress event that counted them said (0 until one does). */
  readonly done: number;
  readonly total: number;
  /** Cancel was pressed; the job ends with `cancelled` (or its result, if it was already finishing). */
  readonly cancelling: boolean;
  readonly early: readonly JobEvent[];
}

/** A running analysis job as a panel shows it: its progress bar, its count and whether Cancel was pressed. */
export interface AnalysisJobView {
  readonly fraction: number;
  /** Items done and in all (0 until the job counts them). */
  readonly done: number;
  readonly total: number;
  readonly cancelling: boolean;
}

/** What one event did: the job as it now stands (null once ended) and the event that ended it, if any. */
export interface AnalysisJobStep {
  readonly job: AnalysisJobState | null;
  readonly end: JobEndEvent | null;
}

/** A job just asked for: no id yet, nothing done. */
export function requestedJob(): AnalysisJobState {
  return { jobId: null, fraction: 0, done: 0, total: 0, cancelling: false, early: [] };
}

/** Applies one job event to a followed job: other jobs' events change nothing. */
export function applyAnalysisJobEvent(job: AnalysisJobState, event: JobEvent): AnalysisJobStep {
  if (job.jobId === null) {
    return { job: { ...job, early: [...job.early, event].slice(-MAX_EARLY_EVENTS) }, end: null };
  }
  if (event.jobId !== job.jobId) return { job, end: null };
  if (event.type === 'progress') {
    const fraction = Math.max(job.fraction, Math.min(1, Math.max(0, event.fraction)));
    return {
      job: { ...job, fraction, done: event.done ?? job.done, total: event.total ?? job.total },
      end: null,
    };
  }
  // Whatever end the job's kind has (a report, clusters, scores), it is the last event of this id.
  if (isJobEndEvent(event)) return { job: null, end: event };
  return { job, end: null };
}

/** The start call answered: the job gets its id and the events that came before it are applied in order. */
export function withJobId(job: AnalysisJobState, jobId: string): AnalysisJobStep {
  let step: AnalysisJobStep = { job: { ...job, jobId, early: [] }, end: null };
  for (const event of job.early) {
    if (step.job === null) break;
    step = applyAnalysisJobEvent(step.job, event);
  }
  return step;
}

/** What happens to the job a panel follows (null: none running). */
export type AnalysisJobAction =
  | { readonly type: 'requested' }
  | { readonly type: 'started'; readonly jobId: string }
  /** The start call itself was refused (a bad input, the map no longer kept). */
  | { readonly type: 'start-failed'; readonly error: StudioErrorInfo }
  | { readonly type: 'cancel-requested' }
  | { readonly type: 'event'; readonly event: JobEvent };

/** A step of {@link reduceAnalysisJob}: the job after it, an error to report, and the event that ended it. */
export interface AnalysisJobReduction {
  readonly state: AnalysisJobState | null;
  readonly error: StudioErrorInfo | null;
  readonly end: JobEndEvent | null;
}

function reduction(step: AnalysisJobStep): AnalysisJobReduction {
  return { state: step.job, error: step.end?.type === 'failed' ? step.end.error : null, end: step.end };
}

/**
 * One followed job's life as a step reducer: one job at a time (a second request while one runs changes
 * nothing), its failure (of the start call or of the job) as the step's error, its end event handed back.
 */
export function reduceAnalysisJob(
  job: AnalysisJobState | null,
  action: AnalysisJobAction,
): AnalysisJobReduction {
  switch (action.type) {
    case 'requested':
      return { state: job ?? requestedJob(), error: null, end: null };
    case 'started':
      return job === null || job.jobId !== null
        ? { state: job, error: null, end: null }
        : reduction(withJobId(job, action.jobId));
    case 'start-failed':
      return { state: null, error: action.error, end: null };
    case 'cancel-requested':
      return {
        state: job === null || job.cancelling ? job : { ...job, cancelling: true },
        error: null,
        end: null,
      };
    case 'event':
      return job === null
        ? { state: null, error: null, end: null }
        : reduction(applyAnalysisJobEvent(job, action.event));
  }
}
