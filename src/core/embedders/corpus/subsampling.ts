import type { Vocabulary } from './vocabulary';

/**
 * word2vec's default sub-sampling threshold t = 1e-3 (Mikolov et al. 2013; the C tool's `-sample`): words
 * more frequent than about 0.1% of the corpus ("the", «и») are randomly skipped, which speeds training up
 * and lets the rarer, meaningful words shape the vectors.
 */
export const SUBSAMPLE_THRESHOLD = 1e-3;

/**
 * The probability of keeping each word id at each occurrence, by the C tool's rule:
 * `(sqrt(f / (t·N)) + 1) · (t·N) / f`, capped at 1, where f is the word's count and N the corpus size.
 */
export function keepProbabilities(vocabulary: Vocabulary, threshold = SUBSAMPLE_THRESHOLD): Float32Array {
  let total = 0;
  for (const count of vocabulary.counts) total += count;
  const scaled = threshold * total;
  return Float32Array.from(vocabulary.counts, (count) =>
    threshold <= 0 ? 1 : Math.min(1, (Math.sqrt(count / scaled) + 1) * (scaled / count)),
  );
}
