import { useCallback, useEffect, useRef, useState } from 'react';
import {
  DEFAULT_WORD_TRAINING_PARAMS,
  type EmbedderInfo,
  type StudioClient,
  type WordTrainingAlgorithm,
  type WordTrainingParams,
} from '../../../shared/contract';
import { toStudioErrorInfo } from '../../../shared/errors';
import type { DisplayError } from '../i18n/translate-error';
import {
  INITIAL_TRAINING_STATE,
  reduceTraining,
  type TrainingAction,
  type TrainingEnding,
  type TrainingJob,
  type TrainingState,
} from './training-state';

export type { TrainingEnding, TrainingJob } from './training-state';

/**
 * 250 ms between repaints of the progress line: four updates a second read as smooth, while the core may
 * report twenty; every repaint recomposites the page, which costs real CPU in software-rendered browsers
 * and on classroom laptops, CPU the training itself needs.
 */
const PROGRESS_PAINT_MS = 250;

/** The bundled teaching corpus (resources/samples/index.json): its `text` column is the corpus. */
export const BUNDLED_CORPUS_SAMPLE = 'teaching-corpus-ru-en';

/** Where the words come from. */
export type CorpusChoice = 'bundled' | 'dataset' | 'file';

/** What a training run needs from the rest of the workflow. */
export interface TrainingRequest {
  readonly corpus: CorpusChoice;
  readonly file: File | null;
  readonly dataset: { readonly datasetId: string; readonly column: string } | null;
  readonly algorithm: WordTrainingAlgorithm;
  readonly name: string;
  readonly params: WordTrainingParams;
}

/** Callbacks into the workflow: show the new embedder list with the new one selected, and show errors. */
export interface TrainingCallbacks {
  readonly onTrained: (embedders: readonly EmbedderInfo[], embedderId: string) => void;
  readonly onError: (error: DisplayError) => void;
}

async function corpusOf(
  client: StudioClient,
  request: TrainingRequest,
): Promise<Parameters<StudioClient['trainWordEmbedder']>[0]['corpus']> {
  if (request.corpus === 'file' && request.file !== null) {
    return {
      kind: 'file',
      fileName: request.file.name,
      bytes: new Uint8Array(await request.file.arrayBuffer()),
    };
  }
  if (request.corpus === 'dataset' && request.dataset !== null)
    return { kind: 'dataset', ...request.dataset };
  const preview = await client.openSample({ sampleId: BUNDLED_CORPUS_SAMPLE });
  return { kind: 'dataset', datasetId: preview.datasetId, column: 'text' };
}

/**
 * The panel's initial parameters: the contract's defaults with 5 epochs instead of 10. On the bundled teaching
 * corpus (about 148,000 words) skip-gram then trains in about 5 s on one core of a classroom laptop (10 s
 * when the machine is busy), and the nearest neighbours are already the right topic (кошка → лиса, лошадь,
 * волк, медведь, собака).
 */
export const INITIAL_PARAMS: WordTrainingParams = { ...DEFAULT_WORD_TRAINING_PARAMS, epochs: 5 };

/**
 * A training job's life in the renderer: starts it, feeds its events to {@link reduceTraining} (progress
 * with words/s, time left and loss), cancels it, and on `trained` refreshes the embedder list and hands it to
 * the workflow with the new id selected.
 */
export function useTraining(
  client: StudioClient | null,
  callbacks: TrainingCallbacks,
): {
  job: TrainingJob | null;
  ending: TrainingEnding | null;
  train: (request: TrainingRequest) => void;
  cancel: () => void;
} {
  const [state, setState] = useState<TrainingState>(INITIAL_TRAINING_STATE);
  // The reducer runs on this ref, not inside setState: its effects must run exactly once per action.
  const stateRef = useRef<TrainingState>(INITIAL_TRAINING_STATE);
  const callbacksRef = useRef(callbacks);
  useEffect(() => {
    callbacksRef.current = callbacks;
  });

  const paintTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastPaint = useRef(0);
  useEffect(
    () => () => {
      if (paintTimer.current !== null) clearTimeout(paintTimer.current);
    },
    [],
  );

  /** Shows the state now, or (for progress) at most every PROGRESS_PAINT_MS with the latest values. */
  const show = useCallback((next: TrainingState, progress: boolean): void => {
    if (!progress) {
      if (paintTimer.current !== null) clearTimeout(paintTimer.current);
      paintTimer.current = null;
      lastPaint.current = performance.now();
      setState(next);
      return;
    }
    if (paintTimer.current !== null) return;
    const wait = Math.max(0, PROGRESS_PAINT_MS - (performance.now() - lastPaint.current));
    paintTimer.current = setTimeout(() => {
      paintTimer.current = null;
      lastPaint.current = performance.now();
      setState(stateRef.current);
    }, wait);
  }, []);

  const dispatch = useCallback(
    (action: TrainingAction): void => {
      const previous = stateRef.current;
      const step = reduceTraining(previous, action);
      if (step.state === previous) return;
      stateRef.current = step.state;
      show(step.state, action.type === 'event' && action.event.type === 'progress');
      for (const effect of step.effects) {
        if (effect.type === 'report-error') callbacksRef.current.onError(effect.error);
        else if (client !== null)
          client
            .listEmbedders({})
            .then((embedders) => {
              callbacksRef.current.onTrained(embedders, effect.embedderId);
            })
            .catch((error: unknown) => {
              callbacksRef.current.onError(toStudioErrorInfo(error));
            });
      }
    },
    [client, show],
  );

  useEffect(
    () =>
      client?.onJobEvent((event) => {
        dispatch({ type: 'event', event });
      }),
    [client, dispatch],
  );

  const train = (request: TrainingRequest): void => {
    if (client === null || stateRef.current.job !== null) return;
    dispatch({ type: 'start' });
    const start = async (): Promise<void> => {
      const corpus = await corpusOf(client, request);
      const { jobId } = await client.trainWordEmbedder({
        corpus,
        algorithm: request.algorithm,
        name: request.name,
        params: request.params,
      });
      dispatch({ type: 'started', jobId });
      // Cancel pressed before the id was known: send it now.
      if (stateRef.current.job?.cancelling === true) requestCancel(jobId);
    };
    start().catch((error: unknown) => {
      dispatch({ type: 'start-failed' });
      callbacksRef.current.onError(toStudioErrorInfo(error));
    });
  };

  const requestCancel = (jobId: string): void => {
    client?.cancelJob({ jobId }).catch((error: unknown) => {
      callbacksRef.current.onError(toStudioErrorInfo(error));
    });
  };

  const cancel = (): void => {
    const job = stateRef.current.job;
    if (client === null || job === null || job.cancelling) return;
    dispatch({ type: 'cancel-requested' });
    if (job.jobId !== null) requestCancel(job.jobId);
  };

  return { job: state.job, ending: state.ending, train, cancel };
}
