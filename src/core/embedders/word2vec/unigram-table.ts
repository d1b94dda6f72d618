/**
 * The unigram distribution raised to 3/4 (Mikolov et al. 2013): rare words are drawn as negatives more often
 * than their frequency alone would say, which the paper found gives better vectors than either plain or
 * uniform sampling.
 */
export const UNIGRAM_POWER = 0.75;

/** At least 1M slots, 100 per vocabulary word, at most 10M (40 MB): every word keeps a fair share. */
const MIN_TABLE_SIZE = 1_000_000;
const SLOTS_PER_WORD = 100;
const MAX_TABLE_SIZE = 10_000_000;

/**
 * A table of word ids where each id fills a share of slots proportional to count^0.75, so a negative sample
 * is one uniform index into it (the C tool's method: O(1) per draw, no search).
 */
export function buildUnigramTable(counts: Float64Array): Int32Array {
  const size = Math.min(MAX_TABLE_SIZE, Math.max(MIN_TABLE_SIZE, counts.length * SLOTS_PER_WORD));
  const table = new Int32Array(size);
  let total = 0;
  for (const count of counts) total += Math.pow(count, UNIGRAM_POWER);
  let word = 0;
  let reached = Math.pow(counts[0] ?? 0, UNIGRAM_POWER) / total;
  for (let slot = 0; slot < size; slot++) {
    table[slot] = word;
    if (slot / size > reached && word < counts.length - 1) {
      word++;
      reached += Math.pow(counts[word] ?? 0, UNIGRAM_POWER) / total;
    }
  }
  return table;
}
