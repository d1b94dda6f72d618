import type { AnalogyReport, CoreOutput, JobEndEvent } from '../../../shared/contract';
import type { StudioErrorInfo } from '../../../shared/errors';
import type { PlotAnnotations, PlotArrow } from '../plot/plot-annotations';
import type { AnalysisJobView } from './analysis-job-state';

export type AnalogySolution = CoreOutput<'solveAnalogy'>;

/** A solved analogy and the map it was solved for (its answers' indices refer to that map). */
export interface SolvedAnalogy {
  readonly mapId: string | null;
  readonly output: AnalogySolution;
}

/** A running evaluation as the panel shows it (its job is followed by `useAnalysisJob`). */
export type EvaluationJob = AnalysisJobView;

/** Everything the Analogy tool knows besides its running evaluation. */
export interface AnalogyState {
  readonly solving: boolean;
  readonly solved: SolvedAnalogy | null;
  /** Why the last solve failed (shown in the tool, beside the expression), or null. */
  readonly solveError: StudioErrorInfo | null;
  readonly report: { readonly fileName: string; readonly report: AnalogyReport } | null;
  /** The last evaluation was cancelled (shown until the next one starts). */
  readonly cancelled: boolean;
}

export type AnalogyAction =
  | { readonly type: 'solve-start' }
  | { readonly type: 'solved'; readonly solved: SolvedAnalogy }
  | { readonly type: 'solve-failed'; readonly error: StudioErrorInfo }
  | { readonly type: 'clear-solution' }
  | { readonly type: 'evaluate-start' }
  /** The evaluation of `fileName` ended (a failure was already reported by the job's follower). */
  | { readonly type: 'evaluation-ended'; readonly fileName: string; readonly end: JobEndEvent };

export const INITIAL_ANALOGY_STATE: AnalogyState = {
  solving: false,
  solved: null,
  solveError: null,
  report: null,
  cancelled: false,
};

/** The Analogy tool's reducer: pure, so solving and what an evaluation leaves are tested without React. */
export function reduceAnalogy(state: AnalogyState, action: AnalogyAction): AnalogyState {
  switch (action.type) {
    case 'solve-start':
      return { ...state, solving: true, solveError: null };
    case 'solved':
      return { ...state, solving: false, solved: action.solved, solveError: null };
    case 'solve-failed':
      return { ...state, solving: false, solved: null, solveError: action.error };
    case 'clear-solution':
      return { ...state, solved: null, solveError: null };
    case 'evaluate-start':
      // The previous report stays on screen until the new one replaces it.
      return state.cancelled ? { ...state, cancelled: false } : state;
    case 'evaluation-ended': {
      const { end } = action;
      if (end.type === 'analogy-report')
        return { ...state, report: { fileName: action.fileName, report: end.report } };
      return end.type === 'cancelled' ? { ...state, cancelled: true } : state;
    }
  }
}

/** The parallelogram to draw, and the words of it that are not items of the map. */
export interface AnalogyDrawing {
  readonly annotations: PlotAnnotations | null;
  /** Words (terms or the answer) that have no item on the map, in the expression's order. */
  readonly missing: readonly string[];
  /** Whether the expression has the a − b + c shape that a parallelogram shows. */
  readonly parallelogram: boolean;
}

/** The first item of `texts` equal to `text` (trimmed), else equal ignoring case. */
export function itemOf(texts: readonly string[], text: string): number | null {
  const wanted = text.trim();
  const exact = texts.findIndex((item) => item.trim() === wanted);
  if (exact >= 0) return exact;
  const folded = texts.findIndex((item) => item.trim().toLowerCase() === wanted.toLowerCase());
  return folded >= 0 ? folded : null;
}

/**
 * For `a − b + c` with answer d: arrows b → a and c → d (the two parallel sides), the second labelled with
 * `label` (the cosine of the two offsets in the original space). Drawn only when all four are on the map.
 */
export function analogyDrawing(
  solution: AnalogySolution,
  texts: readonly string[],
  label: string,
): AnalogyDrawing {
  const signs = solution.terms.map((term) => term.sign).join(',');
  const answer = solution.answers[0];
  const parallelogram = signs === '1,-1,1' && answer !== undefined;
  if (!parallelogram) return { annotations: null, missing: [], parallelogram };
  const [a, b, c] = solution.terms;
  const words = [a?.text ?? '', b?.text ?? '', c?.text ?? '', answer.text];
  const items = words.map((word, slot) =>
    slot === 3 && answer.index !== null ? answer.index : itemOf(texts, word),
  );
  const missing = words.filter((_, slot) => items[slot] === null);
  if (missing.length > 0) return { annotations: null, missing, parallelogram };
  const [ia = 0, ib = 0, ic = 0, id = 0] = items.map((item) => item ?? 0);
  const arrows: PlotArrow[] = [
    { from: ib, to: ia, label: '' },
    { from: ic, to: id, label },
  ];
  return { annotations: { arrows, tags: [] }, missing: [], parallelogram };
}
