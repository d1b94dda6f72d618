import type { JobEndEvent, JobEvent } from '../../../shared/contract';

/**
 * Events kept while the job's id is not known yet (between the start call and its answer): a measuring job
 * sends a few dozen throttled progress events at most before it could have ended.
 */
const MAX_EARLY_EVENTS = 256;

/** An analysis job (map quality, map comparison) that a panel started and follows by its own events. */
export interface AnalysisJobState {
  /** null until the start call answers; events that come before are kept in `early`. */
  readonly jobId: string | null;
  /** Share done, in [0, 1], never decreasing. */
  readonly fraction: number;
  /** Cancel was pressed; the job ends with `cancelled` (or its result, if it was already finishing). */
  readonly cancelling: boolean;
  readonly early: readonly JobEvent[];
}

/** What one event did: the job as it now stands (null once ended) and the event that ended it, if any. */
export interface AnalysisJobStep {
  readonly job: AnalysisJobState | null;
  readonly end: JobEndEvent | null;
}

/** A job just asked for: no id yet, nothing done. */
export function requestedJob(): AnalysisJobState {
  return { jobId: null, fraction: 0, cancelling: false, early: [] };
}

/** The end events that belong to an analysis job: its own success, or failed / cancelled. */
function isAnalysisEnd(event: JobEvent): event is JobEndEvent {
  return (
    event.type === 'map-quality' ||
    event.type === 'map-comparison' ||
    event.type === 'failed' ||
    event.type === 'cancelled'
  );
}

/** Applies one job event to a followed job: other jobs' events change nothing. */
export function applyAnalysisJobEvent(job: AnalysisJobState, event: JobEvent): AnalysisJobStep {
  if (job.jobId === null) {
    return { job: { ...job, early: [...job.early, event].slice(-MAX_EARLY_EVENTS) }, end: null };
  }
  if (event.jobId !== job.jobId) return { job, end: null };
  if (event.type === 'progress') {
    const fraction = Math.max(job.fraction, Math.min(1, Math.max(0, event.fraction)));
    return { job: { ...job, fraction }, end: null };
  }
  if (isAnalysisEnd(event)) return { job: null, end: event };
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
