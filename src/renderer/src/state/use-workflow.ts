import { useCallback, useEffect, useReducer, useRef } from 'react';
import type {
  DatasetPreview,
  EmbedderInfo,
  LayoutDims,
  MapRequest,
  ReductionMethod,
  StudioClient,
  TsneParams,
  UmapParams,
} from '../../../shared/contract';
import { toStudioErrorInfo } from '../../../shared/errors';
import type { DisplayError } from '../i18n/translate-error';
import type { ContextualWord } from './contextual-word';
import type { DataSource } from './crash-restore-plan';
import { sampledRequest } from './memory-sample-offer';
import { isLargeFile } from './streamed-import';
import { streamedImport } from './streamed-import-store';
import { firstRestored } from './project-files';
import { useCrashRestore } from './use-crash-restore';
import { vectorsLoad } from './vectors-load-store';
import {
  defaultColumns,
  defaultEmbedderId,
  DEFAULT_SEED,
  INITIAL_WORKFLOW,
  mapRequestOf,
  workflowReducer,
  type WorkflowState,
} from './workflow-state';
import { uploadProject } from './project-upload';

/** What the UI can ask of the workflow. */
export interface WorkflowActions {
  readonly chooseSample: (sampleId: string) => void;
  readonly openFile: (file: File) => void;
  /** Opens a project file (.esproj) and shows its first map exactly as saved, with its data set. */
  readonly openProject: (file: File) => void;
  /**
   * Opens a copy of the data set with rows repeating an earlier row's text (in the chosen text column) merged,
   * and a `copies` column; the chosen columns stay. On failure the current data set stays and the error shows.
   */
  readonly mergeDuplicates: () => void;
  readonly chooseTextColumn: (column: string) => void;
  readonly chooseLabelColumn: (column: string | null) => void;
  readonly chooseEmbedder: (embedderId: string) => void;
  readonly chooseMethod: (method: ReductionMethod) => void;
  readonly changeUmap: (params: Partial<UmapParams>) => void;
  readonly changeTsne: (params: Partial<TsneParams>) => void;
  /** Chooses 2D or 3D; with a map on screen and no job running, re-maps at once so the points can move. */
  readonly chooseDims: (dims: LayoutDims) => void;
  /** Turns "embed one word in context" on or off, or changes its word. */
  readonly changeContextual: (change: Partial<ContextualWord>) => void;
  /** Loads a word-vector file (GloVe, .vec, .bin) as an embedder and selects it. */
  readonly loadWordVectors: (file: File) => void;
  /** Shows a refreshed embedder list and selects one of it (e.g. an embedder just trained). */
  readonly showEmbedders: (embedders: readonly EmbedderInfo[], embedderId: string) => void;
  readonly run: () => void;
  /** Runs the current map on a seeded sample of `rows` rows (offered when the whole set did not fit in memory). */
  readonly mapSample: (rows: number) => void;
  readonly cancel: () => void;
  readonly reportError: (error: DisplayError) => void;
  readonly dismissError: () => void;
  readonly dismissNotice: () => void;
}

/** The request the first load maps: the sample's suggested columns and the default embedder. */
function firstRequest(preview: DatasetPreview, embedderId: string): MapRequest {
  const { textColumn, labelColumn } = defaultColumns(preview);
  return {
    datasetId: preview.datasetId,
    textColumn,
    labelColumn,
    embedderId,
    method: 'pca',
    dims: 2,
    seed: DEFAULT_SEED,
  };
}

/**
 * The workflow's state and actions, wired to `client`: job events, the first load (open the first sample
 * and map it, so the user sees a map at once) and every call. Failures become the error alert, never a
 * console error and never a lost map.
 */
