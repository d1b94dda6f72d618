import type { TrainingCorpus } from '../../../../src/core/embedders/corpus/training-corpus';
import { readTrainingCorpus } from '../../../../src/core/embedders/corpus/training-corpus';
import { toWordVectors } from '../../../../src/core/embedders/corpus/trained-word-embedder';
import type { TrainedVectors } from '../../../../src/core/embedders/corpus/training-progress';
import type { WordVectors } from '../../../../src/core/embedders/word-vectors/word-vectors';
import { uninterruptible } from '../../../../src/core/jobs/cooperation';
import { DEFAULT_WORD_TRAINING_PARAMS, type WordTrainingParams } from '../../../../src/shared/contract';
import { plantedCorpus, SMALL_PLANTED, type PlantedCorpus } from './planted-corpus';

/** The small planted corpus, encoded once per test file. */
export async function smallPlanted(): Promise<{ planted: PlantedCorpus; corpus: TrainingCorpus }> {
  const planted = plantedCorpus(SMALL_PLANTED);
  return { planted, corpus: await readTrainingCorpus(planted.lines, 1, uninterruptible()) };
}

/** Parameters for the tests' tiny corpora: 32-d, 5 epochs (seconds of work at most). */
export const TEST_PARAMS: WordTrainingParams = {
  ...DEFAULT_WORD_TRAINING_PARAMS,
  dimension: 32,
  epochs: 5,
  minCount: 1,
};

/** Trained rows as searchable word vectors. */
export function asWordVectors(corpus: TrainingCorpus, trained: TrainedVectors): WordVectors {
  return toWordVectors(corpus.vocabulary.words, trained.vectors, trained.dimension, corpus.vocabulary.index);
}
