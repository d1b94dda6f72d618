import { tokenize } from '../embedders/tfidf-svd/text-features';
import { STOP_WORDS } from './stop-words';

/** A token of one character (a stray letter, an initial) carries no topic. */
const MIN_KEYWORD_LENGTH = 2;

/**
 * The words of a text that may become keywords: lower-cased runs of Unicode letters (the TF-IDF embedder's
 * tokeniser), ё folded to е so both spellings count as one word, without stop words, one-character tokens
 * and pure numbers.
 */
export function keywordTokens(text: string): string[] {
  return tokenize(text)
    .map((word) => word.replaceAll('ё', 'е'))
    .filter(
      (word) =>
        Array.from(word).length >= MIN_KEYWORD_LENGTH && !/^\p{N}+$/u.test(word) && !STOP_WORDS.has(word),
    );
}
