import type { z } from 'zod';
import type { StudioErrorInfo } from '../errors';
import type { AnalogyReport, ClusteringResult, MapComparison } from './analysis-calls';
import type { MapQualityResult } from './quality-calls';
import type { embedderInfoSchema, jobStageSchema, mapResultSchema } from './schemas';

export type JobStage = z.infer<typeof jobStageSchema>;
export type MapResult = z.infer<typeof mapResultSchema>;
type EmbedderInfo = z.infer<typeof embedderInfoSchema>;

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
  /** Items (texts, tokens, bytes: see the stage) processed per second, when the stage can tell. */
  readonly ratePerSecond?: number;
  /** The training loss so far, for jobs that train (word2vec). */
  readonly loss?: number;
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

/** A training job finished: the new embedder is registered and appears in listEmbedders. */
export interface JobTrainedEvent {
  readonly type: 'trained';
  readonly jobId: string;
  readonly embedder: EmbedderInfo;
  /** Distinct words kept (after the minimum count) and corpus tokens seen per epoch. */
  readonly vocabulary: number;
  readonly tokens: number;
  /** The last epoch's mean loss, where the method has one (word2vec), else null. */
  readonly finalLoss: number | null;
}

/** A model download finished: the model is installed and registered as an embedder. */
export interface JobModelReadyEvent {
  readonly type: 'model-ready';
  readonly jobId: string;
  readonly embedder: EmbedderInfo;
}

/** An analogy evaluation finished: accuracy overall and per section, coverage, and the failures. */
export interface JobAnalogyReportEvent {
  readonly type: 'analogy-report';
  readonly jobId: string;
  readonly report: AnalogyReport;
}

/** A clustering finished: one cluster id per map item (-1 noise) and each cluster's size and name. */
export interface JobClustersEvent {
  readonly type: 'clusters';
  readonly jobId: string;
  readonly result: ClusteringResult;
}

/** A map's quality was measured: trustworthiness, continuity, kNN preservation and the per-item score. */
export interface JobMapQualityEvent {
  readonly type: 'map-quality';
  readonly jobId: string;
  readonly result: MapQualityResult;
}

/** Two maps were compared: per-item neighbourhood overlap and B's layout aligned onto A's. */
export interface JobMapComparisonEvent {
  readonly type: 'map-comparison';
  readonly jobId: string;
  readonly result: MapComparison;
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
  | JobProgressEvent
  | JobItemsEvent
  | JobLayoutEvent
  | JobDoneEvent
  | JobTrainedEvent
  | JobModelReadyEvent
  | JobAnalogyReportEvent
  | JobClustersEvent
  | JobMapQualityEvent
  | JobMapComparisonEvent
  | JobFailedEvent
  | JobCancelledEvent;

export type JobEventListener = (event: JobEvent) => void;

/** How a job ends when it succeeds: a map (done), a trained embedder, an installed model, a report or a score. */
export type JobSuccessEvent =
  | JobDoneEvent
  | JobTrainedEvent
  | JobModelReadyEvent
  | JobAnalogyReportEvent
  | JobClustersEvent
  | JobMapQualityEvent
  | JobMapComparisonEvent;

/** The events that end a job: exactly one of them comes last, and nothing of that job follows it. */
export type JobEndEvent = JobSuccessEvent | JobFailedEvent | JobCancelledEvent;

const END_EVENT_TYPES: ReadonlySet<JobEvent['type']> = new Set([
  'done',
  'trained',
  'model-ready',
  'analogy-report',
  'clusters',
  'map-quality',
  'map-comparison',
  'failed',
  'cancelled',
]);

/** True for the events that end a job; false for progress and the streamed items/layout events. */
export function isJobEndEvent(event: JobEvent): event is JobEndEvent {
  return END_EVENT_TYPES.has(event.type);
}
