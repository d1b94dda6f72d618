import { useEffect, useRef, useState } from 'react';
import type { JobEndEvent, JobEvent, StudioClient } from '../../../shared/contract';
import { toStudioErrorInfo, type StudioErrorInfo } from '../../../shared/errors';
import { applyAnalysisJobEvent, requestedJob, withJobId, type AnalysisJobState } from './analysis-job-state';

/** A running analysis job as a panel shows it: its progress bar and whether Cancel was pressed. */
export interface AnalysisJobView {
  readonly fraction: number;
  readonly cancelling: boolean;
}

/** Starting, following and cancelling one analysis job at a time. */
export interface AnalysisJobControls {
  readonly job: AnalysisJobView | null;
  /** Starts a job through `begin` unless one is running; `onEnd` gets the event that ends it. */
  readonly start: (
    begin: (client: StudioClient) => Promise<{ jobId: string }>,
    onEnd: (end: JobEndEvent) => void,
  ) => void;
  readonly cancel: () => void;
}

/**
 * Runs an analysis job (map quality, map comparison) for one panel: starts it, follows its progress by its own
 * events, cancels it on request and hands its end event to the caller. A failed job is reported through
 * `reportError`; what the panel showed before stays until a result replaces it.
 */
export function useAnalysisJob(
  client: StudioClient | null,
  reportError: (error: StudioErrorInfo) => void,
): AnalysisJobControls {
  const [view, setView] = useState<AnalysisJobView | null>(null);
  const jobRef = useRef<AnalysisJobState | null>(null);
  const onEndRef = useRef<(end: JobEndEvent) => void>(() => undefined);
  const reportRef = useRef(reportError);
  useEffect(() => {
    reportRef.current = reportError;
  });

  const update = (next: AnalysisJobState | null): void => {
    jobRef.current = next;
    setView(next === null ? null : { fraction: next.fraction, cancelling: next.cancelling });
  };
  const settle = (next: AnalysisJobState | null, end: JobEndEvent | null): void => {
    update(next);
    if (end === null) return;
    if (end.type === 'failed') reportRef.current(end.error);
    onEndRef.current(end);
  };

  const handle = (event: JobEvent): void => {
    const current = jobRef.current;
    if (current === null) return;
    const step = applyAnalysisJobEvent(current, event);
    if (step.job !== current || step.end !== null) settle(step.job, step.end);
  };
  // The subscription lives as long as the client; it reaches the latest handler through a ref.
  const handleRef = useRef(handle);
  useEffect(() => {
    handleRef.current = handle;
  });
  useEffect(
    () =>
      client?.onJobEvent((event) => {
        handleRef.current(event);
      }),
    [client],
  );

  const requestCancel = (jobId: string): void => {
    client?.cancelJob({ jobId }).catch((error: unknown) => {
      reportRef.current(toStudioErrorInfo(error));
    });
  };

  const start: AnalysisJobControls['start'] = (begin, onEnd) => {
    if (client === null || jobRef.current !== null) return;
    onEndRef.current = onEnd;
    update(requestedJob());
    begin(client)
      .then(({ jobId }) => {
        const waiting = jobRef.current;
        if (waiting === null) return;
        // Cancel pressed before the id was known: send it now.
        if (waiting.cancelling) requestCancel(jobId);
        const step = withJobId(waiting, jobId);
        settle(step.job, step.end);
      })
      .catch((error: unknown) => {
        update(null);
        reportRef.current(toStudioErrorInfo(error));
      });
  };

  const cancel = (): void => {
    const current = jobRef.current;
    if (current === null || current.cancelling) return;
    update({ ...current, cancelling: true });
    if (current.jobId !== null) requestCancel(current.jobId);
  };

  return { job: view, start, cancel };
}
