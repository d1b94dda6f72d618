import type { WordTrainingParams } from '../../../shared/contract';
import type { Cooperation } from '../../jobs/cooperation';
import { createRandom } from '../../math/random';
import { keepProbabilities } from '../corpus/subsampling';
import type { TrainingCorpus } from '../corpus/training-corpus';
import type { TrainingProgress, TrainedVectors } from '../corpus/training-progress';
import { SgdKernel, type Word2VecArchitecture } from './sgd-kernel';
import { buildSigmoidTables } from './sigmoid-table';
import { buildUnigramTable } from './unigram-table';

/** The C tool's starting learning rates: 0.025 for skip-gram, 0.05 for CBOW (word2vec.c's defaults). */
const STARTING_ALPHA: Readonly<Record<Word2VecArchitecture, number>> = { skipgram: 0.025, cbow: 0.05 };
/** The rate never falls below 0.01% of the start, as in word2vec.c, so the last words still move a little. */
const MIN_ALPHA_SHARE = 1e-4;
/** 10,000 corpus words per chunk (a few ms of work): progress, loss and the cancel check between chunks. */
const WORDS_PER_CHUNK = 10_000;

/** How to train. */
export interface Word2VecOptions {
  readonly architecture: Word2VecArchitecture;
  readonly params: WordTrainingParams;
  readonly cooperation: Cooperation;
  readonly onProgress: (progress: TrainingProgress) => void;
  /** Sub-sampling threshold; 0 turns it off (the tests' tiny corpora). Default: word2vec's 1e-3. */
  readonly subsample?: number;
}

/** syn0 drawn uniformly from ±0.5/dimension, syn1neg zero: word2vec.c's initialisation. */
function initialWeights(
  rows: number,
  dimension: number,
  seed: number,
): { syn0: Float32Array<ArrayBuffer>; syn1neg: Float32Array } {
  const random = createRandom(seed);
  const syn0 = new Float32Array(rows * dimension);
  for (let i = 0; i < syn0.length; i++) syn0[i] = (random.next() - 0.5) / dimension;
  return { syn0, syn1neg: new Float32Array(rows * dimension) };
}

/** Longest sentence, so one buffer holds any sub-sampled sentence. */
function longestSentence(starts: Int32Array): number {
  let longest = 0;
  for (let s = 0; s + 1 < starts.length; s++)
    longest = Math.max(longest, (starts[s + 1] ?? 0) - (starts[s] ?? 0));
  return longest;
}

/** Walks the corpus epoch by epoch, sentence by sentence, in chunks; owns the sub-sampling buffer. */
class EpochWalker {
  private readonly buffer: Int32Array;
  private readonly keep: Float32Array;

  constructor(
    private readonly corpus: TrainingCorpus,
    private readonly kernel: SgdKernel,
    subsample: number,
  ) {
    this.buffer = new Int32Array(longestSentence(corpus.sentenceStarts));
    this.keep = keepProbabilities(corpus.vocabulary, subsample);
  }

  /** Trains sentences from `sentence` until `words` corpus words are done; returns the next sentence. */
  trainChunk(
    sentence: number,
    words: number,
    alphaAt: (wordsDone: number) => number,
    wordsDone: number,
  ): number {
    const { tokens, sentenceStarts } = this.corpus;
    const sentences = sentenceStarts.length - 1;
    let done = 0;
    let current = sentence;
    while (current < sentences && done < words) {
      const start = sentenceStarts[current] ?? 0;
      const end = sentenceStarts[current + 1] ?? 0;
      let length = 0;
      for (let position = start; position < end; position++) {
        // Positions lie inside the token array and tokens are vocabulary ids, so both reads are valid.
        const id = tokens[position] as number;
        const keep = this.keep[id] as number;
        if (keep >= 1 || keep > this.kernel.nextUniform()) this.buffer[length++] = id;
      }
      this.kernel.trainSentence(this.buffer, length, alphaAt(wordsDone + done));
      done += end - start;
      current++;
    }
    return current;
  }
}

/**
 * Trains word2vec (skip-gram or CBOW, negative sampling) on a corpus: seeded, so the same corpus, parameters
 * and seed give byte-identical vectors. The learning rate decays linearly over all epochs. Yields between
 * chunks (cancel takes effect there) and reports the rate in corpus words per second and the mean loss of
 * the last chunk. Returns the input vectors (syn0), vocabulary × dimension.
 */
export async function trainWord2Vec(
  corpus: TrainingCorpus,
  options: Word2VecOptions,
): Promise<TrainedVectors> {
  const { params, cooperation, architecture } = options;
  const rows = corpus.vocabulary.words.length;
  const { syn0, syn1neg } = initialWeights(rows, params.dimension, params.seed);
  const kernel = new SgdKernel({
    architecture,
    dimension: params.dimension,
    window: params.window,
    negative: params.negative,
    syn0,
    syn1neg,
    unigramTable: buildUnigramTable(corpus.vocabulary.counts),
    tables: buildSigmoidTables(),
    randomState: Math.floor(createRandom(params.seed ^ 0x5bd1e995).next() * 4294967296),
  });
  const walker = new EpochWalker(corpus, kernel, options.subsample ?? 1e-3);
  const perEpoch = corpus.tokens.length;
  const total = perEpoch * params.epochs;
  const startAlpha = STARTING_ALPHA[architecture];
  const alphaAt = (wordsDone: number): number =>
    startAlpha * Math.max(MIN_ALPHA_SHARE, 1 - wordsDone / (total + 1));
  const sentences = corpus.sentenceStarts.length - 1;
  const started = Date.now();
  let wordsDone = 0;
  let finalLoss = { sum: 0, pairs: 0 };
  for (let epoch = 0; epoch < params.epochs; epoch++) {
    const epochLoss = { sum: 0, pairs: 0 };
    for (let sentence = 0; sentence < sentences;) {
      const next = walker.trainChunk(sentence, WORDS_PER_CHUNK, alphaAt, wordsDone);
      wordsDone += (corpus.sentenceStarts[next] ?? 0) - (corpus.sentenceStarts[sentence] ?? 0);
      sentence = next;
      const loss = kernel.takeLoss();
      epochLoss.sum += loss.sum;
      epochLoss.pairs += loss.pairs;
      options.onProgress(progressOf(wordsDone, total, started, loss.mean));
      await cooperation.checkpoint();
    }
    finalLoss = epochLoss;
  }
  return {
    vectors: syn0,
    dimension: params.dimension,
    finalLoss: finalLoss.pairs > 0 ? finalLoss.sum / finalLoss.pairs : null,
  };
}

function progressOf(done: number, total: number, started: number, loss: number): TrainingProgress {
  const seconds = Math.max(1e-3, (Date.now() - started) / 1000);
  const rate = done / seconds;
  return {
    fraction: total > 0 ? done / total : 1,
    done,
    total,
    ratePerSecond: rate,
    etaMs: rate > 0 ? ((total - done) / rate) * 1000 : undefined,
    loss: Number.isFinite(loss) ? loss : undefined,
  };
}
