import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { JobEndEvent, StudioClient } from '../../../shared/contract';
import { toStudioErrorInfo, type StudioErrorInfo } from '../../../shared/errors';
import {
  reduceAnalysisJob,
  type AnalysisJobAction,
  type AnalysisJobReduction,
  type AnalysisJobState,
  type AnalysisJobView,
} from './analysis-job-state';
import { useStepReducer } from './use-step-reducer';

/** Starting, following and cancelling one analysis job at a time. */
export interface AnalysisJobControls {
  readonly job: AnalysisJobView | null;
  /**
   * Starts a job through `begin` unless one is running (then false); `onEnd` gets the event that ends it
   * (after a failure was reported).
   */
  readonly start: (
    begin: (client: StudioClient) => Promise<{ jobId: string }>,
    onEnd: (end: JobEndEvent) => void,
  ) => boolean;
  readonly cancel: () => void;
}

/**
 * Runs an analysis job (map quality, map comparison, an analogy evaluation, clustering) for one panel: starts
 * it, follows its progress by its own events, cancels it on request and hands its end event to the caller.
 * A failure (of the start call, the job or a cancel request) is reported through `reportError`; what the
 * panel showed before stays until a result replaces it. `start` and `cancel` keep their identity while the
 * client does.
 */
export function useAnalysisJob(
  client: StudioClient | null,
  reportError: (error: StudioErrorInfo) => void,
): AnalysisJobControls {
  const { state, dispatch, current } = useStepReducer<
    AnalysisJobState | null,
    AnalysisJobAction,
    AnalysisJobReduction
  >(reduceAnalysisJob, null, reportError);
  const reportRef = useRef(reportError);
  useEffect(() => {
    reportRef.current = reportError;
  });
  const onEndRef = useRef<(end: JobEndEvent) => void>(() => undefined);

  const follow = useCallback(
    (action: AnalysisJobAction): void => {
      const { end } = dispatch(action);
      if (end !== null) onEndRef.current(end);
    },
    [dispatch],
  );

  useEffect(
    () =>
      client?.onJobEvent((event) => {
        follow({ type: 'event', event });
      }),
    [client, follow],
  );

  const requestCancel = useCallback(
    (jobId: string): void => {
      client?.cancelJob({ jobId }).catch((error: unknown) => {
        reportRef.current(toStudioErrorInfo(error));
      });
    },
    [client],
  );

  const start = useCallback<AnalysisJobControls['start']>(
    (begin, onEnd) => {
      if (client === null || current() !== null) return false;
      onEndRef.current = onEnd;
      follow({ type: 'requested' });
      begin(client)
        .then(({ jobId }) => {
          // Cancel pressed before the id was known: send it now.
          if (current()?.cancelling === true) requestCancel(jobId);
          follow({ type: 'started', jobId });
        })
        .catch((error: unknown) => {
          follow({ type: 'start-failed', error: toStudioErrorInfo(error) });
        });
      return true;
    },
    [client, current, follow, requestCancel],
  );

  const cancel = useCallback((): void => {
    const job = current();
    if (job === null || job.cancelling) return;
    follow({ type: 'cancel-requested' });
    if (job.jobId !== null) requestCancel(job.jobId);
  }, [current, follow, requestCancel]);

  // One view object per change of the job, so that effects depending on it run only when it changes.
  const job = useMemo<AnalysisJobView | null>(
    () =>
      state === null
        ? null
        : { fraction: state.fraction, done: state.done, total: state.total, cancelling: state.cancelling },
    [state],
  );
  return { job, start, cancel };
}
