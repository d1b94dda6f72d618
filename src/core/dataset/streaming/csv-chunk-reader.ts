import { StudioError } from '../../../shared/errors';
import type { CsvRecord } from '../csv-parser';

const QUOTE = '"';

/**
 * 16 Mi characters: the longest record kept waiting for its end. A real record is far shorter; one this long
 * is almost always a quoted field whose closing quote is missing, and waiting longer would buffer the rest of
 * a gigabyte file instead of saying so.
 */
export const MAX_RECORD_CHARS = 16 * 1024 * 1024;

/** Marks a record cut off by the end of the text so far: it is read again when more text arrives. */
const INCOMPLETE = Symbol('incomplete');
type Incomplete = typeof INCOMPLETE;

/** Line breaks in `text[from, to)`: CRLF, LF and a lone CR each count once. */
function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  return count;
}

/**
 * The RFC 4180 reader of `csv-parser.ts`, fed text chunk by chunk: the same rules (quoted fields with `""`,
 * delimiters and line breaks inside quotes, stray quotes kept in unquoted fields, blank lines skipped and
 * counted, errors naming the line), but a record that the text so far cuts off — inside a quoted field, before
 * its line break, or on a CR that may be half of a CRLF — is kept and read again with the next chunk.
 */
export class CsvChunkReader {
  private text = '';
  private index = 0;
  private line: number;
  private final = false;
  /** Blank lines skipped so far. */
  blankLines = 0;

  constructor(
    private readonly delimiter: string,
    private readonly fileName: string,
    firstLine: number,
  ) {
    this.line = firstLine;
  }

  /**
   * Reads the records `chunk` completes, handing each to `onRecord` as soon as it is read (not gathered into
   * an array: a chunk's worth of records kept alive together would outlive the young generation and make
   * garbage collection the larger part of a big import). `final` says the file ends with this chunk.
   */
  feed(chunk: string, final: boolean, onRecord: (record: CsvRecord) => void): void {
    this.text = this.index < this.text.length ? this.text.slice(this.index) + chunk : chunk;
    this.index = 0;
    this.final = final;
    while (this.index < this.text.length) {
      const start = this.index;
      const startLine = this.line;
      const record = this.readRecord();
      if (record === INCOMPLETE) {
        this.index = start;
        this.line = startLine;
        this.checkLength(startLine);
        break;
      }
      if (record !== null) onRecord(record);
    }
  }

  private checkLength(startLine: number): void {
    if (this.text.length - this.index <= MAX_RECORD_CHARS) return;
    throw this.error(
      startLine,
      `a record starts here and runs on for more than ${MAX_RECORD_CHARS} characters; ` +
        'is the closing quote (") of a quoted field missing?',
      { line: startLine },
    );
  }

  /** The next record, null for a blank line, or INCOMPLETE when the text so far ends inside it. */
  private readRecord(): CsvRecord | null | Incomplete {
    const startLine = this.line;
    const fields: string[] = [];
    let onlyBlank = true;
    for (;;) {
      const quoted = this.text[this.index] === QUOTE;
      const value = quoted ? this.readQuoted() : this.readPlain();
      if (value === INCOMPLETE) return INCOMPLETE;
      if (quoted || value.trim() !== '') onlyBlank = false;
      fields.push(value);
      if (this.text[this.index] !== this.delimiter) break;
      this.index++;
    }
    if (!this.skipLineBreak()) return INCOMPLETE;
    // A line with nothing on it is layout, not a record with one empty field.
    if (onlyBlank && fields.length === 1) {
      this.blankLines++;
      return null;
    }
    return { fields, line: startLine };
  }

  private readPlain(): string | Incomplete {
    const { text, delimiter } = this;
    const start = this.index;
    let end = start;
    while (end < text.length) {
      const ch = text[end];
      if (ch === delimiter || ch === '\n' || ch === '\r') break;
      end++;
    }
    if (end === text.length && !this.final) return INCOMPLETE;
    this.index = end;
    return text.slice(start, end);
  }

  private readQuoted(): string | Incomplete {
    const { text } = this;
    const startLine = this.line;
    let chunkStart = this.index + 1;
    let value = '';
    for (;;) {
      const quote = text.indexOf(QUOTE, chunkStart);
      if (quote < 0 || (quote === text.length - 1 && !this.final)) {
        // Without a closing quote yet, or with one that may be the first half of `""`: wait for more text.
        if (!this.final) return INCOMPLETE;
        throw this.error(startLine, 'a quoted field starts here but its closing quote (") is missing', {
          line: startLine,
        });
      }
      this.line += countLineBreaks(text, chunkStart, quote);
      if (text[quote + 1] === QUOTE) {
        value += text.slice(chunkStart, quote + 1);
        chunkStart = quote + 2;
        continue;
      }
      value += text.slice(chunkStart, quote);
      this.index = quote + 1;
      break;
    }
    const next = text[this.index];
    if (next !== undefined && next !== this.delimiter && next !== '\n' && next !== '\r') {
      throw this.error(
        this.line,
        `expected a delimiter or the end of the line after a closing quote, found "${next}"`,
      );
    }
    return value;
  }

  /** Steps over the record's line break; false when the text so far ends before it (or on a lone CR). */
  private skipLineBreak(): boolean {
    const { text } = this;
    const ch = text[this.index];
    if (ch === undefined) return this.final;
    if (ch === '\r') {
      const after = text[this.index + 1];
      if (after === undefined && !this.final) return false;
      this.index += after === '\n' ? 2 : 1;
      this.line++;
    } else if (ch === '\n') {
      this.index++;
      this.line++;
    }
    return true;
  }

  private error(line: number, what: string, extra: Record<string, number> = {}): StudioError {
    const file = this.fileName;
    return new StudioError('malformed-table', `${file}, line ${line}: ${what}.`, { file, line, ...extra });
  }
}
