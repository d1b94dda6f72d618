/** Letters, combining marks and digits: what a word is made of in any script (Cyrillic included). */
const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}]`;

/** The word as a regular expression, its special characters escaped. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/**
 * A test for whether a text contains `word` as a whole word, ignoring case: «Замок» and «замок» count,
 * «замочек» and «призамок» do not. Texts that fail it are not run through the model at all.
 */
export function wholeWordTest(word: string): (text: string) => boolean {
  const pattern = new RegExp(`(?<!${WORD_CHAR})${escapeRegExp(word)}(?!${WORD_CHAR})`, 'iu');
  return (text) => pattern.test(text);
}

/**
 * The spellings of `word` a tokenizer may meet at a word start: as typed, lower-case, capitalised and upper
 * case (cased tokenizers such as XLM-R's give each different ids), each alone and after a space (byte-level
 * BPE spells a word after a space with a different first piece; WordPiece and SentencePiece ignore it).
 */
export function wordSpellings(word: string): string[] {
  const lower = word.toLowerCase();
  const capitalised = lower.charAt(0).toUpperCase() + lower.slice(1);
  const cases = [word, lower, capitalised, word.toUpperCase()];
  return [...new Set(cases.flatMap((spelling) => [spelling, ` ${spelling}`]))];
}
