import { StudioError } from '../../../shared/errors';
import { FieldForm, isTrimmedSpace, ScannedRecord } from './scanned-record';

/** `"` */
const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * 16 Mi characters: the longest record kept waiting for its end. A real record is far shorter; one this long
 * is almost always a quoted field whose closing quote is missing, and waiting longer would buffer the rest of
 * a gigabyte file instead of saying so.
 */
export const MAX_RECORD_CHARS = 16 * 1024 * 1024;

/** What reading one record found. */
const RECORD = 0;
const BLANK = 1;
/** The text so far ends inside the record: it is read again when more text arrives. */
const INCOMPLETE = 2;
type Outcome = typeof RECORD | typeof BLANK | typeof INCOMPLETE;

/** Line breaks in `text[from, to)`: CRLF, LF and a lone CR each count once. */
function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch === LF || (ch === CR && text.charCodeAt(i + 1) !== LF)) count++;
  }
  return count;
}

/** Whether `text[from, to)` holds anything but whitespace. */
function hasContent(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isTrimmedSpace(text.charCodeAt(i))) return true;
  return false;
}

/**
 * The RFC 4180 reader of `csv-parser.ts`, fed text chunk by chunk: the same rules (quoted fields with `""`,
 * delimiters and line breaks inside quotes, stray quotes kept in unquoted fields, blank lines skipped and
 * counted, errors naming the line), but a record that the text so far cuts off — inside a quoted field, before
 * its line break, or on a CR that may be half of a CRLF — is kept and read again with more text.
 * A record is scanned as character codes into a reused {@link ScannedRecord} (where its fields lie, how many,
 * whether any has content): the consumer builds strings only for the records it keeps.
 */
export class CsvChunkReader {
  private text = '';
  private index = 0;
  private line: number;
  private final = false;
  /** The delimiter's code; -1 for a delimiter of several characters, which (as in the whole-file reader) never splits. */
  private readonly delimiter: number;
  /** Text that arrived while a cut-off record waits for WAIT_FACTOR × its length (see `feed`). */
  private readonly pending: string[] = [];
  private pendingChars = 0;
  private waitFor = 0;
  /** Blank lines skipped so far. */
  blankLines = 0;
  /** The record being read; handed to the consumer, then reused. */
  private readonly record = new ScannedRecord();

  constructor(
    delimiter: string,
    private readonly fileName: string,
    firstLine: number,
  ) {
    this.delimiter = delimiter.length === 1 ? delimiter.charCodeAt(0) : -1;
    this.line = firstLine;
  }

  /**
   * Reads the records the text so far completes, handing each to `onRecord` as soon as it is read (the same
   * ScannedRecord every time, valid only during the call). `final` says the file ends with this chunk.
   * A record cut off by the end of the text is read again from its start, so a long one (a multi-line quoted
   * field) waits until the text after it has doubled: small chunks then cost linear, not quadratic, time.
   */
  feed(chunk: string, final: boolean, onRecord: (record: ScannedRecord) => void): void {
    const carried = this.text.length - this.index;
    if (carried > 0 && !final && carried + this.pendingChars + chunk.length < this.waitFor) {
      this.pending.push(chunk);
      this.pendingChars += chunk.length;
      return;
    }
    const waiting = this.pending.length === 0 ? '' : this.pending.join('');
    this.pending.length = 0;
    this.pendingChars = 0;
    this.text = carried > 0 ? this.text.slice(this.index) + waiting + chunk : waiting + chunk;
    this.index = 0;
    this.final = final;
    while (this.index < this.text.length) {
      const start = this.index;
      const startLine = this.line;
      const outcome = this.readRecord();
      if (outcome === INCOMPLETE) {
        this.index = start;
        this.line = startLine;
        this.checkLength(startLine);
        this.waitFor = Math.min(2 * (this.text.length - start), MAX_RECORD_CHARS + 1);
        break;
      }
      if (outcome === RECORD) onRecord(this.record);
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

  /** Scans the next record into `this.record`: a record, a blank line, or INCOMPLETE. */
  private readRecord(): Outcome {
    const { record, text } = this;
    record.reset(text, this.line);
    let anyQuoted = false;
    for (;;) {
      const quoted = text.charCodeAt(this.index) === QUOTE;
      if (!(quoted ? this.readQuoted() : this.readPlain())) return INCOMPLETE;
      anyQuoted ||= quoted;
      if (text.charCodeAt(this.index) !== this.delimiter) break;
      this.index++;
    }
    if (!this.skipLineBreak()) return INCOMPLETE;
    // A line with nothing on it is layout, not a record with one empty field.
    if (!anyQuoted && !record.hasContent && record.fieldCount === 1) {
      this.blankLines++;
      return BLANK;
    }
    return RECORD;
  }

  /** Scans an unquoted field up to a delimiter or line break; false when the text so far ends first. */
  private readPlain(): boolean {
    const { text, record, delimiter } = this;
    const start = this.index;
    const length = text.length;
    let content = record.hasContent;
    let end = start;
    while (end < length) {
      const code = text.charCodeAt(end);
      if (code === delimiter || code === LF || code === CR) break;
      if (!content && !isTrimmedSpace(code)) content = true;
      end++;
    }
    if (end === length && !this.final) return false;
    this.index = end;
    record.hasContent = content;
    record.push(start, end, FieldForm.Plain);
    return true;
  }

  /** Scans a quoted field; false when the text so far ends inside it (or on a quote that may be half of `""`). */
  private readQuoted(): boolean {
    const { text, record } = this;
    const startLine = this.line;
    const valueStart = this.index + 1;
    let from = valueStart;
    let form: FieldForm = FieldForm.Quoted;
    for (;;) {
      const quote = text.indexOf('"', from);
      if (quote < 0 || (quote === text.length - 1 && !this.final)) {
        // Without a closing quote yet, or with one that may be the first half of `""`: wait for more text.
        if (!this.final) return false;
        throw this.error(startLine, 'a quoted field starts here but its closing quote (") is missing', {
          line: startLine,
        });
      }
      this.line += countLineBreaks(text, from, quote);
      if (text.charCodeAt(quote + 1) === QUOTE) {
        form = FieldForm.QuotedWithEscapes;
        from = quote + 2;
        continue;
      }
      this.index = quote + 1;
      record.push(valueStart, quote, form);
      if (!record.hasContent) record.hasContent = hasContent(text, valueStart, quote);
      break;
    }
    const next = text.charCodeAt(this.index);
    if (!Number.isNaN(next) && next !== this.delimiter && next !== LF && next !== CR) {
      throw this.error(
        this.line,
        `expected a delimiter or the end of the line after a closing quote, found "${text[this.index] ?? ''}"`,
      );
    }
    return true;
  }

  /** Steps over the record's line break; false when the text so far ends before it (or on a lone CR). */
  private skipLineBreak(): boolean {
    const { text } = this;
    if (this.index >= text.length) return this.final;
    const ch = text.charCodeAt(this.index);
    if (ch === CR) {
      if (this.index + 1 >= text.length && !this.final) return false;
      this.index += text.charCodeAt(this.index + 1) === LF ? 2 : 1;
      this.line++;
    } else if (ch === LF) {
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
