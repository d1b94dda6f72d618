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
export type JobEvent = JobProgressEvent | JobDoneEvent | JobFailedEvent | JobCancelledEvent;

export type JobEventListener = (event: JobEvent) => void;
