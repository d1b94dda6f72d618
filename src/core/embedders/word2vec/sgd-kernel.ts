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

/*
 * Reading typed arrays in the hot loops: every index there is valid by construction (word ids come from the
 * vocabulary, so `id * dimension + c` lies inside syn0/syn1neg; `position`/`context` lie in [0, length) of a
 * sentence buffer; `x % tableSize` lies in the unigram table; the sigmoid index lies in [0, EXP_TABLE_SIZE]
 * and the tables have EXP_TABLE_SIZE + 1 entries). So the reads are asserted `as number` rather than
 * defaulted with `?? 0`: the assertion costs nothing at run time, while a fallback would hide a real
 * indexing bug behind a silent zero. A wrong index would still show: the read gives `undefined`, the
 * arithmetic NaN, and the trainer's tests check that every vector is finite.
 */

/**
 * word2vec's stochastic gradient descent with negative sampling, after Mikolov's C tool (word2vec.c):
 * the same updates, dynamic window, table lookups and saturation at |x| > 6. All state lives in typed
 * arrays and plain fields allocated once; a sentence is trained with no allocation, no property chain and no
 * `Math.*` call per word pair, which is what makes plain JavaScript reach millions of pair updates per second.
 */
export class SgdKernel {
  /** Sum of the negative-sampling loss and the number of positive pairs since {@link takeLoss}. */
  private lossSum = 0;
  private pairs = 0;
  private random: number;
  private readonly hidden: Float32Array;
  private readonly hiddenError: Float32Array;
  private readonly skipGram: boolean;
  private readonly dimension: number;
  private readonly window: number;
  private readonly negative: number;
  private readonly syn0: Float32Array;
  private readonly syn1neg: Float32Array;
  private readonly unigramTable: Int32Array;
  /** The table's length as a uint32, so `x % tableSize` of the uint32 draw stays an integer operation. */
  private readonly tableSize: number;
  private readonly sigmoid: Float32Array;
  private readonly positiveLoss: Float32Array;
  private readonly negativeLoss: Float32Array;

  constructor(options: SgdKernelOptions) {
    this.random = options.randomState >>> 0 || 1;
    this.hidden = new Float32Array(options.dimension);
    this.hiddenError = new Float32Array(options.dimension);
    this.skipGram = options.architecture === 'skipgram';
    this.dimension = options.dimension;
    this.window = options.window;
    this.negative = options.negative;
    this.syn0 = options.syn0;
    this.syn1neg = options.syn1neg;
    this.unigramTable = options.unigramTable;
    this.tableSize = options.unigramTable.length >>> 0;
    this.sigmoid = options.tables.sigmoid;
    this.positiveLoss = options.tables.positiveLoss;
    this.negativeLoss = options.tables.negativeLoss;
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
    const window = this.window;
    for (let position = 0; position < length; position++) {
      // The C tool's dynamic window: a random shrink b in [0, window) weights near words more. `| 0` is
      // Math.floor for this non-negative value below 2^31.
      const shrink = (this.nextUniform() * window) | 0;
      let from = position - window + shrink;
      if (from < 0) from = 0;
      let to = position + window - shrink;
      if (to > length - 1) to = length - 1;
      if (this.skipGram) this.skipGramAt(sentence, position, from, to, alpha);
      else this.cbowAt(sentence, position, from, to, alpha);
    }
  }

  /** Skip-gram: each context word's input vector predicts the centre word (word2vec.c's formulation). */
  private skipGramAt(sentence: Int32Array, position: number, from: number, to: number, alpha: number): void {
    const { dimension, syn0, hiddenError: error } = this;
    const unrolled = dimension - (dimension % 4);
    const word = sentence[position] as number;
    for (let context = from; context <= to; context++) {
      if (context === position) continue;
      const input = (sentence[context] as number) * dimension;
      this.negativeSampling(word, syn0, input, alpha);
      // Applies the gradient and clears it for the next pair in one pass (no `fill` call per pair).
      let c = 0;
      for (; c < unrolled; c += 4) {
        const i = input + c;
        syn0[i] = (syn0[i] as number) + (error[c] as number);
        syn0[i + 1] = (syn0[i + 1] as number) + (error[c + 1] as number);
        syn0[i + 2] = (syn0[i + 2] as number) + (error[c + 2] as number);
        syn0[i + 3] = (syn0[i + 3] as number) + (error[c + 3] as number);
        error[c] = 0;
        error[c + 1] = 0;
        error[c + 2] = 0;
        error[c + 3] = 0;
      }
      for (; c < dimension; c++) {
        syn0[input + c] = (syn0[input + c] as number) + (error[c] as number);
        error[c] = 0;
      }
    }
  }

