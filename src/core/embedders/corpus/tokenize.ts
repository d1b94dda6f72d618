/**
 * Words are runs of letters and digits in any script (`\p{L}\p{N}`, plus combining marks so a decomposed
 * «й» stays one word). Apostrophes, hyphens and punctuation split words: simple, and the same rule for
 * Russian and English, which is what a teacher can explain.
 */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/**
 * The words of a line, lower-cased, in order. The text is NFC-normalised first so that «ё» typed as «е» +
 * combining diaeresis and the precomposed «ё» are one word; «ё» is kept distinct from «е» (folding it would
 * merge «всё» and «все»).
 */
export function tokenize(line: string): string[] {
  return line.normalize('NFC').toLowerCase().match(WORD) ?? [];
}
