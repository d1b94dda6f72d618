import type { WordTrainingParams } from '../../../shared/contract';
import type { Cooperation } from '../../jobs/cooperation';
import { randomizedSvd } from '../tfidf-svd/randomized-svd';
import type { TrainingCorpus } from '../corpus/training-corpus';
import type { TrainedVectors, TrainingProgress } from '../corpus/training-progress';
import { countCooccurrences } from './cooccurrence';
import { ppmiMatrix } from './ppmi-matrix';

/** Counting is the first 40% of the progress bar, the SVD the rest (roughly their share of the time). */
const COUNTING_SHARE = 0.4;

/** How to train. */
export interface PpmiSvdOptions {
  readonly params: WordTrainingParams;
  readonly cooperation: Cooperation;
  readonly onProgress: (progress: TrainingProgress) => void;
}

/**
 * Scales U·Σ (what {@link randomizedSvd} returns) to U·Σ^½ in place: the column norms of U·Σ are the singular
 * values, since U's columns are orthonormal. The symmetric split Σ^½ gives better word similarities than
 * U·Σ (Levy, Goldberg & Dagan 2015, "eigenvalue weighting").
 */
function squareRootWeighting(scaled: Float32Array, rows: number, rank: number): void {
  for (let c = 0; c < rank; c++) {
    let squares = 0;
    for (let row = 0; row < rows; row++) squares += (scaled[row * rank + c] ?? 0) ** 2;
    const sigma = Math.sqrt(squares);
    const factor = sigma > 0 ? 1 / Math.sqrt(sigma) : 0;
    for (let row = 0; row < rows; row++) scaled[row * rank + c] = (scaled[row * rank + c] ?? 0) * factor;
  }
}

/**
 * The count-based word embedder: weighted co-occurrences in a window → PPMI with context smoothing 0.75 →
 * seeded randomised truncated SVD → U·Σ^½. One pass over the corpus, so it is quick, and it does well on
 * small corpora where word2vec has too few examples (Levy et al. 2015). The dimension is at most the
 * vocabulary size.
 */
export async function trainPpmiSvd(corpus: TrainingCorpus, options: PpmiSvdOptions): Promise<TrainedVectors> {
  const { params, cooperation } = options;
  const size = corpus.vocabulary.words.length;
  const total = corpus.tokens.length;
  const report = (fraction: number): void => {
    options.onProgress({ fraction, done: Math.round(fraction * total), total });
  };
  const counts = await countCooccurrences(corpus, params.window, cooperation, (fraction) => {
    report(fraction * COUNTING_SHARE);
  });
  const matrix = ppmiMatrix(counts, size);
  await cooperation.checkpoint();
  const vectors = await randomizedSvd(matrix, {
    rank: Math.min(params.dimension, size),
    seed: params.seed,
    cooperation,
    onProgress: (fraction) => {
      report(COUNTING_SHARE + fraction * (1 - COUNTING_SHARE));
    },
  });
  const dimension = vectors.length / size;
  squareRootWeighting(vectors, size, dimension);
  return { vectors, dimension, finalLoss: null };
}