  /** CBOW: the mean of the context words' input vectors predicts the centre word. */
  private cbowAt(sentence: Int32Array, position: number, from: number, to: number, alpha: number): void {
    const { dimension, syn0, hidden, hiddenError: error } = this;
    // word2vec.c divides by the window's span (`cw`), the centre included, and so do we (same vectors).
    const contexts = to - from;
    if (contexts <= 0) return;
    for (let c = 0; c < dimension; c++) hidden[c] = 0;
    for (let context = from; context <= to; context++)
      if (context !== position) addRow(hidden, 0, syn0, (sentence[context] as number) * dimension, dimension);
    for (let c = 0; c < dimension; c++) hidden[c] = (hidden[c] as number) / contexts;
    this.negativeSampling(sentence[position] as number, hidden, 0, alpha);
    for (let context = from; context <= to; context++)
      if (context !== position) addRow(syn0, (sentence[context] as number) * dimension, error, 0, dimension);
    // The error is zero between calls: negativeSampling only adds into it.
    for (let c = 0; c < dimension; c++) error[c] = 0;
  }

  /**
   * One positive pair (target `word`) and `negative` sampled targets against the input vector at
   * `input[offset ..]`: updates the output vectors, adds the input's gradient into `hiddenError`, and adds
   * the pair's loss. Kept as one flat loop (longer than our usual functions) because it runs for every
   * word pair: splitting it into calls per target costs measurable speed.
   */
  private negativeSampling(word: number, input: Float32Array, offset: number, alpha: number): void {
    const { dimension, negative, syn1neg, unigramTable, tableSize, sigmoid, hiddenError: error } = this;
    const unrolled = dimension - (dimension % 4);
    let lossSum = this.lossSum;
    let x = this.random;
    for (let sample = 0; sample <= negative; sample++) {
      let target = word;
      let label = 1;
      if (sample > 0) {
        // xorshift32, inlined: three shifts per negative and no call.
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        x >>>= 0;
        target = unigramTable[x % tableSize] as number;
        if (target === word) continue;
        label = 0;
      }
      const output = target * dimension;
      // Unrolled by four (V8 does not unroll); the sum keeps the same left-to-right order, so the same bits.
      let score = 0;
      let c = 0;
      for (; c < unrolled; c += 4) {
        const i = offset + c;
        const o = output + c;
        score =
          score +
          (input[i] as number) * (syn1neg[o] as number) +
          (input[i + 1] as number) * (syn1neg[o + 1] as number) +
          (input[i + 2] as number) * (syn1neg[o + 2] as number) +
          (input[i + 3] as number) * (syn1neg[o + 3] as number);
      }
      for (; c < dimension; c++) score += (input[offset + c] as number) * (syn1neg[output + c] as number);
      let gradient: number;
      if (score > MAX_EXP) {
        gradient = (label - 1) * alpha;
        lossSum += label === 1 ? 0 : score;
      } else if (score < -MAX_EXP) {
        gradient = label * alpha;
        lossSum += label === 1 ? -score : 0;
      } else {
        // `| 0` is Math.floor here: the operand lies in [0, EXP_TABLE_SIZE].
        const index = ((score + MAX_EXP) * EXP_TABLE_SCALE) | 0;
        gradient = (label - (sigmoid[index] as number)) * alpha;
        lossSum += (label === 1 ? this.positiveLoss[index] : this.negativeLoss[index]) as number;
      }
      for (c = 0; c < unrolled; c += 4) {
        const o = output + c;
        const i = offset + c;
        const w0 = syn1neg[o] as number;
        const w1 = syn1neg[o + 1] as number;
        const w2 = syn1neg[o + 2] as number;
        const w3 = syn1neg[o + 3] as number;
        error[c] = (error[c] as number) + gradient * w0;
        error[c + 1] = (error[c + 1] as number) + gradient * w1;
        error[c + 2] = (error[c + 2] as number) + gradient * w2;
        error[c + 3] = (error[c + 3] as number) + gradient * w3;
        syn1neg[o] = w0 + gradient * (input[i] as number);
        syn1neg[o + 1] = w1 + gradient * (input[i + 1] as number);
        syn1neg[o + 2] = w2 + gradient * (input[i + 2] as number);
        syn1neg[o + 3] = w3 + gradient * (input[i + 3] as number);
      }
      for (; c < dimension; c++) {
        const weight = syn1neg[output + c] as number;
        error[c] = (error[c] as number) + gradient * weight;
        syn1neg[output + c] = weight + gradient * (input[offset + c] as number);
      }
    }
    this.random = x;
    this.lossSum = lossSum;
    this.pairs++;
  }
}

/**
 * `target[t ..] += source[s ..]` over `length` floats, unrolled by four (V8 does not unroll loops; each
 * element is one independent addition, so the order changes no bit). Small enough for V8 to inline.
 */
function addRow(target: Float32Array, t: number, source: Float32Array, s: number, length: number): void {
  const unrolled = length - (length % 4);
  let c = 0;
  for (; c < unrolled; c += 4) {
    target[t + c] = (target[t + c] as number) + (source[s + c] as number);
    target[t + c + 1] = (target[t + c + 1] as number) + (source[s + c + 1] as number);
    target[t + c + 2] = (target[t + c + 2] as number) + (source[s + c + 2] as number);
    target[t + c + 3] = (target[t + c + 3] as number) + (source[s + c + 3] as number);
  }
  for (; c < length; c++) target[t + c] = (target[t + c] as number) + (source[s + c] as number);
}
