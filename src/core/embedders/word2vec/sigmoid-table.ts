/**
 * Precomputed σ(x) and the negative-sampling losses on [-MAX_EXP, MAX_EXP], as in Mikolov's C word2vec:
 * a table lookup instead of `Math.exp`/`Math.log` for every word pair keeps the inner loop cheap.
 */

/** Beyond |x| = 6, σ(x) is within 0.25% of 0 or 1, so the C tool treats the gradient as saturated. */
export const MAX_EXP = 6;
/** 1000 steps over [-6, 6]: a step of 0.012 in x, finer than the float noise of the dot products. */
export const EXP_TABLE_SIZE = 1000;

/** Table index of x for |x| < MAX_EXP (the caller handles the saturated ends). */
export const EXP_TABLE_SCALE = EXP_TABLE_SIZE / MAX_EXP / 2;

/** The lookup tables, one entry per step of x, plus one for x = MAX_EXP itself. */
export interface SigmoidTables {
  /** σ(x). */
  readonly sigmoid: Float32Array;
  /** −log σ(x): the loss of a positive (observed) pair with score x. */
  readonly positiveLoss: Float32Array;
  /** −log(1 − σ(x)) = −log σ(−x): the loss of a negative (sampled) pair with score x. */
  readonly negativeLoss: Float32Array;
}

/**
 * Builds the tables; entry i stands for x = (2i / EXP_TABLE_SIZE − 1) · MAX_EXP. Like word2vec.c's
 * `expTable`, they hold EXP_TABLE_SIZE + 1 entries: a score of exactly MAX_EXP (or one a rounding step
 * below it) maps to index EXP_TABLE_SIZE, which must be a real entry for the kernel's unchecked read.
 */
export function buildSigmoidTables(): SigmoidTables {
  const sigmoid = new Float32Array(EXP_TABLE_SIZE + 1);
  const positiveLoss = new Float32Array(EXP_TABLE_SIZE + 1);
  const negativeLoss = new Float32Array(EXP_TABLE_SIZE + 1);
  for (let i = 0; i <= EXP_TABLE_SIZE; i++) {
    const x = ((2 * i) / EXP_TABLE_SIZE - 1) * MAX_EXP;
    sigmoid[i] = 1 / (1 + Math.exp(-x));
    positiveLoss[i] = Math.log1p(Math.exp(-x));
    negativeLoss[i] = Math.log1p(Math.exp(x));
  }
  return { sigmoid, positiveLoss, negativeLoss };
}
