import { describe, expect, it } from 'vitest';
import type { JobEvent, MapQualityResult } from '../../../src/shared/contract';
import {
  applyAnalysisJobEvent,
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
});
