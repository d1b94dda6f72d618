import type { AnalogyReport, CoreOutput, JobEvent } from '../../../shared/contract';
import type { StudioErrorInfo } from '../../../shared/errors';
import type { PlotAnnotations, PlotArrow } from '../plot/plot-annotations';

export type AnalogySolution = CoreOutput<'solveAnalogy'>;

/** A solved analogy and the map it was solved for (its answers' indices refer to that map). */
export interface SolvedAnalogy {
  readonly mapId: string | null;
  readonly output: AnalogySolution;
}

/** A running evaluation as the panel shows it. */
export interface EvaluationJob {
  /** Null until `startAnalogyEvaluation` answers with the id. */
  readonly jobId: string | null;
  readonly fileName: string;
  readonly fraction: number;
  readonly done: number;
  readonly total: number;
  readonly cancelling: boolean;
}

/** Everything the Analogy tool knows. */
export interface AnalogyState {
  readonly solving: boolean;
  readonly solved: SolvedAnalogy | null;
  /** Why the last solve failed (shown in the tool, beside the expression), or null. */
  readonly solveError: StudioErrorInfo | null;
  readonly job: EvaluationJob | null;
  /** Events that arrived while the job id was still unknown (a small file is evaluated in milliseconds). */
  readonly early: readonly JobEvent[];
  readonly report: { readonly fileName: string; readonly report: AnalogyReport } | null;
  readonly cancelled: boolean;
}

export type AnalogyAction =
  | { readonly type: 'solve-start' }
  | { readonly type: 'solved'; readonly solved: SolvedAnalogy }
  | { readonly type: 'solve-failed'; readonly error: StudioErrorInfo }
  | { readonly type: 'clear-solution' }
  | { readonly type: 'evaluate-start'; readonly fileName: string }
  | { readonly type: 'evaluate-started'; readonly jobId: string }
  | { readonly type: 'evaluate-start-failed' }
  | { readonly type: 'cancel-requested' }
  | { readonly type: 'event'; readonly event: JobEvent };

/** The state after an action, and an evaluation error to report (a failed job). */
export interface AnalogyStep {
  readonly state: AnalogyState;
  readonly error: StudioErrorInfo | null;
}

export const INITIAL_ANALOGY_STATE: AnalogyState = {
  solving: false,
  solved: null,
  solveError: null,
  job: null,
  early: [],
  report: null,
  cancelled: false,
};

/** Events kept while the id is unknown: an evaluation sends a few dozen throttled progress events at most. */
const MAX_EARLY_EVENTS = 256;

const EVALUATION_EVENT_TYPES: ReadonlySet<JobEvent['type']> = new Set([
  'progress',
  'analogy-report',
  'failed',
  'cancelled',
]);

const unchanged = (state: AnalogyState): AnalogyStep => ({ state, error: null });

function onOwnEvent(state: AnalogyState, job: EvaluationJob, event: JobEvent): AnalogyStep {
  switch (event.type) {
    case 'progress':
      return unchanged({
        ...state,
        job: {
          ...job,
          fraction: Math.max(job.fraction, event.fraction),
          done: event.done ?? job.done,
          total: event.total ?? job.total,
        },
      });
    case 'analogy-report':
      return unchanged({
        ...state,
        job: null,
        early: [],
        report: { fileName: job.fileName, report: event.report },
      });
    case 'failed':
      return { state: { ...state, job: null, early: [] }, error: event.error };
    case 'cancelled':
      return unchanged({ ...state, job: null, early: [], cancelled: true });
    default:
      return unchanged(state);
  }
}

function onEvaluationStarted(state: AnalogyState, jobId: string): AnalogyStep {
  if (state.job === null || state.job.jobId !== null) return unchanged(state);
  let step: AnalogyStep = unchanged({ ...state, job: { ...state.job, jobId }, early: [] });
  for (const event of state.early) {
    const current = step.state.job;
    if (event.jobId !== jobId || current === null) continue;
    const next = onOwnEvent(step.state, current, event);
    step = { state: next.state, error: next.error ?? step.error };
  }
  return step;
}

/** The Analogy tool's reducer: pure, so solving and the evaluation job's life are tested without React. */
export function reduceAnalogy(state: AnalogyState, action: AnalogyAction): AnalogyStep {
  switch (action.type) {
    case 'solve-start':
      return unchanged({ ...state, solving: true, solveError: null });
    case 'solved':
      return unchanged({ ...state, solving: false, solved: action.solved, solveError: null });
    case 'solve-failed':
      return unchanged({ ...state, solving: false, solved: null, solveError: action.error });
    case 'clear-solution':
      return unchanged({ ...state, solved: null, solveError: null });
    case 'evaluate-start':
      if (state.job !== null) return unchanged(state);
      return unchanged({
        ...state,
        job: { jobId: null, fileName: action.fileName, fraction: 0, done: 0, total: 0, cancelling: false },
        early: [],
        cancelled: false,
      });
    case 'evaluate-started':
      return onEvaluationStarted(state, action.jobId);
    case 'evaluate-start-failed':
      return unchanged({ ...state, job: null, early: [] });
    case 'cancel-requested':
      return state.job === null
        ? unchanged(state)
        : unchanged({ ...state, job: { ...state.job, cancelling: true } });
    case 'event': {
      const { event } = action;
      const { job } = state;
      if (job === null || !EVALUATION_EVENT_TYPES.has(event.type)) return unchanged(state);
      if (job.jobId === null) {
        return state.early.length >= MAX_EARLY_EVENTS
          ? unchanged(state)
          : unchanged({ ...state, early: [...state.early, event] });
      }
      return event.jobId === job.jobId ? onOwnEvent(state, job, event) : unchanged(state);
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
