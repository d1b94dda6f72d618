import { decodeWord } from './decode-word';
import type { FormatParser } from './format-parser';
import type { VectorTableBuilder } from './vector-table-builder';
import { parseHeader, type VectorHeader } from './vector-format';

const NEWLINE = 0x0a;
const SPACE = 0x20;
const FLOAT_BYTES = 4;
/** 4 KiB: real words are a few dozen bytes; a longer "word" means the file is not what its header says. */
const MAX_WORD_BYTES = 4096;
/** 256 bytes hold any `count dimension` line. */
const MAX_HEADER_BYTES = 256;

/** word2vec writes its host's float32s; the published files all come from little-endian machines. */
const HOST_IS_LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Turns little-endian float32s into the host's order on a big-endian machine. */
function swapBytes(bytes: Uint8Array): void {
  for (let i = 0; i + 3 < bytes.length; i += FLOAT_BYTES) {
    const [a = 0, b = 0, c = 0, d = 0] = bytes.subarray(i, i + FLOAT_BYTES);
    bytes.set([d, c, b, a], i);
  }
}

/**
 * Reads word2vec binary files: a `count dimension` text line, then per word its UTF-8 bytes, a space and
 * `dimension` little-endian float32s, usually followed by a newline (skipped before the next word, as the
 * original C reader and gensim do). Entries may be cut anywhere by chunk boundaries.
 */
export class BinaryVectorParser implements FormatParser {
  private header: VectorHeader | null = null;
  private readonly pending = new Uint8Array(Math.max(MAX_HEADER_BYTES, MAX_WORD_BYTES));
  private pendingLength = 0;
  private row = new Uint8Array(0);
  private rowFloats = new Float32Array(0);
  private rowLength = 0;
  private word: string | null = null;
  private entries = 0;

  constructor(private readonly builder: VectorTableBuilder) {}

  get done(): boolean {
    return (
      this.builder.full || (this.header !== null && this.entries >= this.header.count && this.word === null)
    );
  }

  push(chunk: Uint8Array): void {
    let i = 0;
    while (i < chunk.length && !this.done) {
      if (this.header === null) i = this.readHeader(chunk, i);
      else if (this.word === null) i = this.readWord(chunk, i);
      else i = this.readVector(chunk, i);
    }
  }

  end(): void {
    const header = this.header;
    if (header === null) {
      throw this.builder.error({ line: 1 }, `a word2vec .bin file starts with a "count dimension" line`);
    }
    if (this.done) return;
    if (this.word !== null || this.pendingLength > 0) {
      throw this.builder.error(
        { entry: this.entries + 1 },
        `the file ends in the middle of an entry; is it truncated?`,
      );
    }
    if (this.entries < header.count && !this.builder.options.lenient) {
      throw this.builder.error(
        { entry: this.entries + 1 },
        `the header promises ${header.count} words, but the file ends after ${this.entries}; is it truncated?`,
      );
    }
  }

  private readHeader(chunk: Uint8Array, i: number): number {
    const newline = chunk.indexOf(NEWLINE, i);
    const end = newline < 0 ? chunk.length : newline;
    if (this.pendingLength + end - i > MAX_HEADER_BYTES) {
      throw this.builder.error({ line: 1 }, 'the first line is not a "count dimension" header');
    }
    this.pending.set(chunk.subarray(i, end), this.pendingLength);
    this.pendingLength += end - i;
    if (newline < 0) return chunk.length;
    this.header = parseHeader(this.pending, 0, this.pendingLength);
    if (this.header === null)
      throw this.builder.error({ line: 1 }, 'the first line is not a "count dimension" header');
    this.pendingLength = 0;
    this.builder.setDimension(this.header.dimension, this.header.count);
    this.rowFloats = new Float32Array(this.header.dimension);
    this.row = new Uint8Array(this.rowFloats.buffer);
    return newline + 1;
  }

  private readWord(chunk: Uint8Array, i: number): number {
    if (this.pendingLength === 0) while (i < chunk.length && chunk[i] === NEWLINE) i++;
    const space = chunk.indexOf(SPACE, i);
    const end = space < 0 ? chunk.length : space;
    if (this.pendingLength + end - i > MAX_WORD_BYTES) {
      throw this.builder.error(
        { entry: this.entries + 1 },
        `no space within ${MAX_WORD_BYTES} bytes, so this is not a word followed by its vector`,
      );
    }
    if (space >= 0 && this.pendingLength === 0) {
      this.word = decodeWord(chunk, i, space); // the usual case: the whole word is in this chunk
    } else {
      this.pending.set(chunk.subarray(i, end), this.pendingLength);
      this.pendingLength += end - i;
      if (space < 0) return chunk.length;
      this.word = decodeWord(this.pending, 0, this.pendingLength);
      this.pendingLength = 0;
    }
    this.rowLength = 0;
    return space + 1;
  }

  private readVector(chunk: Uint8Array, i: number): number {
    const take = Math.min(this.row.length - this.rowLength, chunk.length - i);
    this.row.set(chunk.subarray(i, i + take), this.rowLength);
    this.rowLength += take;
    if (this.rowLength === this.row.length) this.finishEntry();
    return i + take;
  }

  private finishEntry(): void {
    const word = this.word ?? '';
    this.word = null;
    this.entries++;
    if (this.builder.isDuplicate(word)) return;
    if (!HOST_IS_LITTLE_ENDIAN) swapBytes(this.row);
    const floats = this.rowFloats;
    for (let d = 0; d < floats.length; d++) {
      const value = floats[d] ?? 0;
      if (!Number.isFinite(value)) {
        this.builder.reject(
          { entry: this.entries },
          `value ${d + 1} of "${word}" is ${value}, which is not a finite number`,
        );
        return;
      }
    }
    const offset = this.builder.reserveRow();
    this.builder.values.set(floats, offset);
    this.builder.commitRow(word);
  }
}
