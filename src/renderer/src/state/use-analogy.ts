import { useCallback, useEffect, useRef, useState } from 'react';
import type { StudioClient } from '../../../shared/contract';
import { toStudioErrorInfo } from '../../../shared/errors';
import type { DisplayError } from '../i18n/translate-error';
import { INITIAL_ANALOGY_STATE, reduceAnalogy, type AnalogyAction, type AnalogyState } from './analogy-state';

/** What one solve asks for (the contract's `solveAnalogy` input). */
export interface AnalogyRequest {
  readonly embedderId: string;
  readonly expression: string;
  readonly k: number;
  readonly excludeInputs: boolean;
  readonly expected: string | null;
  readonly mapId: string | null;
}

/**
 * The Analogy tool's calls: solving (its error kept for the tool to show beside the expression) and the
 * evaluation job (started, followed through {@link reduceAnalogy}, cancelled; a failure goes to `onError`).
 */
export function useAnalogy(
  client: StudioClient | null,
  onError: (error: DisplayError) => void,
): {
  state: AnalogyState;
  solve: (request: AnalogyRequest) => void;
  clearSolution: () => void;
  evaluate: (embedderId: string, file: File) => void;
  cancel: () => void;
} {
  const [state, setState] = useState<AnalogyState>(INITIAL_ANALOGY_STATE);
  // The reducer runs on this ref, not inside setState, so that an error is reported exactly once.
  const stateRef = useRef<AnalogyState>(INITIAL_ANALOGY_STATE);
  const onErrorRef = useRef(onError);
  useEffect(() => {
    onErrorRef.current = onError;
  });
  // Only the latest solve may land: an older answer arriving late must not replace a newer one.
  const solveTicket = useRef(0);

  const dispatch = useCallback((action: AnalogyAction): void => {
    const step = reduceAnalogy(stateRef.current, action);
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

  const solve = useCallback(
    (request: AnalogyRequest): void => {
      if (client === null) return;
      const ticket = ++solveTicket.current;
      dispatch({ type: 'solve-start' });
      client
        .solveAnalogy(request)
        .then((output) => {
          if (ticket === solveTicket.current)
            dispatch({ type: 'solved', solved: { mapId: request.mapId, output } });
        })
        .catch((error: unknown) => {
          if (ticket === solveTicket.current)
            dispatch({ type: 'solve-failed', error: toStudioErrorInfo(error) });
        });
    },
    [client, dispatch],
  );

  const clearSolution = useCallback((): void => {
    solveTicket.current++;
    dispatch({ type: 'clear-solution' });
  }, [dispatch]);

  const requestCancel = useCallback(
    (jobId: string): void => {
      client?.cancelJob({ jobId }).catch((error: unknown) => {
        onErrorRef.current(toStudioErrorInfo(error));
      });
    },
    [client],
  );

  const evaluate = useCallback(
    (embedderId: string, file: File): void => {
      if (client === null || stateRef.current.job !== null) return;
      dispatch({ type: 'evaluate-start', fileName: file.name });
      file
        .arrayBuffer()
        .then((buffer) =>
          client.startAnalogyEvaluation({ embedderId, fileName: file.name, bytes: new Uint8Array(buffer) }),
        )
        .then(({ jobId }) => {
          dispatch({ type: 'evaluate-started', jobId });
          // Cancel pressed before the id was known: send it now.
          if (stateRef.current.job?.cancelling === true) requestCancel(jobId);
        })
        .catch((error: unknown) => {
          dispatch({ type: 'evaluate-start-failed' });
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

  return { state, solve, clearSolution, evaluate, cancel };
}
