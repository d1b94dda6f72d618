import type { EncodingChoice, TextEncoding } from '../../../shared/contract';
import { StudioError } from '../../../shared/errors';

/**
 * 1 MiB: the head of a file that 'auto' decides on (and a BOM is looked for in). Whole-file decoding decides
 * on every byte; a streamed file decides on this head, so any file up to 1 MiB decodes exactly as the
 * whole-file path does, however its chunks fall, and a larger one only differs if its first invalid UTF-8 byte
 * comes after this head (then it fails naming the byte, instead of silently switching encodings mid-file).
 */
export const DECISION_BYTES = 1024 * 1024;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((value, index) => bytes[index] === value);
}

function concat(parts: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

/** How a stream is decoded: the encoding, and whether bytes invalid in it are an error. */
interface Decision {
  readonly encoding: TextEncoding;
  readonly fatal: boolean;
}

/**
 * What 'auto' picks for a file starting with `head`, with `decodeText`'s rules: a UTF-8 BOM is read leniently,
 * a UTF-16 BOM strictly, and without a BOM UTF-8 must be valid (strict), else Windows-1251 (never invalid).
 */
function detect(head: Uint8Array, final: boolean): Decision {
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', fatal: false };
  if (startsWith(head, [0xff, 0xfe])) return { encoding: 'utf-16le', fatal: true };
  if (startsWith(head, [0xfe, 0xff])) return { encoding: 'utf-16be', fatal: true };
  try {
    // `stream: !final` lets the head end inside a multi-byte character without counting as invalid.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: !final });
    return { encoding: 'utf-8', fatal: true };
  } catch {
    return { encoding: 'windows-1251', fatal: false };
  }
}

/**
 * Decodes a file's bytes chunk by chunk into text, with `decodeText`'s rules: a BOM decides (and is dropped);
 * without one 'auto' reads UTF-8 when the head is valid UTF-8, else Windows-1251; a chosen encoding never
 * fails. Multi-byte characters split across chunks are carried over (TextDecoder's `stream` mode).
 */
export class StreamDecoder {
  private readonly head: Uint8Array[] = [];
  private headBytes = 0;
  private decoder: InstanceType<typeof TextDecoder> | null = null;
  private chosen: TextEncoding | null = null;
  /** Bytes decoded before the current chunk, so an invalid byte can be located for the user. */
  private offset = 0;

  constructor(
    private readonly fileName: string,
    private readonly choice: EncodingChoice,
  ) {}

  /** The encoding in use, once decided (after the head or at the end of a small file). */
  get encoding(): TextEncoding | null {
    return this.chosen;
  }

  /** Text decoded from `bytes` (possibly '' while the head is still being gathered). */
  push(bytes: Uint8Array): string {
    if (this.decoder !== null) return this.decode(bytes, false);
    this.head.push(bytes.slice());
    this.headBytes += bytes.byteLength;
    return this.headBytes >= DECISION_BYTES ? this.start(false) : '';
  }

  /** The rest of the text; throws `decode-failed` when the file ends inside a character of a strict encoding. */
  end(): string {
    const text = this.decoder === null ? this.start(true) : '';
    return text + this.decode(new Uint8Array(0), true);
  }

  private start(final: boolean): string {
    const head = concat(this.head, this.headBytes);
    this.head.length = 0;
    // A user's choice never fails: wrong choices show as mismatched characters in the preview.
    const { encoding, fatal } =
      this.choice === 'auto' ? detect(head, final) : { encoding: this.choice, fatal: false };
    this.chosen = encoding;
    this.decoder = this.createDecoder(encoding, fatal);
    return final ? this.decode(head, true) : this.decode(head, false);
  }

  private createDecoder(encoding: TextEncoding, fatal: boolean): InstanceType<typeof TextDecoder> {
    try {
      return new TextDecoder(encoding, { fatal });
    } catch {
      // Only a runtime without the legacy encodings (a small-ICU build) gets here.
      throw new StudioError(
        'decode-failed',
        `${this.fileName} is not valid UTF-8, and this runtime cannot read it as Windows-1251. Save it as UTF-8 and try again.`,
        { file: this.fileName },
      );
    }
  }

  private decode(bytes: Uint8Array, final: boolean): string {
    const decoder = this.decoder;
    if (decoder === null) return '';
    try {
      const text = decoder.decode(bytes, { stream: !final });
      this.offset += bytes.byteLength;
      return text;
    } catch {
      throw this.invalid();
    }
  }

  private invalid(): StudioError {
    const file = this.fileName;
    const encoding = this.chosen ?? 'utf-8';
    const name = encoding.toUpperCase();
    // Only UTF-16 (from its BOM) and BOM-less UTF-8 are decoded strictly.
    if (encoding !== 'utf-8') {
      return new StudioError(
        'decode-failed',
        `${file} starts with a ${name} byte order mark but is not valid ${name} text.`,
        { file, encoding },
      );
    }
    return new StudioError(
      'decode-failed',
      `${file} starts as UTF-8 but has bytes that are not UTF-8 after byte ${this.offset}; ` +
        'choose its encoding (e.g. Windows-1251) and open it again.',
      { file, encoding, byte: this.offset },
    );
  }
}
