/**
 * The words a model learns, most frequent first (ties in code-point order, so the order — and every id —
 * is the same on every run), with their corpus counts.
 */
export interface Vocabulary {
  readonly words: readonly string[];
  /** Occurrences of each word in the corpus, by id. */
  readonly counts: Float64Array;
  /** Each word's id. */
  readonly index: ReadonlyMap<string, number>;
}

/**
 * Keeps the words seen at least `minCount` times. `counts` is indexed by the provisional id of each word
 * in `words` (the order they were first met).
 */
export function buildVocabulary(
  words: readonly string[],
  counts: ArrayLike<number>,
  minCount: number,
): Vocabulary {
  const kept: number[] = [];
  for (let id = 0; id < words.length; id++) if ((counts[id] ?? 0) >= minCount) kept.push(id);
  kept.sort((a, b) => {
    const byCount = (counts[b] ?? 0) - (counts[a] ?? 0);
    if (byCount !== 0) return byCount;
    const wordA = words[a] ?? '';
    const wordB = words[b] ?? '';
    return wordA < wordB ? -1 : wordA > wordB ? 1 : 0;
  });
  const sorted = kept.map((id) => words[id] ?? '');
  return {
    words: sorted,
    counts: Float64Array.from(kept, (id) => counts[id] ?? 0),
    index: new Map(sorted.map((word, id) => [word, id])),
  };
}
