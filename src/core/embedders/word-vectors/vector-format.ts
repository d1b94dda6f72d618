import { StudioError } from '../../../shared/errors';

/**
 * The word-vector file layouts we read:
 * - `glove`: text, one `word v1 … vd` line per word, no header (Stanford GloVe);
 * - `vec`: the same lines after a `count dimension` header (word2vec text output, fastText `.vec`);
 * - `bin`: word2vec binary: a `count dimension` header line, then per word its UTF-8 bytes, a space,
 *   `dimension` little-endian float32 values and usually a newline.
 */
export type VectorFormat = 'glove' | 'vec' | 'bin';

/** The `count dimension` first line of `.vec` and `.bin` files. */
export interface VectorHeader {
  readonly count: number;
  readonly dimension: number;
}

const NEWLINE = 0x0a;
const SPACE = 0x20;
const TAB = 0x09;
const CR = 0x0d;

/**
 * 1 MiB: a header line is a few bytes, and the first GloVe line of even 1000-d vectors is ~12 KB, so a
 * prefix this long without a decision means the file is not a word-vector file we can sniff any better.
 */
const MAX_SNIFF_BYTES = 1 << 20;
/** Up to 64 bytes (16 float32 values) after the first word tell binary from text: see {@link looksBinary}. */
const BINARY_PROBE_BYTES = 64;

/** The UTF-8 byte-order mark some editors put at the start of a text file. */
export const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/** Length of a UTF-8 BOM at the start of `bytes` (0 or 3). */
export function bomLength(bytes: Uint8Array): number {
  return bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2] ? 3 : 0;
}

function isSeparator(byte: number | undefined): boolean {
  return byte === SPACE || byte === TAB || byte === CR;
}

function parseCount(bytes: Uint8Array, start: number, end: number): number | null {
  if (end <= start || end - start > 15) return null; // 15 digits stay below 2^53
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = (bytes[i] ?? 0) - 0x30;
    if (digit < 0 || digit > 9) return null;
    value = value * 10 + digit;
  }
  return value;
}

/** Parses `bytes[start, end)` as a `count dimension` header; null when the line is anything else. */
export function parseHeader(bytes: Uint8Array, start: number, end: number): VectorHeader | null {
  const tokens: [number, number][] = [];
  let i = start;
  while (i < end) {
    while (i < end && isSeparator(bytes[i])) i++;
    if (i === end) break;
    const tokenStart = i;
    while (i < end && !isSeparator(bytes[i])) i++;
    tokens.push([tokenStart, i]);
    if (tokens.length > 2) return null;
  }
  const [first, second] = tokens;
  if (first === undefined || second === undefined) return null;
  const count = parseCount(bytes, first[0], first[1]);
  const dimension = parseCount(bytes, second[0], second[1]);
  if (count === null || dimension === null || dimension === 0) return null;
  return { count, dimension };
}

/**
 * Text vectors after the first word are printable ASCII up to the end of the line; float32 bytes almost
 * never are (0.0 is four zero bytes, 1.0 is `00 00 80 3f`), so a control or non-ASCII byte before the first
 * newline means binary. A newline right after the word means binary too: text would have numbers there.
 */
function looksBinary(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const byte = bytes[i] ?? 0;
    if (byte === NEWLINE) return i === start;
    if (byte >= 0x80 || (byte < 0x20 && byte !== TAB && byte !== CR)) return true;
  }
  return false;
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/**
 * Decides the format of a word-vector file from its name and its first bytes (without a BOM). Returns
 * `'need-more'` while `prefix` is too short to tell and the file has more bytes (`complete` false).
 * A `.bin` name must start with a header; whether the entries after a header are text or binary is read
 * from the bytes themselves, since word2vec writes both kinds under many names.
 */
export function sniffFormat(
  fileName: string,
  prefix: Uint8Array,
  complete: boolean,
): VectorFormat | 'need-more' {
  const newline = prefix.indexOf(NEWLINE);
  if (newline < 0 && !complete && prefix.length < MAX_SNIFF_BYTES) return 'need-more';
  const header = parseHeader(prefix, 0, newline < 0 ? prefix.length : newline);
  if (header === null) {
    if (extensionOf(fileName) === 'bin') {
      throw new StudioError(
        'malformed-vectors',
        `${fileName}, line 1: a word2vec .bin file starts with a "count dimension" line, which this file lacks ` +
          `(fastText .bin models are not word-vector files; use the matching .vec file).`,
        { file: fileName, line: 1 },
      );
    }
    return 'glove';
  }
  const firstWord = newline + 1;
  const space = prefix.indexOf(SPACE, firstWord);
  const probeEnd = space + 1 + Math.min(BINARY_PROBE_BYTES, 4 * header.dimension);
  if (space < 0 || probeEnd > prefix.length) {
    if (!complete && prefix.length < MAX_SNIFF_BYTES) return 'need-more';
  }
  if (space < 0) return 'vec';
  return looksBinary(prefix, space + 1, Math.min(probeEnd, prefix.length)) ? 'bin' : 'vec';
}
