import type { z } from 'zod';
import type { StudioErrorInfo } from '../errors';
import type { jobStageSchema, mapResultSchema } from './schemas';

export type JobStage = z.infer<typeof jobStageSchema>;
export type MapResult = z.infer<typeof mapResultSchema>;

/** A job's progress: `fraction` of the whole job in [0, 1], plus the stage it is in and an optional count. */
export interface JobProgressEvent {
  readonly type: 'progress';
  readonly jobId: string;
  readonly stage: JobStage;
  readonly fraction: number;
  readonly done?: number;
  readonly total?: number;
  /** Estimated time left for the whole job, in milliseconds, when the stage can tell. */
  readonly etaMs?: number;
}

/** Sent once, before the first layout event: the mapped items, in the order of every later coordinate array. */
export interface JobItemsEvent {
  readonly type: 'items';
  readonly jobId: string;
  readonly texts: string[];
  readonly labels: (string | null)[];
}

/**
 * An intermediate layout while an iterative method (UMAP) settles, so the user watches it converge.
 * Sent at a bounded rate; `coords` is `count × dims`, row-major, in the order of the items event.
 */
export interface JobLayoutEvent {
  readonly type: 'layout';
  readonly jobId: string;
  readonly dims: 2 | 3;
  readonly coords: Float32Array;
  readonly epoch: number;
  readonly totalEpochs: number;
}

export interface JobDoneEvent {
  readonly type: 'done';
  readonly jobId: string;
  readonly result: MapResult;
}

export interface JobFailedEvent {
  readonly type: 'failed';
  readonly jobId: string;
  readonly error: StudioErrorInfo;
}

export interface JobCancelledEvent {
  readonly type: 'cancelled';
  readonly jobId: string;
}

/** Everything a running job reports. Exactly one of done / failed / cancelled ends each job. */
export type JobEvent =
  JobProgressEvent | JobItemsEvent | JobLayoutEvent | JobDoneEvent | JobFailedEvent | JobCancelledEvent;

export type JobEventListener = (event: JobEvent) => void;

/** The events that end a job: exactly one of them comes last, and nothing of that job follows it. */
export type JobEndEvent = JobDoneEvent | JobFailedEvent | JobCancelledEvent;

/** True for done, failed and cancelled; false for progress and the streamed items/layout events. */
export function isJobEndEvent(event: JobEvent): event is JobEndEvent {
  return event.type === 'done' || event.type === 'failed' || event.type === 'cancelled';
}
