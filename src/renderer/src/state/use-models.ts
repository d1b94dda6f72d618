import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { EmbedderInfo, JobEvent, ModelDtype, StudioClient } from '../../../shared/contract';
import { toStudioErrorInfo } from '../../../shared/errors';
import type { DisplayError } from '../i18n/translate-error';
import { INITIAL_MODELS, modelsReducer, type ModelsState } from './models-state';
import { defaultEmbedderId } from './workflow-state';

/** The reason the core gives when it refuses a download because the user has not allowed downloads. */
export const DOWNLOADS_DISALLOWED = 'downloads-disallowed';

/** What the Models panel needs from the rest of the workflow. */
export interface ModelsCallbacks {
  /** The embedder selected now: kept after a removal unless it was the removed model's. */
  readonly embedderId: string;
  /** Shows a refreshed embedder list with `embedderId` selected. */
  readonly onEmbedders: (embedders: readonly EmbedderInfo[], embedderId: string) => void;
  readonly onError: (error: DisplayError) => void;
}

/** What the panel can do. */
export interface ModelsActions {
  readonly setDownloadsAllowed: (allowed: boolean) => void;
  readonly download: (modelId: string, dtype: ModelDtype) => void;
  readonly cancel: () => void;
  readonly remove: (modelId: string) => void;
}

/** True for the core's "downloads are switched off" refusal (an invalid-arguments error with that reason). */
export function isDownloadsDisallowed(error: DisplayError): boolean {
  return error.params?.['reason'] === DOWNLOADS_DISALLOWED;
}

/**
 * The Models panel's life: lists models, flips the downloads switch, starts a download and follows its job
 * (byte progress, cancel), and after `model-ready` or a removal refreshes both the model list and the
 * embedder list, selecting the new `model:<id>` embedder. Errors go to the app's error alert.
 */
export function useModels(
  client: StudioClient | null,
  callbacks: ModelsCallbacks,
): { state: ModelsState; actions: ModelsActions } {
  const [state, dispatch] = useReducer(modelsReducer, INITIAL_MODELS);
  const callbacksRef = useRef(callbacks);
  // The running download's id, set synchronously (state lags a render behind the events).
  const jobRef = useRef<{ jobId: string | null } | null>(null);
  // Events that arrive before downloadModel answers with the id (a tiny model on localhost can be that quick).
  const early = useRef<JobEvent[]>([]);
  // The latest switch change in flight: a Download pressed right after switching on waits for it to be saved.
  const switching = useRef<Promise<unknown>>(Promise.resolve());
  useEffect(() => {
    callbacksRef.current = callbacks;
  });

  const fail = useCallback((error: unknown): void => {
    callbacksRef.current.onError(toStudioErrorInfo(error));
  }, []);

  const refresh = useCallback(async (): Promise<void> => {
    if (client === null) return;
    const listed = await client.listModels({});
    dispatch({ type: 'listed', ...listed });
  }, [client]);

  /** Lists models and embedders again and selects `select`, or keeps the current one if it still exists. */
  const refreshAll = useCallback(
    async (select: string | null): Promise<void> => {
      if (client === null) return;
      const [embedders] = await Promise.all([client.listEmbedders({}), refresh()]);
      const current = callbacksRef.current.embedderId;
      const kept = embedders.some((embedder) => embedder.id === current) ? current : null;
      callbacksRef.current.onEmbedders(embedders, select ?? kept ?? defaultEmbedderId(embedders));
    },
    [client, refresh],
  );

  const handle = useCallback(
    (event: JobEvent): void => {
      dispatch({ type: 'jobEvent', event });
      if (event.type === 'model-ready' || event.type === 'failed' || event.type === 'cancelled') {
        jobRef.current = null;
      }
      if (event.type === 'model-ready') refreshAll(event.embedder.id).catch(fail);
      // A cancelled download ends as `cancelled`, not as an error: there is nothing to alert about.
      if (event.type === 'failed' && event.error.code !== 'cancelled') fail(event.error);
    },
    [refreshAll, fail],
  );

  useEffect(
    () =>
      client?.onJobEvent((event) => {
        const current = jobRef.current;
        if (current === null) return;
        if (current.jobId === null) early.current.push(event);
        else if (current.jobId === event.jobId) handle(event);
      }),
    [client, handle],
  );

  useEffect(() => {
    refresh().catch(fail);
  }, [refresh, fail]);

  const start = async (modelId: string, dtype: ModelDtype): Promise<void> => {
    if (client === null) return;
    try {
      await switching.current;
      const { jobId } = await client.downloadModel({ modelId, dtype });
      jobRef.current = { jobId };
      dispatch({ type: 'downloadStarted', jobId });
      const mine = early.current.filter((event) => event.jobId === jobId);
      early.current = [];
      mine.forEach(handle);
    } catch (error) {
      jobRef.current = null;
      const info = toStudioErrorInfo(error);
      if (isDownloadsDisallowed(info)) {
        dispatch({ type: 'downloadRefused', modelId });
        // The switch may have changed elsewhere (another window, the CLI): show what the core says now.
        await refresh();
      } else {
        dispatch({ type: 'downloadStartFailed' });
        fail(info);
      }
    }
  };

  const actions: ModelsActions = {
    setDownloadsAllowed: (allowed) => {
      if (client === null) return;
      // The switch moves at once (a switch that lags feels broken); the core's answer then settles it, and a
      // failure puts it back, so it never claims a state the core does not have.
      dispatch({ type: 'downloadsAllowedChanged', allowed });
      switching.current = client.setDownloadsAllowed({ allowed }).then(
        (answer) => {
          dispatch({ type: 'downloadsAllowedChanged', allowed: answer.allowed });
        },
        (error: unknown) => {
          dispatch({ type: 'downloadsAllowedChanged', allowed: !allowed });
          fail(error);
        },
      );
    },
    download: (modelId, dtype) => {
      if (client === null || jobRef.current !== null) return;
      jobRef.current = { jobId: null };
      early.current = [];
      dispatch({ type: 'downloadRequested', modelId, dtype });
      start(modelId, dtype).catch(fail);
    },
    cancel: () => {
      const jobId = jobRef.current?.jobId ?? null;
      if (client === null || jobId === null) return;
      dispatch({ type: 'cancelRequested' });
      client.cancelJob({ jobId }).catch(fail);
    },
    remove: (modelId) => {
      if (client === null) return;
      dispatch({ type: 'removeRequested', modelId });
      client
        .removeModel({ modelId })
        .then(async () => {
          dispatch({ type: 'removeFinished', modelId });
          await refreshAll(null);
        })
        .catch((error: unknown) => {
          dispatch({ type: 'removeFailed' });
          fail(error);
        });
    },
  };
  return { state, actions };
}
