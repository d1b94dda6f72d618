import { decodeWord } from './decode-word';
import { LineSplitter } from './line-splitter';
import { scanDecimal, type ScanCursor } from './parse-decimal';
import type { FormatParser } from './format-parser';
import type { VectorTableBuilder } from './vector-table-builder';
import { parseHeader, type VectorHeader } from './vector-format';

const SPACE = 0x20;
const TAB = 0x09;
const CR = 0x0d;

function isBlank(byte: number | undefined): boolean {
  return byte === SPACE || byte === TAB || byte === CR;
}

/** Index of the first non-blank byte at or after `i`. */
function skipBlanks(bytes: Uint8Array, i: number, end: number): number {
  while (i < end && isBlank(bytes[i])) i++;
  return i;
}

/** Index just past the token starting at `i`. */
function tokenEnd(bytes: Uint8Array, i: number, end: number): number {
  while (i < end && !isBlank(bytes[i])) i++;
  return i;
}

function countTokens(bytes: Uint8Array, i: number, end: number): number {
  let count = 0;
  for (i = skipBlanks(bytes, i, end); i < end; i = skipBlanks(bytes, tokenEnd(bytes, i, end), end)) count++;
  return count;
}

/**
 * Reads text vector files line by line: GloVe (`word v1 … vd`, the dimension taken from the first line)
 * and word2vec/fastText `.vec` (the same after a `count dimension` header, which is checked against them).
 * Numbers are parsed straight from the bytes into the builder's storage; only words become strings.
 */
export class TextVectorParser implements FormatParser {
  private readonly lines: LineSplitter;
  private line = 0;
  private header: VectorHeader | null = null;
  private entries = 0;
  private readonly cursor: ScanCursor = { end: 0 };

  constructor(
    private readonly builder: VectorTableBuilder,
    private readonly hasHeader: boolean,
  ) {
    this.lines = new LineSplitter(builder.options.fileName, this.parseLine.bind(this), () => builder.full);
  }

  get done(): boolean {
    return this.builder.full;
  }

  push(chunk: Uint8Array): void {
    this.lines.push(chunk);
  }

  end(): void {
    this.lines.end();
    const header = this.header;
    if (
      header !== null &&
      !this.builder.full &&
      this.entries < header.count &&
      !this.builder.options.lenient
    ) {
      throw this.builder.error(
        { line: this.line },
        `the header promises ${header.count} words, but the file ends after ${this.entries}; is it truncated?`,
      );
    }
  }

  private parseLine(bytes: Uint8Array, start: number, end: number): void {
    this.line++;
    if (this.line === 1 && this.hasHeader) {
      this.header = parseHeader(bytes, start, end);
      if (this.header !== null) this.builder.setDimension(this.header.dimension, this.header.count);
      return;
    }
    const wordStart = skipBlanks(bytes, start, end);
    if (wordStart === end) return; // a blank line, e.g. at the end of the file
    const wordEnd = tokenEnd(bytes, wordStart, end);
    this.entries++;
    if (this.header !== null && this.entries > this.header.count) {
      this.builder.reject(
        { line: this.line },
        `the header promises ${this.header.count} words, but there are more`,
      );
      return;
    }
    if (this.builder.dimension === 0 && !this.inferDimension(bytes, wordEnd, end)) return;
    const word = decodeWord(bytes, wordStart, wordEnd);
    if (this.builder.isDuplicate(word)) return;
    if (this.readNumbers(bytes, wordEnd, end, word)) this.builder.commitRow(word);
  }

  /** GloVe has no header: the first line's number count is the dimension every other line must match. */
  private inferDimension(bytes: Uint8Array, from: number, end: number): boolean {
    const count = countTokens(bytes, from, end);
    if (count === 0) {
      this.builder.reject(
        { line: this.line },
        'expected a word followed by the numbers of its vector, found only a word',
      );
      return false;
    }
    this.builder.setDimension(count);
    return true;
  }

  /** Parses the numbers after the word into a reserved row; false (after rejecting) when malformed. */
  private readNumbers(bytes: Uint8Array, from: number, end: number, word: string): boolean {
    const dimension = this.builder.dimension;
    const offset = this.builder.reserveRow();
    const values = this.builder.values;
    const cursor = this.cursor;
    let count = 0;
    for (let i = skipBlanks(bytes, from, end); i < end; i = skipBlanks(bytes, cursor.end, end)) {
      const value = Math.fround(scanDecimal(bytes, i, end, cursor));
      if (count < dimension) {
        if (!Number.isFinite(value)) {
          const token = decodeWord(bytes, i, cursor.end);
          this.builder.reject(
            { line: this.line },
            `value ${count + 1} of "${word}" is "${token}", which is not a finite number`,
          );
          return false;
        }
        values[offset + count] = value;
      }
      count++;
    }
    if (count === dimension) return true;
    const source = this.header === null ? '' : ' (as the header says)';
    this.builder.reject(
      { line: this.line },
      `expected ${dimension} numbers after the word${source}, found ${count}`,
    );
    return false;
  }
}
