import type { Phase } from './gradient-descent';

/** Iterations when the user leaves them open (scikit-learn's and openTSNE's default total). */
export const DEFAULT_ITERATIONS = 1000;
/** Early exaggeration factor and length, as in scikit-learn and openTSNE. */
export const EARLY_EXAGGERATION = 12;
const EARLY_ITERATIONS = 250;
/** Momentum during early exaggeration, then for the rest of the run (van der Maaten 2014). */
const EARLY_MOMENTUM = 0.5;
const LATE_MOMENTUM = 0.8;
/** Floor of the automatic learning rate (Belkina et al. 2019, as scikit-learn's "auto"). */
const MIN_AUTO_LEARNING_RATE = 50;
/** Neighbours per point in the input graph, per unit of perplexity (bhtsne's and openTSNE's 3·perplexity). */
export const NEIGHBORS_PER_PERPLEXITY = 3;

/**
 * The perplexity actually used. A point cannot attend to more neighbours than exist: with k = 3·perplexity
 * neighbours needed and only N − 1 others, perplexity is clamped to (N − 1) / 3, as openTSNE does (it warns).
 */
export function effectivePerplexity(perplexity: number, rows: number): number {
  return Math.max(1, Math.min(perplexity, (rows - 1) / NEIGHBORS_PER_PERPLEXITY));
}

/** Neighbours in the input graph for a perplexity: 3·perplexity, at most N − 1. */
export function neighborCount(perplexity: number, rows: number): number {
  return Math.max(1, Math.min(rows - 1, Math.floor(NEIGHBORS_PER_PERPLEXITY * perplexity)));
}

/** The total number of iterations: the user's, or {@link DEFAULT_ITERATIONS}. */
export function iterationCount(requested: number | null): number {
  return requested ?? DEFAULT_ITERATIONS;
}

/**
 * The learning rate: the user's, or "auto" = max(N / early exaggeration / 4, 50) (scikit-learn's rule; the
 * 4 matches the factor 4 in our gradient, which openTSNE leaves out and puts into its N / exaggeration).
 */
export function learningRateFor(requested: number | null, rows: number): number {
  return requested ?? Math.max(rows / EARLY_EXAGGERATION / 4, MIN_AUTO_LEARNING_RATE);
}

/**
 * The two phases: early exaggeration (12 at momentum 0.5) for the first 250 iterations, then plain t-SNE
 * at momentum 0.8. Short runs (the contract allows 50 iterations) spend a quarter of their iterations
 * exaggerated, so the clusters still get time to separate and then to relax.
 */
export function phasesFor(iterations: number): [Phase, Phase] {
  const early = Math.min(EARLY_ITERATIONS, Math.floor(iterations / 4));
  return [
    { iterations: early, exaggeration: EARLY_EXAGGERATION, momentum: EARLY_MOMENTUM },
    { iterations: iterations - early, exaggeration: 1, momentum: LATE_MOMENTUM },
  ];
}
