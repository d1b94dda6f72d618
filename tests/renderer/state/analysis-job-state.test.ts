import { describe, expect, it } from 'vitest';
import type { AnalogyReport, JobEvent, MapQualityResult } from '../../../src/shared/contract';
import {
  applyAnalysisJobEvent,
  reduceAnalysisJob,
  type AnalysisJobAction,
  type AnalysisJobReduction,
  requestedJob,
  withJobId,
  type AnalysisJobState,
} from '../../../src/renderer/src/state/analysis-job-state';

const RESULT: MapQualityResult = {
  k: 3,
  trustworthiness: 0.9,
  continuity: 0.8,
  knnPreservation: 0.5,
  perPoint: Float32Array.from([0.5, 0.5]),
  sampled: null,
};

const progress = (jobId: string, fraction: number): JobEvent => ({
  type: 'progress',
  jobId,
  stage: 'measure',
  fraction,
});

/** Applies events in order, collecting the end event (if any) and the job after each. */
function run(job: AnalysisJobState, events: readonly JobEvent[]): ReturnType<typeof applyAnalysisJobEvent> {
  let step: ReturnType<typeof applyAnalysisJobEvent> = { job, end: null };
  for (const event of events) {
    if (step.job === null) break;
    step = applyAnalysisJobEvent(step.job, event);
  }
  return step;
}

describe('analysis job state', () => {
  it('follows its own progress, never backwards, and ignores other jobs', () => {
    const job = withJobId(requestedJob(), 'job-1').job;
    if (job === null) throw new Error('job ended early');
    const step = run(job, [progress('job-1', 0.4), progress('job-2', 0.9), progress('job-1', 0.3)]);
    expect(step.job?.fraction).toBe(0.4);
    expect(step.end).toBeNull();
  });

  it('ends with its result, failure or cancellation, and only its own', () => {
    const job = withJobId(requestedJob(), 'job-1').job;
    if (job === null) throw new Error('job ended early');
    expect(run(job, [{ type: 'cancelled', jobId: 'job-2' }]).job).toBe(job);
    const done = run(job, [{ type: 'map-quality', jobId: 'job-1', result: RESULT }]);
    expect(done.job).toBeNull();
    expect(done.end).toEqual({ type: 'map-quality', jobId: 'job-1', result: RESULT });
    const failed = run(job, [
      { type: 'failed', jobId: 'job-1', error: { code: 'unknown-map', message: 'No map.' } },
    ]);
    expect(failed.end?.type).toBe('failed');
    expect(run(job, [{ type: 'cancelled', jobId: 'job-1' }]).end?.type).toBe('cancelled');
  });

  it('keeps events that come before the id and replays the job’s own once it is known', () => {
    const waiting = run(requestedJob(), [
      progress('job-9', 0.7),
      progress('job-1', 0.5),
      { type: 'map-quality', jobId: 'job-1', result: RESULT },
    ]).job;
    if (waiting === null) throw new Error('a job without an id cannot end');
    expect(waiting.early).toHaveLength(3);
    const step = withJobId(waiting, 'job-1');
    expect(step.job).toBeNull();
    expect(step.end?.type).toBe('map-quality');
  });

  it('keeps a cancel pressed before the id was known', () => {
    const pressed: AnalysisJobState = { ...requestedJob(), cancelling: true };
    const step = withJobId(pressed, 'job-3');
    expect(step.job).toMatchObject({ jobId: 'job-3', cancelling: true, fraction: 0, early: [] });
  });

  it('keeps the counts a progress event gives, and the last counts when one gives none', () => {
    const job = withJobId(requestedJob(), 'job-1').job;
    if (job === null) throw new Error('job ended early');
    const counted = run(job, [
      { type: 'progress', jobId: 'job-1', stage: 'evaluate', fraction: 0.5, done: 1, total: 2 },
      progress('job-1', 0.6),
    ]);
    expect(counted.job).toMatchObject({ fraction: 0.6, done: 1, total: 2 });
  });
});

const REPORT: AnalogyReport = {
  total: 2,
  covered: 2,
  correct: 1,
  accuracy: 0.5,
  sections: [],
  failures: [],
  malformedLines: 0,
};

/** Applies actions in order from no job, returning every step. */
function steps(actions: readonly AnalysisJobAction[]): AnalysisJobReduction[] {
  const out: AnalysisJobReduction[] = [];
  let job: AnalysisJobState | null = null;
  for (const action of actions) {
    const step = reduceAnalysisJob(job, action);
    out.push(step);
    job = step.state;
  }
  return out;
}

describe('reduceAnalysisJob', () => {
  it('runs one job at a time: a second request while one runs changes nothing', () => {
    const [first, second] = steps([{ type: 'requested' }, { type: 'requested' }]);
    expect(second?.state).toBe(first?.state);
  });

  it('hands back whatever end event its own job sends, an analogy report or clusters alike', () => {
    const ends = steps([
      { type: 'requested' },
      { type: 'event', event: { type: 'analogy-report', jobId: 'job-9', report: REPORT } },
      { type: 'started', jobId: 'job-1' },
      { type: 'event', event: { type: 'analogy-report', jobId: 'job-1', report: REPORT } },
    ]);
    expect(ends.map((step) => step.end?.jobId ?? null)).toEqual([null, null, null, 'job-1']);
    expect(ends.at(-1)?.state).toBeNull();
  });

  it('reports a failed job once, as the step that ends it, and nothing after', () => {
    const error = { code: 'unknown-map' as const, message: 'No map.' };
    const all = steps([
      { type: 'requested' },
      { type: 'started', jobId: 'job-1' },
      { type: 'event', event: { type: 'failed', jobId: 'job-1', error } },
      { type: 'event', event: { type: 'failed', jobId: 'job-1', error } },
    ]);
    expect(all.map((step) => step.error)).toEqual([null, null, error, null]);
    expect(all[2]?.end?.type).toBe('failed');
  });

  it('reports a refused start call and forgets the job', () => {
    const error = { code: 'unknown-map' as const, message: 'No map.' };
    const [, refused] = steps([{ type: 'requested' }, { type: 'start-failed', error }]);
    expect(refused).toEqual({ state: null, error, end: null });
  });

  it('ends at once when the job ended before its id was known', () => {
    const [, , started] = steps([
      { type: 'requested' },
      { type: 'event', event: { type: 'cancelled', jobId: 'job-5' } },
      { type: 'started', jobId: 'job-5' },
    ]);
    expect(started?.state).toBeNull();
    expect(started?.end).toEqual({ type: 'cancelled', jobId: 'job-5' });
  });

  it('marks cancel once and ignores it with no job', () => {
    const [, cancelled, again] = steps([
      { type: 'requested' },
      { type: 'cancel-requested' },
      { type: 'cancel-requested' },
    ]);
    expect(cancelled?.state?.cancelling).toBe(true);
    expect(again?.state).toBe(cancelled?.state);
    expect(reduceAnalysisJob(null, { type: 'cancel-requested' }).state).toBeNull();
  });
});
