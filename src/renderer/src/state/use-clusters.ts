import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClusteringMethod, StudioClient } from '../../../shared/contract';
import { toStudioErrorInfo } from '../../../shared/errors';
import type { DisplayError } from '../i18n/translate-error';
import {
  INITIAL_CLUSTERS_STATE,
  reduceClusters,
  type ClustersAction,
  type ClustersState,
} from './clusters-state';

/** What one run asks for. */
export interface ClusteringRequest {
  readonly mapId: string;
  readonly method: ClusteringMethod;
  /** Null: choose k by the silhouette. */
  readonly k: number | null;
  readonly minClusterSize: number;
  readonly seed: number;
}

/**
 * A clustering job's life in the Clusters tool: starts it, follows its events through {@link reduceClusters}
 * (progress, the result, failure, cancel), cancels it, and keeps the user's renames.
 */
export function useClusters(
  client: StudioClient | null,
  onError: (error: DisplayError) => void,
): {
  state: ClustersState;
  run: (request: ClusteringRequest) => void;
  cancel: () => void;
  rename: (id: number, name: string) => void;
} {
  const [state, setState] = useState<ClustersState>(INITIAL_CLUSTERS_STATE);
  // The reducer runs on this ref, not inside setState, so that an error is reported exactly once.
  const stateRef = useRef<ClustersState>(INITIAL_CLUSTERS_STATE);
  const onErrorRef = useRef(onError);
  useEffect(() => {
    onErrorRef.current = onError;
  });

  const dispatch = useCallback((action: ClustersAction): void => {
    const step = reduceClusters(stateRef.current, action);
    if (step.state !== stateRef.current) {
      stateRef.current = step.state;
      setState(step.state);
    }
    if (step.error !== null) onErrorRef.current(step.error);
  }, []);

  useEffect(
    () =>
      client?.onJobEvent((event) => {
        dispatch({ type: 'event', event });
      }),
    [client, dispatch],
  );

  const requestCancel = useCallback(
    (jobId: string): void => {
      client?.cancelJob({ jobId }).catch((error: unknown) => {
        onErrorRef.current(toStudioErrorInfo(error));
      });
    },
    [client],
  );

  const run = useCallback(
    (request: ClusteringRequest): void => {
      if (client === null || stateRef.current.job !== null) return;
      dispatch({ type: 'start' });
      client
        .startClustering(request)
        .then(({ jobId }) => {
          dispatch({ type: 'started', jobId });
          // Cancel pressed before the id was known: send it now.
          if (stateRef.current.job?.cancelling === true) requestCancel(jobId);
        })
        .catch((error: unknown) => {
          dispatch({ type: 'start-failed' });
          onErrorRef.current(toStudioErrorInfo(error));
        });
    },
    [client, dispatch, requestCancel],
  );

  const cancel = useCallback((): void => {
    const job = stateRef.current.job;
    if (job === null || job.cancelling) return;
    dispatch({ type: 'cancel-requested' });
    if (job.jobId !== null) requestCancel(job.jobId);
  }, [dispatch, requestCancel]);

  const rename = useCallback(
    (id: number, name: string): void => {
      dispatch({ type: 'rename', id, name });
    },
    [dispatch],
  );

  return { state, run, cancel, rename };
}
