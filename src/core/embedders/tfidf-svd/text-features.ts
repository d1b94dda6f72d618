/**
 * Words: runs of letters, combining marks and digits in any script, so Cyrillic, Greek or accented Latin
 * split the same way as English. Everything else (punctuation, spaces, emoji) separates words.
 */
const WORD_PATTERN = /[\p{L}\p{M}\p{N}]+/gu;

/** Character n-grams of 3 to 5 letters: long enough to carry meaning, short enough to match word forms. */
const MIN_NGRAM = 3;
const MAX_NGRAM = 5;

/** Lower-cased words of a text, in order. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(WORD_PATTERN) ?? [];
}

/**
 * Adds every feature of `text` with its count to `counts`: each word (`w:` prefix) and each character
 * 3–5-gram of the word wrapped in `<` `>` boundary markers (`c:` prefix; `<ко`, `кот>`), as in fastText.
 * The n-grams let inflected forms (кошка / кошки, run / running) share features.
 */
export function countFeatures(text: string, counts: Map<string, number>): void {
  for (const word of tokenize(text)) {
    counts.set(`w:${word}`, (counts.get(`w:${word}`) ?? 0) + 1);
    // Code points, not UTF-16 units, so characters outside the BMP are never cut in half.
    const chars = Array.from(`<${word}>`);
    for (let size = MIN_NGRAM; size <= MAX_NGRAM; size++) {
      for (let start = 0; start + size <= chars.length; start++) {
        const gram = `c:${chars.slice(start, start + size).join('')}`;
        counts.set(gram, (counts.get(gram) ?? 0) + 1);
      }
    }
  }
}