export function useWorkflow(client: StudioClient | null): { state: WorkflowState; actions: WorkflowActions } {
  const [state, dispatch] = useReducer(workflowReducer, INITIAL_WORKFLOW);
  const stateRef = useRef(state);
  // Only the latest open may land: a slow first file must not replace a quicker second one.
  const openSequence = useRef(0);
  // Where the open data set came from: a restarted core (after a crash) opens it again from here.
  const source = useRef<DataSource | null>(null);
  useEffect(() => {
    stateRef.current = state;
  });

  useEffect(
    () =>
      client?.onJobEvent((event) => {
        dispatch({ type: 'jobEvent', event });
      }),
    [client],
  );

  const startJob = useCallback(
    async (request: MapRequest): Promise<void> => {
      if (client === null) return;
      dispatch({ type: 'jobRequested' });
      try {
        const { jobId } = await client.startMap(request);
        dispatch({ type: 'jobStarted', jobId });
      } catch (error) {
        dispatch({ type: 'jobStartFailed', error: toStudioErrorInfo(error) });
      }
    },
    [client],
  );

  const open = useCallback(
    async (from: DataSource, load: () => Promise<DatasetPreview>): Promise<DatasetPreview | null> => {
      const sequence = ++openSequence.current;
      dispatch({ type: 'openStarted', sampleId: from.kind === 'sample' ? from.sampleId : null });
      try {
        const preview = await load();
        if (sequence !== openSequence.current) return null;
        source.current = from;
        dispatch({ type: 'datasetOpened', preview });
        return preview;
      } catch (error) {
        if (sequence === openSequence.current) dispatch({ type: 'openFailed', error: toDisplayError(error) });
        return null;
      }
    },
    [],
  );

  useEffect(() => {
    if (client === null) return undefined;
    let live = true;
    // A function, not the variable: the cleanup flips it while the awaits below are pending.
    const alive = (): boolean => live;
    const boot = async (): Promise<void> => {
      const [samples, embedders] = await Promise.all([client.listSamples({}), client.listEmbedders({})]);
      if (!alive()) return;
      dispatch({ type: 'catalogLoaded', samples, embedders });
      const first = samples[0];
      if (first === undefined) return;
      const preview = await open({ kind: 'sample', sampleId: first.id }, () =>
        client.openSample({ sampleId: first.id }),
      );
      const embedderId = defaultEmbedderId(embedders);
      if (alive() && preview !== null && embedderId !== '' && stateRef.current.job === null) {
        await startJob(firstRequest(preview, embedderId));
      }
    };
    boot()
      .catch((error: unknown) => {
        if (alive()) dispatch({ type: 'errorRaised', error: toStudioErrorInfo(error) });
      })
      .finally(() => {
        // Also with no sample or no embedder to map: whoever waits for the start-up (recovery) may go on.
        if (alive()) dispatch({ type: 'startupFinished' });
      });
    return () => {
      live = false;
    };
  }, [client, open, startJob]);

  useCrashRestore({
    client,
    state,
    source,
    onRestored: (restore) => {
      dispatch({ type: 'coreRestored', restore });
    },
    onFailed: (error) => {
      dispatch({ type: 'errorRaised', error });
    },
  });

  const actions: WorkflowActions = {
    chooseSample: (sampleId) => {
      if (client !== null) void open({ kind: 'sample', sampleId }, () => client.openSample({ sampleId }));
    },
    openFile: (file) => {
      if (client === null) return;
      // A large file streams in chunks (progress, Cancel, an offered sample); the result lands like any open.
      if (isLargeFile(file))
        streamedImport.offer(client, file, (load) => void open({ kind: 'file', file }, load));
      else void open({ kind: 'file', file }, () => readAndOpen(client, file));
    },
    openProject: (file) => {
      if (client === null) return;
      const sequence = ++openSequence.current;
      dispatch({ type: 'openStarted', sampleId: null });
      readAndImport(client, file).then(
        ({ result, preview, view }) => {
          if (sequence !== openSequence.current) return;
          // The project's data set is inside the project (the autosave holds it too), not in a file of its own.
          if (preview !== null) source.current = null;
          dispatch({ type: 'projectOpened', result, preview, view });
        },
        (error: unknown) => {
          if (sequence === openSequence.current)
            dispatch({ type: 'openFailed', error: toDisplayError(error) });
        },
      );
    },
    mergeDuplicates: () => {
      const { preview, textColumn, labelColumn, sampleId } = stateRef.current;
      if (client === null || preview === null) return;
      const sequence = ++openSequence.current;
      // The merged copy lives only in the core; `source` keeps the original file or sample, so a crashed core
      // brings back that data (unmerged) rather than nothing.
      dispatch({ type: 'openStarted', sampleId });
      client.mergeDuplicateTexts({ datasetId: preview.datasetId, textColumn }).then(
        (merged) => {
          if (sequence !== openSequence.current) return;
          dispatch({ type: 'datasetOpened', preview: merged });
          // The merged copy has the same columns (and `copies`): keep the user's choice over the suggestions.
          dispatch({ type: 'textColumnChosen', column: textColumn });
          dispatch({ type: 'labelColumnChosen', column: labelColumn });
        },
        (error: unknown) => {
          if (sequence === openSequence.current)
            dispatch({ type: 'openFailed', error: toDisplayError(error) });
        },
      );
    },
    chooseTextColumn: (column) => {
      dispatch({ type: 'textColumnChosen', column });
    },
    chooseLabelColumn: (column) => {
      dispatch({ type: 'labelColumnChosen', column });
    },
    chooseEmbedder: (embedderId) => {
      dispatch({ type: 'embedderChosen', embedderId });
    },
    chooseMethod: (method) => {
      dispatch({ type: 'methodChosen', method });
    },
    changeUmap: (params) => {
      dispatch({ type: 'umapChanged', params });
    },
    changeTsne: (params) => {
      dispatch({ type: 'tsneChanged', params });
    },
    changeContextual: (change) => {
      dispatch({ type: 'contextualChanged', change });
    },
    chooseDims: (dims) => {
      dispatch({ type: 'dimsChosen', dims });
      // The ref still holds the state before this choice: the request is built with the new dims here.
      const current = stateRef.current;
      const request = mapRequestOf({ ...current, dims });
      if (current.result !== null && current.job === null && request !== null) void startJob(request);
    },
    loadWordVectors: (file) => {
      if (client === null) return;
      dispatch({ type: 'vectorsLoadStarted' });
      loadVectors(client, file).then(
        (loaded) => {
          // Cancelled: the embedder list and the selection stay as they were.
          const { embedders, embedderId } = loaded ?? stateRef.current;
          dispatch({ type: 'vectorsLoaded', embedders, embedderId });
        },
        (error: unknown) => {
          dispatch({ type: 'vectorsLoadFailed', error: toDisplayError(error) });
        },
      );
    },
    showEmbedders: (embedders, embedderId) => {
      dispatch({ type: 'vectorsLoaded', embedders, embedderId });
    },
    run: () => {
      const request = mapRequestOf(stateRef.current);
      if (request !== null && stateRef.current.job === null) void startJob(request);
    },
    mapSample: (rows) => {
      const request = mapRequestOf(stateRef.current);
      if (request !== null && stateRef.current.job === null) void startJob(sampledRequest(request, rows));
    },
    cancel: () => {
      const jobId = stateRef.current.job?.jobId ?? null;
      if (client === null || jobId === null) return;
      dispatch({ type: 'cancelRequested' });
      client.cancelJob({ jobId }).catch((error: unknown) => {
        dispatch({ type: 'errorRaised', error: toStudioErrorInfo(error) });
      });
    },
    reportError: (error) => {
      dispatch({ type: 'errorRaised', error });
    },
    dismissError: () => {
      dispatch({ type: 'errorDismissed' });
    },
    dismissNotice: () => {
      dispatch({ type: 'noticeDismissed' });
    },
  };
  return { state, actions };
}

