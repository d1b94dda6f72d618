/**
 * Not fatal: a word with a broken UTF-8 sequence (some published word2vec files have them) becomes a word
 * with U+FFFD in it instead of failing a multi-gigabyte load.
 */
const decoder = new TextDecoder('utf-8');

/** Below this length an ASCII word is built char by char: cheaper than a TextDecoder call per word. */
const ASCII_FAST_PATH_BYTES = 32;

/** Decodes the UTF-8 word in `bytes[start, end)`. */
export function decodeWord(bytes: Uint8Array, start: number, end: number): string {
  if (end - start <= ASCII_FAST_PATH_BYTES) {
    let word = '';
    let i = start;
    for (; i < end; i++) {
      const byte = bytes[i] ?? 0;
      if (byte >= 0x80) break;
      word += String.fromCharCode(byte);
    }
    if (i === end) return word;
  }
  return decoder.decode(bytes.subarray(start, end));
}
