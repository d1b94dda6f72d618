/**
 * Exact powers of ten: every 10^k with k ≤ 22 is a double without rounding, so `mantissa / 10^k` (one IEEE
 * division of two exact values) is the correctly rounded double of the decimal, like `parseFloat` gives.
 */
const EXACT_POWERS = Array.from({ length: 23 }, (_, k) => 10 ** k);
const MAX_EXACT_EXPONENT = 22;
/**
 * 15 significant digits always fit a double's 53-bit mantissa exactly. Longer numbers (rare: writers print
 * 4–9 digits) go to `parseFloat`, since dropping digits could move a value across a float32 rounding edge.
 */
const MAX_MANTISSA_DIGITS = 15;

const ZERO = 0x30;
const DOT = 0x2e;
const MINUS = 0x2d;
const PLUS = 0x2b;
const LOWER_E = 0x65;
const UPPER_E = 0x45;
const SPACE = 0x20;
const TAB = 0x09;
const CR = 0x0d;

/** Decodes an ASCII token for the slow path; the token is short, so building the string is cheap. */
function asciiToken(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i] ?? 0);
  return text;
}

/** Parses an optional exponent `e±ddd` at `i`; returns [exponent, end] or null when malformed. */
function parseExponent(bytes: Uint8Array, i: number, end: number): [number, number] | null {
  let sign = 1;
  if (bytes[i] === MINUS || bytes[i] === PLUS) {
    if (bytes[i] === MINUS) sign = -1;
    i++;
  }
  const digitsStart = i;
  let exponent = 0;
  for (; i < end; i++) {
    const digit = (bytes[i] ?? 0) - ZERO;
    if (digit < 0 || digit > 9) break;
    // Clamped: an exponent past 9999 over- or underflows anyway, and the clamp keeps the sum exact.
    exponent = Math.min(9999, exponent * 10 + digit);
  }
  return i === digitsStart ? null : [sign * exponent, i];
}

/** Where {@link scanDecimal} stopped: just past the token it read. */
export interface ScanCursor {
  end: number;
}

function isBlank(byte: number): boolean {
  return byte === SPACE || byte === TAB || byte === CR;
}

/** Index just past the token that starts at `i` (used only for malformed tokens). */
function skipToken(bytes: Uint8Array, i: number, limit: number): number {
  while (i < limit && !isBlank(bytes[i] ?? 0)) i++;
  return i;
}

/**
 * Reads the decimal number (`-0.123`, `4.5e-3`, `7`) that starts at `start` and ends at the next blank or
 * at `limit`, setting `cursor.end` just past it. One pass, no string: most of a text vector file is such
 * numbers, and cutting tokens out first and calling `parseFloat` on substrings costs several times more.
 * Returns NaN for a token that is not a plain decimal (including `nan` and `inf`, which vectors must not
 * hold). Numbers beyond 15 significant digits or exponents beyond ±22 take the `parseFloat` path, so the
 * result always equals `parseFloat`'s.
 */
export function scanDecimal(bytes: Uint8Array, start: number, limit: number, cursor: ScanCursor): number {
  let i = start;
  const negative = bytes[i] === MINUS;
  if (negative || bytes[i] === PLUS) i++;
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  let sawDigit = false;
  let inFraction = false;
  let exact = true;
  for (; i < limit; i++) {
    const byte = bytes[i] ?? 0;
    const digit = byte - ZERO;
    if (digit >= 0 && digit <= 9) {
      sawDigit = true;
      if (digits < MAX_MANTISSA_DIGITS) {
        mantissa = mantissa * 10 + digit;
        if (mantissa !== 0) digits++;
        if (inFraction) scale--;
      } else exact = false;
    } else if (byte === DOT && !inFraction) {
      inFraction = true;
    } else break;
  }
  if (i < limit && (bytes[i] === LOWER_E || bytes[i] === UPPER_E) && sawDigit) {
    const exponent = parseExponent(bytes, i + 1, limit);
    if (exponent === null) sawDigit = false;
    else [scale, i] = [scale + exponent[0], exponent[1]];
  }
  if (!sawDigit || (i < limit && !isBlank(bytes[i] ?? 0))) {
    cursor.end = skipToken(bytes, i, limit);
    return Number.NaN;
  }
  cursor.end = i;
  if (!exact || scale < -MAX_EXACT_EXPONENT || scale > MAX_EXACT_EXPONENT) {
    return Number.parseFloat(asciiToken(bytes, start, i));
  }
  const magnitude =
    scale < 0 ? mantissa / (EXACT_POWERS[-scale] ?? 1) : mantissa * (EXACT_POWERS[scale] ?? 1);
  return negative ? -magnitude : magnitude;
}

const scratch: ScanCursor = { end: 0 };

/** Parses `bytes[start, end)` as one decimal number; NaN when it is anything else (see {@link scanDecimal}). */
export function parseDecimal(bytes: Uint8Array, start: number, end: number): number {
  const value = scanDecimal(bytes, start, end, scratch);
  return scratch.end === end ? value : Number.NaN;
}
