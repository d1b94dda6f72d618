/**
 * Writes vectors in word2vec's text format (also fastText's `.vec`): a `count dimension` header line, then one
 * line per item, `word v1 v2 … vD`, separated by single spaces. Readers split a line on whitespace and take
 * the first field as the word, so a word cannot hold whitespace: every run of whitespace in an item's text
 * becomes one underscore (`New York` → `New_York`), as word2vec's own phrase tokens are written, and an empty
 * text is written as `_`. The app's own reader (`word-vector-parser.ts`) reads the file back to the same
 * float32 values.
 */

/**
 * Nine significant digits: enough for every float32 to survive the round trip to decimal and back exactly
 * (IEEE 754's `FLT_DECIMAL_DIG`), and no longer than it has to be.
 */
const FLOAT32_DIGITS = 9;

/** The word an item's text is written as: whitespace runs become `_`, an empty text becomes `_`. */
export function wordOfText(text: string): string {
  const word = text.trim().replace(/\s+/gu, '_');
  return word === '' ? '_' : word;
}

/** A float32 as the shortest of its 9-digit decimal forms that reads back to the same float32. */
function formatFloat32(value: number): string {
  return String(Number(value.toPrecision(FLOAT32_DIGITS)));
}

/**
 * The rows of `vectors` (`words.length × dimension`, row-major) as a UTF-8 word2vec text file, one line per
 * word in the given order.
 */
export function writeWordVectorText(
  words: readonly string[],
  vectors: Float32Array,
  dimension: number,
): Uint8Array<ArrayBuffer> {
  const lines: string[] = [`${words.length} ${dimension}`];
  words.forEach((text, row) => {
    const values: string[] = new Array<string>(dimension);
    for (let d = 0; d < dimension; d++) values[d] = formatFloat32(vectors[row * dimension + d] ?? 0);
    lines.push(`${wordOfText(text)} ${values.join(' ')}`);
  });
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}
