/** Where a word's tokens sit among a text's tokens: half-open `[start, end)` token positions. */
export interface TokenSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * The marks SentencePiece (`▁`, U+2581) and byte-level BPE (`Ġ`, U+0120: the space byte) put at word starts.
 * `Ġ` is itself a letter, so it must be checked before the letter test.
 */
const WORD_START_MARKS = ['\u2581', '\u0120'];

/**
 * Whether a vocabulary piece continues the word before it. WordPiece marks continuations with a prefix
 * (`##`), so with `wordPiecePrefix` that is the test. SentencePiece and byte-level BPE mark word *starts*
 * instead: there a piece that begins with a letter, mark or digit continues the word, while punctuation
 * and marked starts do not.
 */
export function isContinuationPiece(piece: string, wordPiecePrefix: string | null): boolean {
  if (wordPiecePrefix !== null) return piece.startsWith(wordPiecePrefix);
  if (WORD_START_MARKS.some((mark) => piece.startsWith(mark))) return false;
  return /^[\p{L}\p{M}\p{N}]/u.test(piece);
}

/**
 * The first place in `ids[from, to)` where one of the word's spellings (`variants`, each a token-id sequence)
 * starts and ends on a word boundary: the token after it must not continue the word, so «кошка» is not
 * found inside «кошками». At one start the longest spelling wins. Null when the word is not there (or was
 * cut off by truncation).
 */
export function findTokenSpan(
  ids: ArrayLike<number>,
  from: number,
  to: number,
  variants: readonly (readonly number[])[],
  isContinuation: (id: number) => boolean,
): TokenSpan | null {
  for (let start = from; start < to; start++) {
    let best = 0;
    for (const variant of variants) {
      if (variant.length <= best || start + variant.length > to) continue;
      if (!variant.every((id, offset) => ids[start + offset] === id)) continue;
      const next = start + variant.length;
      if (next < to && isContinuation(ids[next] ?? -1)) continue;
      best = variant.length;
    }
    if (best > 0) return { start, end: start + best };
  }
  return null;
}
