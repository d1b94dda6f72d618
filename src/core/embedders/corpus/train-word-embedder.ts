import type { JobStage, WordTrainingAlgorithm, WordTrainingParams } from '../../../shared/contract';
import type { Cooperation } from '../../jobs/cooperation';
import type { ProgressMeasures } from '../../jobs/progress-throttle';
import { trainPpmiSvd } from '../ppmi-svd/ppmi-svd-trainer';
import { trainWord2Vec } from '../word2vec/word2vec-trainer';
import { readTrainingCorpus, type TrainingCorpus } from './training-corpus';
import type { TrainedVectors, TrainingProgress } from './training-progress';
import { toWordVectors, TrainedWordEmbedder, type TrainedEmbedderOrigin } from './trained-word-embedder';

/** Reading and counting the corpus is the first 5% of the bar: one pass, fast next to training. */
const READING_SHARE = 0.05;

/** Where a training run reports: the job's progress call, in effect. */
export type TrainingReporter = (
  stage: JobStage,
  fraction: number,
  counts?: { done: number; total: number },
  measures?: ProgressMeasures,
) => void;

/** A trained embedder and what the `trained` job event says about it. */
export interface TrainingOutcome {
  readonly embedder: TrainedWordEmbedder;
  readonly vocabulary: number;
  readonly tokens: number;
  readonly finalLoss: number | null;
}

/** What to train on and how. */
export interface TrainingRequest {
  readonly lines: readonly string[];
  readonly origin: TrainedEmbedderOrigin;
  readonly params: WordTrainingParams;
  /** word2vec's sub-sampling threshold (default 1e-3); 0 turns it off. */
  readonly subsample?: number;
}

/** Runs the chosen algorithm on an encoded corpus. */
export function trainVectors(
  corpus: TrainingCorpus,
  algorithm: WordTrainingAlgorithm,
  options: {
    params: WordTrainingParams;
    cooperation: Cooperation;
    onProgress: (progress: TrainingProgress) => void;
    subsample?: number;
  },
): Promise<TrainedVectors> {
  return algorithm === 'ppmi-svd'
    ? trainPpmiSvd(corpus, options)
    : trainWord2Vec(corpus, { ...options, architecture: algorithm });
}

/**
 * Reads the corpus (stage `prepare`), trains (stage `embed`, with words/s, time left and the loss) and wraps
 * the vectors as a word-lookup embedder. Cancellation goes through `cooperation`.
 */
export async function trainWordEmbedder(
  request: TrainingRequest,
  cooperation: Cooperation,
  report: TrainingReporter,
): Promise<TrainingOutcome> {
  const { params, origin } = request;
  const corpus = await readTrainingCorpus(request.lines, params.minCount, cooperation, (fraction) => {
    report('prepare', fraction * READING_SHARE);
  });
  const trained = await trainVectors(corpus, origin.algorithm, {
    params,
    cooperation,
    ...(request.subsample === undefined ? {} : { subsample: request.subsample }),
    onProgress: (progress) => {
      report(
        'embed',
        READING_SHARE + progress.fraction * (1 - READING_SHARE),
        { done: progress.done, total: progress.total },
        { ratePerSecond: progress.ratePerSecond, etaMs: progress.etaMs, loss: progress.loss },
      );
    },
  });
  const { words, index } = corpus.vocabulary;
  const vectors = toWordVectors(words, trained.vectors, trained.dimension, index);
  return {
    embedder: new TrainedWordEmbedder(origin, vectors),
    vocabulary: words.length,
    tokens: corpus.tokens.length,
    finalLoss: trained.finalLoss,
  };
}