/** A file the browser could not read is named in the message; anything else goes through the contract's mapping. */
class FileReadError extends Error {
  constructor(
    readonly fileName: string,
    cause: unknown,
  ) {
    super(
      `The file ${fileName} could not be read: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
  }
}

async function readBytes(file: File): Promise<Uint8Array<ArrayBuffer>> {
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch (cause) {
    throw new FileReadError(file.name, cause);
  }
}

async function readAndOpen(client: StudioClient, file: File): Promise<DatasetPreview> {
  return client.openFile({ fileName: file.name, bytes: await readBytes(file) });
}

async function readAndImport(client: StudioClient, file: File): Promise<ReturnType<typeof firstRestored>> {
  // In chunks: a project (an autosave of a big data set) may exceed what one importProject call carries.
  return firstRestored(await uploadProject(client, file.name, await readBytes(file)));
}

/** Streams a word-vector file to the core in slices (progress and Cancel: vectors-load-store.ts); null when cancelled. */
async function loadVectors(
  client: StudioClient,
  file: File,
): Promise<{ embedders: Awaited<ReturnType<StudioClient['listEmbedders']>>; embedderId: string } | null> {
  let loaded: Awaited<ReturnType<typeof vectorsLoad.load>>;
  try {
    loaded = await vectorsLoad.load(client, file);
  } catch (cause) {
    // The browser failing to read a slice is named as such; the core's errors pass through.
    throw cause instanceof DOMException ? new FileReadError(file.name, cause) : cause;
  }
  if (loaded === null) return null;
  return { embedders: await client.listEmbedders({}), embedderId: loaded.embedder.id };
}

function toDisplayError(error: unknown): DisplayError {
  if (error instanceof FileReadError) {
    return { code: 'file-read-failed', message: error.message, params: { file: error.fileName } };
  }
  return toStudioErrorInfo(error);
}
