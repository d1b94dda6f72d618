import { keywordTokens } from './keyword-tokens';

/**
 * Class-based TF-IDF keywords (Grootendorst, BERTopic): all texts of a cluster are one document, and a word's
 * weight in cluster c is tf(t, c) × log(1 + A / f(t)), where A is the mean number of words per cluster and
 * f(t) the word's frequency over all clusters. Words frequent in one cluster and rare elsewhere rank first.
 * Items labelled −1 (noise) take no part. Returns, per cluster 0 … clusters − 1, its best `top` words, best
 * first (ties alphabetical, so the result is deterministic).
 */
export function classTfIdf(
  texts: readonly string[],
  labels: Int32Array,
  clusters: number,
  top: number,
): string[][] {
  const counts = Array.from({ length: clusters }, () => new Map<string, number>());
  const total = new Map<string, number>();
  let words = 0;
  texts.forEach((text, item) => {
    const cluster = labels[item] ?? -1;
    const own = counts[cluster];
    if (own === undefined) return;
    for (const word of keywordTokens(text)) {
      own.set(word, (own.get(word) ?? 0) + 1);
      total.set(word, (total.get(word) ?? 0) + 1);
      words++;
    }
  });
  const meanWords = clusters === 0 ? 0 : words / clusters;
  return counts.map((own) =>
    [...own]
      .map(([word, tf]) => ({ word, weight: tf * Math.log(1 + meanWords / (total.get(word) ?? 1)) }))
      .sort((a, b) => b.weight - a.weight || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0))
      .slice(0, top)
      .map(({ word }) => word),
  );
}
