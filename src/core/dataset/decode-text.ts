import type { EncodingChoice, TextEncoding } from '../../shared/contract';
import { StudioError } from '../../shared/errors';

/** The text of a file and the encoding it was read with. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((value, index) => bytes[index] === value);
}

function decodeStrict(fileName: string, bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new StudioError(
      'decode-failed',
      `${fileName} starts with a ${encoding.toUpperCase()} byte order mark but is not valid ${encoding.toUpperCase()} text.`,
      { file: fileName, encoding },
    );
  }
}

function decodeLegacy(fileName: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('windows-1251').decode(bytes);
  } catch {
    // Only a runtime without the legacy encodings (a small-ICU build) gets here.
    throw new StudioError(
      'decode-failed',
      `${fileName} is not valid UTF-8, and this runtime cannot read it as Windows-1251. Save it as UTF-8 and try again.`,
      { file: fileName },
    );
  }
}

/**
 * Turns a file's bytes into text. A byte order mark decides (UTF-8, UTF-16 LE/BE) and is dropped; without
 * one the bytes must be valid UTF-8, else they are read as Windows-1251, the legacy Cyrillic code page that
 * Russian spreadsheets still export — any byte sequence decodes in it, so this never guesses wrong on UTF-8.
 */
export function decodeText(
  fileName: string,
  bytes: Uint8Array,
  choice: EncodingChoice = 'auto',
): DecodedText {
  if (choice !== 'auto') return decodeAs(fileName, bytes, choice);
  // TextDecoder strips a matching BOM itself (ignoreBOM defaults to false).
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  }
  if (startsWith(bytes, [0xff, 0xfe]))
    return { text: decodeStrict(fileName, bytes, 'utf-16le'), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff]))
    return { text: decodeStrict(fileName, bytes, 'utf-16be'), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeLegacy(fileName, bytes), encoding: 'windows-1251' };
  }
}

/**
 * Decodes with the encoding the user chose, never failing: wrong choices show as mismatched characters in
 * the preview, which is how the user tells they chose wrong. A BOM of that same encoding is dropped.
 */
function decodeAs(fileName: string, bytes: Uint8Array, encoding: TextEncoding): DecodedText {
  if (encoding === 'windows-1251') return { text: decodeLegacy(fileName, bytes), encoding };
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}
