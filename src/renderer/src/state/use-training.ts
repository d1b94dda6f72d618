import { useCallback, useEffect, useRef, useState } from 'react';
import {
  DEFAULT_WORD_TRAINING_PARAMS,
  type EmbedderInfo,
  type JobEvent,
  type StudioClient,
  type WordTrainingAlgorithm,
  type WordTrainingParams,
} from '../../../shared/contract';
import { toStudioErrorInfo } from '../../../shared/errors';
import type { DisplayError } from '../i18n/translate-error';

/** The bundled teaching corpus (resources/samples/index.json): its `text` column is the corpus. */
export const BUNDLED_CORPUS_SAMPLE = 'teaching-corpus-ru-en';

/** Where the words come from. */
export type CorpusChoice = 'bundled' | 'dataset' | 'file';

/** A running (or just finished) training job as the panel shows it. */
export interface TrainingJob {
  readonly jobId: string | null;
  readonly fraction: number;
  readonly ratePerSecond: number | null;
  readonly loss: number | null;
  readonly cancelling: boolean;
}

/** What the last finished training produced. */
export interface TrainedSummary {
  readonly name: string;
  readonly vocabulary: number;
}

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

/** The progress of one job event, or the job unchanged. */
function advance(job: TrainingJob, event: JobEvent): TrainingJob {
  if (event.type !== 'progress') return job;
  return {
    ...job,
    fraction: Math.min(1, Math.max(0, event.fraction)),
    ratePerSecond: event.ratePerSecond ?? job.ratePerSecond,
    loss: event.loss ?? job.loss,
  };
}

/** Default parameters of the panel: the contract's, for the classroom corpora they were chosen for. */
export const INITIAL_PARAMS: WordTrainingParams = DEFAULT_WORD_TRAINING_PARAMS;

/**
 * A training job's life in the renderer: starts it, follows its events (progress with words/s and loss),
 * cancels it, and on `trained` refreshes the embedder list and hands it to the workflow with the new id.
 */
export function useTraining(
  client: StudioClient | null,
  callbacks: TrainingCallbacks,
): {
  job: TrainingJob | null;
  trained: TrainedSummary | null;
  train: (request: TrainingRequest) => void;
  cancel: () => void;
} {
  const [job, setJob] = useState<TrainingJob | null>(null);
  const [trained, setTrained] = useState<TrainedSummary | null>(null);
  const jobRef = useRef<TrainingJob | null>(null);
  const callbacksRef = useRef(callbacks);
  // Events that arrive before trainWordEmbedder answers with the id (a tiny corpus can finish that fast).
  const early = useRef<JobEvent[]>([]);
  useEffect(() => {
    callbacksRef.current = callbacks;
    jobRef.current = job;
  });

  const finish = useCallback(
    async (event: JobEvent): Promise<void> => {
      if (client === null) return;
      setJob(null);
      if (event.type === 'failed') callbacksRef.current.onError(event.error);
      if (event.type !== 'trained') return;
      setTrained({ name: event.embedder.name.en, vocabulary: event.vocabulary });
      callbacksRef.current.onTrained(await client.listEmbedders({}), event.embedder.id);
    },
    [client],
  );

  const handle = useCallback(
    (event: JobEvent): void => {
      if (event.type === 'progress')
        setJob((previous) => (previous === null ? null : advance(previous, event)));
      else if (event.type === 'trained' || event.type === 'failed' || event.type === 'cancelled')
        finish(event).catch((error: unknown) => {
          callbacksRef.current.onError(toStudioErrorInfo(error));
        });
    },
    [finish],
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

  const train = (request: TrainingRequest): void => {
    if (client === null || jobRef.current !== null) return;
    const starting: TrainingJob = {
      jobId: null,
      fraction: 0,
      ratePerSecond: null,
      loss: null,
      cancelling: false,
    };
    jobRef.current = starting;
    early.current = [];
    setJob(starting);
    setTrained(null);
    const start = async (): Promise<void> => {
      const corpus = await corpusOf(client, request);
      const { jobId } = await client.trainWordEmbedder({
        corpus,
        algorithm: request.algorithm,
        name: request.name,
        params: request.params,
      });
      jobRef.current = { ...starting, jobId };
      setJob((previous) => (previous === null ? null : { ...previous, jobId }));
      const mine = early.current.filter((event) => event.jobId === jobId);
      early.current = [];
      mine.forEach(handle);
    };
    start().catch((error: unknown) => {
      jobRef.current = null;
      setJob(null);
      callbacksRef.current.onError(toStudioErrorInfo(error));
    });
  };

  const cancel = (): void => {
    const jobId = jobRef.current?.jobId ?? null;
    if (client === null || jobId === null) return;
    setJob((previous) => (previous === null ? null : { ...previous, cancelling: true }));
    client.cancelJob({ jobId }).catch((error: unknown) => {
      callbacksRef.current.onError(toStudioErrorInfo(error));
    });
  };

  return { job, trained, train, cancel };
}
