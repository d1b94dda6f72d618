import type { CatalogueModel, InstalledModel, JobEvent, ModelDtype } from '../../../shared/contract';

/** A download as the Models panel shows it: which model, how many bytes of how many, how fast. */
export interface DownloadState {
  readonly modelId: string;
  readonly dtype: ModelDtype;
  /** Null until downloadModel answers with the job's id. */
  readonly jobId: string | null;
  readonly done: number;
  /** Null until the first progress event says how big the download is. */
  readonly total: number | null;
  readonly ratePerSecond: number | null;
  readonly etaMs: number | null;
  readonly cancelling: boolean;
}

/** A short outcome the panel announces (politely) until the next action replaces it. */
export type ModelsNotice =
  | { readonly kind: 'downloads-off'; readonly modelId: string }
  | { readonly kind: 'ready'; readonly modelId: string }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'removed'; readonly modelId: string };

/** Everything the Models panel shows. */
export interface ModelsState {
  /** False until the first listModels answer: the panel says it is loading instead of "nothing installed". */
  readonly loaded: boolean;
  readonly installed: readonly InstalledModel[];
  readonly catalogue: readonly CatalogueModel[];
  readonly downloadsAllowed: boolean;
  readonly download: DownloadState | null;
  /** The model being removed, so its button cannot be pressed twice. */
  readonly removing: string | null;
  readonly notice: ModelsNotice | null;
}

/** What happens to the panel's state. */
export type ModelsAction =
  | {
      readonly type: 'listed';
      readonly installed: readonly InstalledModel[];
      readonly catalogue: readonly CatalogueModel[];
      readonly downloadsAllowed: boolean;
    }
  | { readonly type: 'downloadsAllowedChanged'; readonly allowed: boolean }
  | { readonly type: 'downloadRequested'; readonly modelId: string; readonly dtype: ModelDtype }
  | { readonly type: 'downloadStarted'; readonly jobId: string }
  /** The core refused because downloads are off: nothing was requested from the network. */
  | { readonly type: 'downloadRefused'; readonly modelId: string }
  | { readonly type: 'downloadStartFailed' }
  | { readonly type: 'jobEvent'; readonly event: JobEvent }
  | { readonly type: 'cancelRequested' }
  | { readonly type: 'removeRequested'; readonly modelId: string }
  | { readonly type: 'removeFinished'; readonly modelId: string }
  | { readonly type: 'removeFailed' };

/** Before the first listModels answer: downloads off, as the core's default is. */
export const INITIAL_MODELS: ModelsState = {
  loaded: false,
  installed: [],
  catalogue: [],
  downloadsAllowed: false,
  download: null,
  removing: null,
  notice: null,
};

/** The download after one of its events; events of other jobs (maps, training) leave it alone. */
function applyDownloadEvent(state: ModelsState, event: JobEvent): ModelsState {
  const download = state.download;
  if (download === null || download.jobId === null || event.jobId !== download.jobId) return state;
  switch (event.type) {
    case 'progress':
      return {
        ...state,
        download: {
          ...download,
          done: event.done ?? download.done,
          total: event.total ?? download.total,
          ratePerSecond: event.ratePerSecond ?? download.ratePerSecond,
          etaMs: event.etaMs ?? download.etaMs,
        },
      };
    case 'model-ready':
      return { ...state, download: null, notice: { kind: 'ready', modelId: download.modelId } };
    case 'cancelled':
      return { ...state, download: null, notice: { kind: 'cancelled' } };
    case 'failed':
      // The error itself goes to the app's error alert; the panel just stops showing progress.
      return { ...state, download: null };
    default:
      return state;
  }
}

function startDownload(state: ModelsState, modelId: string, dtype: ModelDtype): ModelsState {
  // One download at a time: the core refuses a second one for the same model, and one bar is clearer.
  if (state.download !== null) return state;
  const download: DownloadState = {
    modelId,
    dtype,
    jobId: null,
    done: 0,
    total: null,
    ratePerSecond: null,
    etaMs: null,
    cancelling: false,
  };
  return { ...state, download, notice: null };
}

/** The Models panel's state machine: pure, so every transition is unit-tested without a DOM. */
export function modelsReducer(state: ModelsState, action: ModelsAction): ModelsState {
  switch (action.type) {
    case 'listed':
      return {
        ...state,
        loaded: true,
        installed: action.installed,
        catalogue: action.catalogue,
        downloadsAllowed: action.downloadsAllowed,
      };
    case 'downloadsAllowedChanged':
      return { ...state, downloadsAllowed: action.allowed };
    case 'downloadRequested':
      return startDownload(state, action.modelId, action.dtype);
    case 'downloadStarted':
      return state.download === null
        ? state
        : { ...state, download: { ...state.download, jobId: action.jobId } };
    case 'downloadRefused':
      return { ...state, download: null, notice: { kind: 'downloads-off', modelId: action.modelId } };
    case 'downloadStartFailed':
      return { ...state, download: null };
    case 'jobEvent':
      return applyDownloadEvent(state, action.event);
    case 'cancelRequested':
      return state.download === null
        ? state
        : { ...state, download: { ...state.download, cancelling: true } };
    case 'removeRequested':
      return { ...state, removing: action.modelId, notice: null };
    case 'removeFinished':
      return { ...state, removing: null, notice: { kind: 'removed', modelId: action.modelId } };
    case 'removeFailed':
      return { ...state, removing: null };
  }
}
