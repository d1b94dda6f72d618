import { EXP_TABLE_SCALE, MAX_EXP, type SigmoidTables } from './sigmoid-table';

/** The two architectures of word2vec. */
export type Word2VecArchitecture = 'skipgram' | 'cbow';

/** 2^32: turns the 32-bit generator state into a fraction of one. */
const UINT32_RANGE = 4294967296;

/** What the kernel is built from; the weight arrays are updated in place. */
export interface SgdKernelOptions {
  readonly architecture: Word2VecArchitecture;
  readonly dimension: number;
  readonly window: number;
  readonly negative: number;
  /** Input vectors (the embeddings): vocabulary × dimension. */
  readonly syn0: Float32Array;
  /** Output vectors of the negative-sampling layer: vocabulary × dimension. */
  readonly syn1neg: Float32Array;
  readonly unigramTable: Int32Array;
  readonly tables: SigmoidTables;
  /** Non-zero 32-bit state of the kernel's own xorshift generator. */
  readonly randomState: number;
}

/**
 * word2vec's stochastic gradient descent with negative sampling, after Mikolov's C tool (word2vec.c):
 * the same updates, dynamic window, table lookups and saturation at |x| > 6. All state lives in typed
 * arrays allocated once; a sentence is trained with no allocation and no closure call per word pair, which
 * is what makes plain JavaScript reach millions of pair updates per second.
 */
export class SgdKernel {
  /** Sum of the negative-sampling loss and the number of positive pairs since {@link takeLoss}. */
  private lossSum = 0;
  private pairs = 0;
  private random: number;
  private readonly hidden: Float32Array;
  private readonly hiddenError: Float32Array;

  constructor(private readonly options: SgdKernelOptions) {
    this.random = options.randomState >>> 0 || 1;
    this.hidden = new Float32Array(options.dimension);
    this.hiddenError = new Float32Array(options.dimension);
  }

  /** A uniform number in [0, 1) from the kernel's generator (used for sub-sampling). */
  nextUniform(): number {
    let x = this.random;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.random = x >>> 0;
    return this.random / UINT32_RANGE;
  }

  /** The mean loss per positive pair since the last call, and resets it (NaN when nothing was trained). */
  takeLoss(): { mean: number; sum: number; pairs: number } {
    const result = { mean: this.lossSum / this.pairs, sum: this.lossSum, pairs: this.pairs };
    this.lossSum = 0;
    this.pairs = 0;
    return result;
  }

  /** Trains on `sentence[0 .. length)` (word ids) with learning rate `alpha`. */
  trainSentence(sentence: Int32Array, length: number, alpha: number): void {
    for (let position = 0; position < length; position++) {
      // The C tool's dynamic window: a random shrink b in [0, window) weights near words more.
      const shrink = this.nextUniformInt(this.options.window);
      if (this.options.architecture === 'skipgram')
        this.skipGramAt(sentence, length, position, shrink, alpha);
      else this.cbowAt(sentence, length, position, shrink, alpha);
    }
  }

  private nextUniformInt(bound: number): number {
    return Math.floor(this.nextUniform() * bound);
  }

  /** Skip-gram: each context word's input vector predicts the centre word (word2vec.c's formulation). */
  private skipGramAt(
    sentence: Int32Array,
    length: number,
    position: number,
    shrink: number,
    alpha: number,
  ): void {
    const { window, dimension, syn0 } = this.options;
    const word = sentence[position] ?? 0;
    const from = Math.max(0, position - window + shrink);
    const to = Math.min(length - 1, position + window - shrink);
    const error = this.hiddenError;
    for (let context = from; context <= to; context++) {
      if (context === position) continue;
      const input = (sentence[context] ?? 0) * dimension;
      error.fill(0);
      this.negativeSampling(word, syn0, input, alpha);
      for (let c = 0; c < dimension; c++) syn0[input + c] = (syn0[input + c] ?? 0) + (error[c] ?? 0);
    }
  }

  /** CBOW: the mean of the context words' input vectors predicts the centre word. */
  private cbowAt(
    sentence: Int32Array,
    length: number,
    position: number,
    shrink: number,
    alpha: number,
  ): void {
    const { window, dimension, syn0 } = this.options;
    const from = Math.max(0, position - window + shrink);
    const to = Math.min(length - 1, position + window - shrink);
    const hidden = this.hidden;
    hidden.fill(0);
    const contexts = to - from;
    if (contexts <= 0) return;
    for (let context = from; context <= to; context++) {
      if (context === position) continue;
      const input = (sentence[context] ?? 0) * dimension;
      for (let c = 0; c < dimension; c++) hidden[c] = (hidden[c] ?? 0) + (syn0[input + c] ?? 0);
    }
    for (let c = 0; c < dimension; c++) hidden[c] = (hidden[c] ?? 0) / contexts;
    this.hiddenError.fill(0);
    this.negativeSampling(sentence[position] ?? 0, hidden, 0, alpha);
    for (let context = from; context <= to; context++) {
      if (context === position) continue;
      const input = (sentence[context] ?? 0) * dimension;
      for (let c = 0; c < dimension; c++)
        syn0[input + c] = (syn0[input + c] ?? 0) + (this.hiddenError[c] ?? 0);
    }
  }

  /**
   * One positive pair (target `word`) and `negative` sampled targets against the input vector at
   * `input[offset ..]`: updates the output vectors, adds the input's gradient into `hiddenError`, and adds
   * the pair's loss. Kept as one flat loop (longer than our usual functions) because it runs for every
   * word pair: splitting it into calls per target costs measurable speed.
   */
  private negativeSampling(word: number, input: Float32Array, offset: number, alpha: number): void {
    const { dimension, negative, syn1neg, unigramTable, tables } = this.options;
    const error = this.hiddenError;
    const tableSize = unigramTable.length;
    let lossSum = this.lossSum;
    let x = this.random;
    for (let sample = 0; sample <= negative; sample++) {
      let target = word;
      let label = 1;
      if (sample > 0) {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        x >>>= 0;
        target = unigramTable[x % tableSize] ?? 0;
        if (target === word) continue;
        label = 0;
      }
      const output = target * dimension;
      let score = 0;
      for (let c = 0; c < dimension; c++) score += (input[offset + c] ?? 0) * (syn1neg[output + c] ?? 0);
      let gradient: number;
      if (score > MAX_EXP) {
        gradient = (label - 1) * alpha;
        lossSum += label === 1 ? 0 : score;
      } else if (score < -MAX_EXP) {
        gradient = label * alpha;
        lossSum += label === 1 ? -score : 0;
      } else {
        const index = Math.floor((score + MAX_EXP) * EXP_TABLE_SCALE);
        gradient = (label - (tables.sigmoid[index] ?? 0)) * alpha;
        lossSum += (label === 1 ? tables.positiveLoss[index] : tables.negativeLoss[index]) ?? 0;
      }
      for (let c = 0; c < dimension; c++) {
        error[c] = (error[c] ?? 0) + gradient * (syn1neg[output + c] ?? 0);
        syn1neg[output + c] = (syn1neg[output + c] ?? 0) + gradient * (input[offset + c] ?? 0);
      }
    }
    this.random = x;
    this.lossSum = lossSum;
    this.pairs++;
  }
}
