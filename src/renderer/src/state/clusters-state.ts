import type { ClusteringResult, JobEndEvent } from '../../../shared/contract';
import type { AnalysisJobView } from './analysis-job-state';

/** A running clustering job as the panel shows it (its job is followed by `useAnalysisJob`). */
export type ClustersJob = AnalysisJobView;

/** Everything the Clusters tool knows besides its running job: the last result and the user's names. */
export interface ClustersState {
  readonly result: ClusteringResult | null;
  /** One name per cluster id: the core's name until the user edits it. */
  readonly names: readonly string[];
  /** The last run was cancelled (shown under the button until the next run). */
  readonly cancelled: boolean;
}

/** What happens to the clusters state. */
export type ClustersAction =
  | { readonly type: 'start' }
  /** The run ended (a failure was already reported by the job's follower). */
  | { readonly type: 'ended'; readonly end: JobEndEvent }
  | { readonly type: 'rename'; readonly id: number; readonly name: string };

export const INITIAL_CLUSTERS_STATE: ClustersState = {
  result: null,
  names: [],
  cancelled: false,
};

/**
 * The Clusters tool's reducer: pure, so what a run leaves and renaming are tested without React. A new run
 * keeps the previous result on screen until its own ends.
 */
export function reduceClusters(state: ClustersState, action: ClustersAction): ClustersState {
  switch (action.type) {
    case 'start':
      return state.cancelled ? { ...state, cancelled: false } : state;
    case 'ended': {
      const { end } = action;
      if (end.type === 'clusters')
        return { ...state, result: end.result, names: end.result.clusters.map((cluster) => cluster.name) };
      return end.type === 'cancelled' ? { ...state, cancelled: true } : state;
    }
    case 'rename':
      if (action.id < 0 || action.id >= state.names.length) return state;
      return { ...state, names: state.names.map((name, id) => (id === action.id ? action.name : name)) };
  }
}
