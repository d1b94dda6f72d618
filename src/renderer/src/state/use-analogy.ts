import { useCallback, useMemo, useReducer, useRef } from 'react';
import type { StudioClient } from '../../../shared/contract';
import { toStudioErrorInfo } from '../../../shared/errors';
import type { DisplayError } from '../i18n/translate-error';
import { INITIAL_ANALOGY_STATE, reduceAnalogy, type AnalogyState, type EvaluationJob } from './analogy-state';
import { useAnalysisJob } from './use-analysis-job';

/** What one solve asks for (the contract's `solveAnalogy` input). */
export interface AnalogyRequest {
  readonly embedderId: string;
  readonly expression: string;
  readonly k: number;
  readonly excludeInputs: boolean;
  readonly expected: string | null;
  readonly mapId: string | null;
}

/** What the Analogy tool shows: its own state and the running evaluation, if any. */
export interface AnalogyView extends AnalogyState {
  readonly job: EvaluationJob | null;
}

/**
 * The Analogy tool's calls: solving (its error kept for the tool to show beside the expression) and the
 * evaluation job (followed by {@link useAnalysisJob}; a failure goes to `onError`, the report to the state).
 */
export function useAnalogy(
  client: StudioClient | null,
  onError: (error: DisplayError) => void,
): {
  state: AnalogyView;
  solve: (request: AnalogyRequest) => void;
  clearSolution: () => void;
  evaluate: (embedderId: string, file: File) => void;
  cancel: () => void;
} {
  const [analogy, dispatch] = useReducer(reduceAnalogy, INITIAL_ANALOGY_STATE);
  const evaluation = useAnalysisJob(client, onError);
  // Only the latest solve may land: an older answer arriving late must not replace a newer one.
  const solveTicket = useRef(0);

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
    [client],
  );

  const clearSolution = useCallback((): void => {
    solveTicket.current++;
    dispatch({ type: 'clear-solution' });
  }, []);

  const { start } = evaluation;
  const evaluate = useCallback(
    (embedderId: string, file: File): void => {
      const started = start(
        (studio) =>
          file.arrayBuffer().then((buffer) =>
            studio.startAnalogyEvaluation({
              embedderId,
              fileName: file.name,
              bytes: new Uint8Array(buffer),
            }),
          ),
        (end) => {
          dispatch({ type: 'evaluation-ended', fileName: file.name, end });
        },
      );
      if (started) dispatch({ type: 'evaluate-start' });
    },
    [start],
  );

  const state = useMemo<AnalogyView>(() => ({ ...analogy, job: evaluation.job }), [analogy, evaluation.job]);
  return { state, solve, clearSolution, evaluate, cancel: evaluation.cancel };
}
