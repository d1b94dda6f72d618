import {
  DEFAULT_TSNE_PARAMS,
  DEFAULT_UMAP_PARAMS,
  type DatasetPreview,
  type EmbedderInfo,
  type JobEvent,
  type JobStage,
  type LayoutDims,
  type MapRequest,
  type MapResult,
  type ReductionMethod,
  type SampleInfo,
  type TsneParams,
  type UmapParams,
} from '../../../shared/contract';
import type { DisplayError } from '../i18n/translate-error';
import { contextualSourceOf, INITIAL_CONTEXTUAL_WORD, type ContextualWord } from './contextual-word';
import { withCoreRestored, type CoreRestore } from './crash-restore-plan';
import type { LayoutView } from './layout-view';
import type { OpenedProjectView } from './project-view';

/** Every map uses this seed, so mapping the same data twice gives the same picture. */
export const DEFAULT_SEED = 42;

/** A map job from the click on "Map it" until its last event. `jobId` is null until `startMap` answers. */
export interface JobState {
  readonly jobId: string | null;
  readonly fraction: number;
  readonly stage: JobStage | null;
  readonly done: number | null;
  readonly total: number | null;
  readonly cancelling: boolean;
  /** Events that arrived before `startMap` answered with the id (the core may be that fast). */
  readonly early: readonly JobEvent[];
  /** The items of a streamed layout (the `items` event), and the latest intermediate layout of them. */
  readonly items: { readonly texts: string[]; readonly labels: (string | null)[] } | null;
  readonly live: LayoutView | null;
  /** Texts embedded per second and the embedding's time left, while the embed stage can tell. */
  readonly ratePerSecond: number | null;
  readonly etaMs: number | null;
  /** What was asked for, so the finished map remembers how it was made. */
  readonly request: MapRequest | null;
}

/** Everything the workflow panel and the plot show. */
export interface WorkflowState {
  readonly samples: readonly SampleInfo[];
  readonly embedders: readonly EmbedderInfo[];
  /** The sample shown in the picker, or null when the open dataset came from a file. */
  readonly sampleId: string | null;
  readonly preview: DatasetPreview | null;
  readonly opening: boolean;
  readonly textColumn: string;
  readonly labelColumn: string | null;
  readonly embedderId: string;
  readonly method: ReductionMethod;
  readonly umap: UmapParams;
  readonly tsne: TsneParams;
  /** 2D or 3D layouts. */
  readonly dims: LayoutDims;
  /** "Embed one word in context" (models only): one point per text, the word's vector in it. */
  readonly contextual: ContextualWord;
  /** True while a word-vector file is being read and loaded as an embedder. */
  readonly loadingVectors: boolean;
  readonly job: JobState | null;
  /** The map on screen; kept through later failures so an error never blanks the plot. */
  readonly result: MapResult | null;
  /** The request that made `result` (null for a map opened from a project): the Compare tool remakes it. */
  readonly resultRequest: MapRequest | null;
  /** The saved view of the latest opened project, applied by the workspace once its map is on screen. */
  readonly openedView: OpenedProjectView | null;
  readonly error: DisplayError | null;
  /** A notice that is not an error: the core crashed and what it held was restored (crash-restore-plan.ts). */
  readonly notice: WorkflowNotice | null;
  /** True once the start-up (catalogue, first sample, first map) has run its course, whatever it found. */
  readonly startupDone: boolean;
}

/** Notices the workflow shows. */
export type WorkflowNotice = 'core-restored';

