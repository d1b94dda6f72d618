import type { Cooperation } from '../../jobs/cooperation';
import type { TrainingCorpus } from '../corpus/training-corpus';

/** 20,000 tokens between yields: each costs `2 · window` map updates, a few milliseconds per chunk. */
const TOKENS_PER_CHUNK = 20_000;

/**
 * Co-occurrence counts within `window` words on either side, inside each sentence, keyed `word · V + context`.
 * A context d words away counts (window − d + 1) / window: the expected weight of word2vec's dynamic window,
 * which Levy, Goldberg & Dagan (2015) found carries over to count-based models.
 */
export async function countCooccurrences(
  corpus: TrainingCorpus,
  window: number,
  cooperation: Cooperation,
  onProgress: (fraction: number) => void,
): Promise<Map<number, number>> {
  const { tokens, sentenceStarts } = corpus;
  const size = corpus.vocabulary.words.length;
  const counts = new Map<number, number>();
  const sentences = sentenceStarts.length - 1;
  let sentence = 0;
  await cooperation.forEachChunk(
    tokens.length,
    TOKENS_PER_CHUNK,
    (_from, to) => {
      for (; sentence < sentences && (sentenceStarts[sentence] ?? 0) < to; sentence++) {
        const start = sentenceStarts[sentence] ?? 0;
        const end = sentenceStarts[sentence + 1] ?? 0;
        for (let position = start; position < end; position++) {
          const word = tokens[position] ?? 0;
          const last = Math.min(end - 1, position + window);
          for (let context = position + 1; context <= last; context++) {
            const other = tokens[context] ?? 0;
            const weight = (window - (context - position) + 1) / window;
            const forward = word * size + other;
            const backward = other * size + word;
            counts.set(forward, (counts.get(forward) ?? 0) + weight);
            counts.set(backward, (counts.get(backward) ?? 0) + weight);
          }
        }
      }
    },
    onProgress,
  );
  return counts;
}
