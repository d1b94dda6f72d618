/** One progress report of a training run. */
export interface TrainingProgress {
  /** Share of the whole training done, in [0, 1]. */
  readonly fraction: number;
  /** Corpus words processed so far and in all, over every epoch. */
  readonly done: number;
  readonly total: number;
  /** Corpus words per second so far. */
  readonly ratePerSecond?: number | undefined;
  readonly etaMs?: number | undefined;
  /** Mean loss over the last chunk, for methods that have one (word2vec). */
  readonly loss?: number | undefined;
}

/** What a trainer returns: one row per vocabulary word, in vocabulary order. */
export interface TrainedVectors {
  readonly vectors: Float32Array<ArrayBuffer>;
  readonly dimension: number;
  /** The last epoch's mean loss, or null for methods without one. */
  readonly finalLoss: number | null;
}