/** What can happen to the workflow. */
export type WorkflowAction =
  | {
      readonly type: 'catalogLoaded';
      readonly samples: readonly SampleInfo[];
      readonly embedders: readonly EmbedderInfo[];
    }
  | { readonly type: 'openStarted'; readonly sampleId: string | null }
  | { readonly type: 'datasetOpened'; readonly preview: DatasetPreview }
  | { readonly type: 'openFailed'; readonly error: DisplayError }
  /** A project file was opened: its map is shown as saved (nothing recomputed), with its data set if any. */
  | {
      readonly type: 'projectOpened';
      readonly result: MapResult | null;
      readonly preview: DatasetPreview | null;
      readonly view: OpenedProjectView | null;
    }
  | { readonly type: 'textColumnChosen'; readonly column: string }
  | { readonly type: 'labelColumnChosen'; readonly column: string | null }
  | { readonly type: 'embedderChosen'; readonly embedderId: string }
  | { readonly type: 'methodChosen'; readonly method: ReductionMethod }
  | { readonly type: 'umapChanged'; readonly params: Partial<UmapParams> }
  | { readonly type: 'tsneChanged'; readonly params: Partial<TsneParams> }
  | { readonly type: 'dimsChosen'; readonly dims: LayoutDims }
  | { readonly type: 'contextualChanged'; readonly change: Partial<ContextualWord> }
  | { readonly type: 'vectorsLoadStarted' }
  | {
      readonly type: 'vectorsLoaded';
      readonly embedders: readonly EmbedderInfo[];
      readonly embedderId: string;
    }
  | { readonly type: 'vectorsLoadFailed'; readonly error: DisplayError }
  | { readonly type: 'jobRequested' }
  | { readonly type: 'jobStarted'; readonly jobId: string }
  | { readonly type: 'jobStartFailed'; readonly error: DisplayError }
  | { readonly type: 'jobEvent'; readonly event: JobEvent }
  | { readonly type: 'cancelRequested' }
  | { readonly type: 'errorRaised'; readonly error: DisplayError }
  | { readonly type: 'errorDismissed' }
  /** The restarted core holds the screen's map and data again, under new ids. */
  | { readonly type: 'coreRestored'; readonly restore: CoreRestore }
  | { readonly type: 'noticeDismissed' }
  | { readonly type: 'startupFinished' };

/** The state before anything has loaded. */
export const INITIAL_WORKFLOW: WorkflowState = {
  samples: [],
  embedders: [],
  sampleId: null,
  preview: null,
  opening: false,
  textColumn: '',
  labelColumn: null,
  embedderId: '',
  method: 'pca',
  umap: DEFAULT_UMAP_PARAMS,
  tsne: DEFAULT_TSNE_PARAMS,
  dims: 2,
  contextual: INITIAL_CONTEXTUAL_WORD,
  loadingVectors: false,
  job: null,
  result: null,
  resultRequest: null,
  openedView: null,
  error: null,
  notice: null,
  startupDone: false,
};

/** At most this many early events are kept: progress is superseded anyway, and the end event comes last. */
const MAX_EARLY_EVENTS = 64;

/** The embedder to preselect: the first that works offline, else the first. */
export function defaultEmbedderId(embedders: readonly EmbedderInfo[]): string {
  return (embedders.find((embedder) => !embedder.needsDownload) ?? embedders[0])?.id ?? '';
}

/** The preselected columns of a freshly opened dataset, checked against its columns. */
export function defaultColumns(preview: DatasetPreview): { textColumn: string; labelColumn: string | null } {
  const has = (column: string | null): column is string =>
    column !== null && preview.columns.includes(column);
  const textColumn = has(preview.suggestedTextColumn)
    ? preview.suggestedTextColumn
    : (preview.columns[0] ?? '');
  const label = preview.suggestedLabelColumn;
  return { textColumn, labelColumn: has(label) && label !== textColumn ? label : null };
}

/** The request "Map it" would send now, or null when something it needs is missing. */
export function mapRequestOf(state: WorkflowState): MapRequest | null {
  if (state.preview === null || state.textColumn === '' || state.embedderId === '') return null;
  const source = contextualSourceOf(state.contextual, state.embedderId);
  if (source === null) return null;
  return {
    datasetId: state.preview.datasetId,
    textColumn: state.textColumn,
    labelColumn: state.labelColumn,
    embedderId: state.embedderId,
    method: state.method,
    dims: state.dims,
    seed: DEFAULT_SEED,
    ...(state.method === 'umap' ? { umap: state.umap } : {}),
    ...(state.method === 'tsne' ? { tsne: state.tsne } : {}),
    ...(source === undefined ? {} : { source }),
  };
}

/**
 * Whether the start-up has settled: it finished (with a map, an error, or nothing to map — no samples, no
 * embedder) and nothing is running. A restore waits for this, so the start-up map cannot replace it.
 */
export function startupSettled(state: WorkflowState): boolean {
  return state.startupDone && state.job === null && !state.opening;
}

/** Whether "Map it" can be pressed. */
export function canRun(state: WorkflowState): boolean {
  return state.job === null && !state.opening && mapRequestOf(state) !== null;
}

