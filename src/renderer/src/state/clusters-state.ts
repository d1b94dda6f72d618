import type { ClusteringResult, JobEvent } from '../../../shared/contract';
import type { StudioErrorInfo } from '../../../shared/errors';

/** A running clustering job as the panel shows it. */
export interface ClustersJob {
  /** Null until `startClustering` answers with the id. */
  readonly jobId: string | null;
  readonly fraction: number;
  readonly cancelling: boolean;
}

/** Everything the Clusters tool knows: its job, its last result and the names the user gave the clusters. */
export interface ClustersState {
  readonly job: ClustersJob | null;
  /** Events that arrived while the job id was still unknown (a small map clusters in milliseconds). */
  readonly early: readonly JobEvent[];
  readonly result: ClusteringResult | null;
  /** One name per cluster id: the core's name until the user edits it. */
  readonly names: readonly string[];
  /** The last run was cancelled (shown under the button until the next run). */
  readonly cancelled: boolean;
}

/** What happens to the clusters state. */
export type ClustersAction =
  | { readonly type: 'start' }
  | { readonly type: 'started'; readonly jobId: string }
  /** `startClustering` itself was refused (a bad input, the map no longer kept). */
  | { readonly type: 'start-failed' }
  | { readonly type: 'cancel-requested' }
  | { readonly type: 'event'; readonly event: JobEvent }
  | { readonly type: 'rename'; readonly id: number; readonly name: string };

/** The state after an action, and an error to report if the job failed. */
export interface ClustersStep {
  readonly state: ClustersState;
  readonly error: StudioErrorInfo | null;
}

export const INITIAL_CLUSTERS_STATE: ClustersState = {
  job: null,
  early: [],
  result: null,
  names: [],
  cancelled: false,
};

/** Events kept while the id is unknown: a clustering job sends a few dozen at most before the answer. */
const MAX_EARLY_EVENTS = 256;

/** The event types a clustering job sends; a map's or a training's events are never ours. */
const CLUSTERING_EVENT_TYPES: ReadonlySet<JobEvent['type']> = new Set([
  'progress',
  'clusters',
  'failed',
  'cancelled',
]);

function unchanged(state: ClustersState): ClustersStep {
  return { state, error: null };
}

/** Applies one event of our job. */
function onOwnEvent(state: ClustersState, job: ClustersJob, event: JobEvent): ClustersStep {
  switch (event.type) {
    case 'progress':
      return unchanged({ ...state, job: { ...job, fraction: Math.max(job.fraction, event.fraction) } });
    case 'clusters':
      return unchanged({
        ...state,
        job: null,
        early: [],
        result: event.result,
        names: event.result.clusters.map((cluster) => cluster.name),
      });
    case 'failed':
      return { state: { ...state, job: null, early: [] }, error: event.error };
    case 'cancelled':
      return unchanged({ ...state, job: null, early: [], cancelled: true });
    default:
      return unchanged(state);
  }
}

/**
 * The Clusters tool's reducer: pure, so the panel's behaviour (early events, cancel before the id is known,
 * renaming) is tested without React. A new run keeps the previous result on screen until its own ends.
 */
export function reduceClusters(state: ClustersState, action: ClustersAction): ClustersStep {
  switch (action.type) {
    case 'start':
      if (state.job !== null) return unchanged(state);
      return unchanged({
        ...state,
        job: { jobId: null, fraction: 0, cancelling: false },
        early: [],
        cancelled: false,
      });
    case 'started': {
      if (state.job === null || state.job.jobId !== null) return unchanged(state);
      const job = { ...state.job, jobId: action.jobId };
      let step: ClustersStep = unchanged({ ...state, job, early: [] });
      for (const event of state.early) {
        const current = step.state.job;
        if (event.jobId !== action.jobId || current === null) continue;
        const next = onOwnEvent(step.state, current, event);
        step = { state: next.state, error: next.error ?? step.error };
      }
      return step;
    }
    case 'start-failed':
      return unchanged({ ...state, job: null, early: [] });
    case 'cancel-requested':
      if (state.job === null) return unchanged(state);
      return unchanged({ ...state, job: { ...state.job, cancelling: true } });
    case 'event': {
      const { event } = action;
      const { job } = state;
      if (job === null || !CLUSTERING_EVENT_TYPES.has(event.type)) return unchanged(state);
      if (job.jobId === null) {
        if (state.early.length >= MAX_EARLY_EVENTS) return unchanged(state);
        return unchanged({ ...state, early: [...state.early, event] });
      }
      return event.jobId === job.jobId ? onOwnEvent(state, job, event) : unchanged(state);
    }
    case 'rename': {
      if (action.id < 0 || action.id >= state.names.length) return unchanged(state);
      return unchanged({
        ...state,
        names: state.names.map((name, id) => (id === action.id ? action.name : name)),
      });
    }
  }
}
