import { useCallback, useMemo, useReducer } from 'react';
import type { ClusteringMethod, StudioClient } from '../../../shared/contract';
import type { DisplayError } from '../i18n/translate-error';
import {
  INITIAL_CLUSTERS_STATE,
  reduceClusters,
  type ClustersJob,
  type ClustersState,
} from './clusters-state';
import { useAnalysisJob } from './use-analysis-job';

/** What one run asks for. */
export interface ClusteringRequest {
  readonly mapId: string;
  readonly method: ClusteringMethod;
  /** Null: choose k by the silhouette. */
  readonly k: number | null;
  readonly minClusterSize: number;
  readonly seed: number;
}

/** What the Clusters tool shows: its own state and the running job, if any. */
export interface ClustersView extends ClustersState {
  readonly job: ClustersJob | null;
}

/**
 * A clustering job's life in the Clusters tool: starts it, follows it through {@link useAnalysisJob}
 * (progress, cancel, a failure reported), keeps its result through {@link reduceClusters} and the user's
 * renames.
 */
export function useClusters(
  client: StudioClient | null,
  onError: (error: DisplayError) => void,
): {
  state: ClustersView;
  run: (request: ClusteringRequest) => void;
  cancel: () => void;
  rename: (id: number, name: string) => void;
} {
  const [clusters, dispatch] = useReducer(reduceClusters, INITIAL_CLUSTERS_STATE);
  const clustering = useAnalysisJob(client, onError);

  const { start } = clustering;
  const run = useCallback(
    (request: ClusteringRequest): void => {
      const started = start(
        (studio) => studio.startClustering(request),
        (end) => {
          dispatch({ type: 'ended', end });
        },
      );
      if (started) dispatch({ type: 'start' });
    },
    [start],
  );

  const rename = useCallback((id: number, name: string): void => {
    dispatch({ type: 'rename', id, name });
  }, []);

  const state = useMemo<ClustersView>(
    () => ({ ...clusters, job: clustering.job }),
    [clusters, clustering.job],
  );
  return { state, run, cancel: clustering.cancel, rename };
}