/** Applies one job event; events of other jobs are ignored, or kept while the current job has no id yet. */
export function applyJobEvent(state: WorkflowState, event: JobEvent): WorkflowState {
  const job = state.job;
  if (job === null) return state;
  if (job.jobId === null) {
    return { ...state, job: { ...job, early: [...job.early, event].slice(-MAX_EARLY_EVENTS) } };
  }
  if (event.jobId !== job.jobId) return state;
  switch (event.type) {
    case 'progress':
      return {
        ...state,
        job: {
          ...job,
          fraction: Math.min(1, Math.max(0, event.fraction)),
          stage: event.stage,
          done: event.done ?? null,
          total: event.total ?? null,
          ratePerSecond: event.ratePerSecond ?? null,
          etaMs: event.etaMs ?? null,
        },
      };
    case 'done':
      return { ...state, job: null, result: event.result, resultRequest: job.request };
    case 'failed':
      return { ...state, job: null, error: event.error };
    case 'cancelled':
      return { ...state, job: null };
    case 'items':
      return { ...state, job: { ...job, items: { texts: event.texts, labels: event.labels } } };
    case 'layout': {
      if (job.items === null) return state;
      const live: LayoutView = { coords: event.coords, dims: event.dims, ...job.items };
      return { ...state, job: { ...job, live } };
    }
    case 'trained':
    case 'model-ready':
    case 'analogy-report':
    case 'clusters':
    case 'map-quality':
    case 'map-comparison':
      // The ends of training, download and analysis jobs, which their own panels follow; never a map job's.
      return state;
  }
}

/** Pure state transitions of the workflow (React's `useReducer`). */
export function workflowReducer(state: WorkflowState, action: WorkflowAction): WorkflowState {
  switch (action.type) {
    case 'catalogLoaded':
      return {
        ...state,
        samples: action.samples,
        embedders: action.embedders,
        embedderId: state.embedderId !== '' ? state.embedderId : defaultEmbedderId(action.embedders),
      };
    case 'openStarted':
      return { ...state, opening: true, sampleId: action.sampleId, error: null, notice: null };
    case 'datasetOpened':
      return { ...state, opening: false, preview: action.preview, ...defaultColumns(action.preview) };
    case 'projectOpened':
      return {
        ...state,
        opening: false,
        ...(action.preview === null ? {} : { preview: action.preview, ...defaultColumns(action.preview) }),
        ...(action.result === null
          ? {}
          : { result: action.result, resultRequest: null, dims: action.result.dims }),
        openedView: action.view,
      };
    case 'openFailed':
      return {
        ...state,
        opening: false,
        error: action.error,
        sampleId: state.preview === null ? null : state.sampleId,
      };
    case 'textColumnChosen':
      return {
        ...state,
        textColumn: action.column,
        labelColumn: action.column === state.labelColumn ? null : state.labelColumn,
      };
    case 'labelColumnChosen':
      return { ...state, labelColumn: action.column };
    case 'embedderChosen':
      return { ...state, embedderId: action.embedderId };
    case 'methodChosen':
      return { ...state, method: action.method };
    case 'umapChanged':
      return { ...state, umap: { ...state.umap, ...action.params } };
    case 'tsneChanged':
      return { ...state, tsne: { ...state.tsne, ...action.params } };
    case 'dimsChosen':
      return { ...state, dims: action.dims };
    case 'contextualChanged':
      return { ...state, contextual: { ...state.contextual, ...action.change } };
    case 'vectorsLoadStarted':
      return { ...state, loadingVectors: true, error: null };
    case 'vectorsLoaded':
      return { ...state, loadingVectors: false, embedders: action.embedders, embedderId: action.embedderId };
    case 'vectorsLoadFailed':
      return { ...state, loadingVectors: false, error: action.error };
    default:
      return jobReducer(state, action);
  }
}

function jobReducer(state: WorkflowState, action: WorkflowAction): WorkflowState {
  switch (action.type) {
    case 'jobRequested': {
      const job: JobState = {
        jobId: null,
        fraction: 0,
        stage: null,
        done: null,
        total: null,
        cancelling: false,
        early: [],
        items: null,
        live: null,
        ratePerSecond: null,
        etaMs: null,
        request: mapRequestOf(state),
      };
      return { ...state, job, error: null, notice: null };
    }
    case 'jobStarted': {
      if (state.job === null || state.job.jobId !== null) return state;
      const early = state.job.early;
      const started: WorkflowState = { ...state, job: { ...state.job, jobId: action.jobId, early: [] } };
      return early.reduce(applyJobEvent, started);
    }
    case 'jobStartFailed':
      return { ...state, job: null, error: action.error };
    case 'jobEvent':
      return applyJobEvent(state, action.event);
    case 'cancelRequested':
      return state.job === null ? state : { ...state, job: { ...state.job, cancelling: true } };
    case 'errorRaised':
      return { ...state, error: action.error };
    case 'errorDismissed':
      return { ...state, error: null };
    case 'coreRestored':
      return withCoreRestored(state, action.restore);
    case 'noticeDismissed':
      return { ...state, notice: null };
    case 'startupFinished':
      return { ...state, startupDone: true };
    default:
      return state;
  }
}
