import { StudioError } from '../../shared/errors';

/** One record of a delimited file and the 1-based line it starts on (quoted fields may span lines). */
export interface CsvRecord {
  readonly fields: string[];
  readonly line: number;
}

/** How to read a delimited file. */
export interface CsvOptions {
  /** A single character: `,`, `;` or a tab in practice. */
  readonly delimiter: string;
  /** Used in error messages only. */
  readonly fileName: string;
  /** Stop after this many records (delimiter sniffing reads only the head of the file). */
  readonly maxRecords?: number;
  /** The file line `text` starts on (1 unless a leading line such as Excel's `sep=;` was cut off). */
  readonly firstLine?: number;
}

/** The records of a delimited file and how many blank lines were skipped between them. */
export interface CsvReadResult {
  readonly records: CsvRecord[];
  readonly blankLines: number;
}

const QUOTE = '"';

/** Line breaks in `text[from, to)`: CRLF, LF and a lone CR each count once. */
function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) count++;
  }
  return count;
}

/**
 * A streaming-style RFC 4180 reader over a string. Fields may be quoted; inside quotes `""` is a literal quote
 * and delimiters and line breaks (LF, CRLF, CR) are data. Unquoted fields are taken literally up to the next
 * delimiter or line break (a stray quote in the middle of one is kept, as spreadsheets do). Blank lines are
 * skipped. Errors name the file and the line, for people rather than programs.
 */
class CsvReader {
  private index = 0;
  private line: number;
  readonly records: CsvRecord[] = [];
  blankLines = 0;

  constructor(
    private readonly text: string,
    private readonly options: CsvOptions,
  ) {
    this.line = options.firstLine ?? 1;
  }

  read(): CsvRecord[] {
    const limit = this.options.maxRecords ?? Number.POSITIVE_INFINITY;
    while (this.index < this.text.length && this.records.length < limit) this.readRecord();
    return this.records;
  }

  private readRecord(): void {
    const startLine = this.line;
    const fields: string[] = [];
    let onlyBlank = true;
    for (;;) {
      const quoted = this.text[this.index] === QUOTE;
      const value = quoted ? this.readQuoted() : this.readPlain();
      if (quoted || value.trim() !== '') onlyBlank = false;
      fields.push(value);
      if (this.text[this.index] !== this.options.delimiter) break;
      this.index++;
    }
    this.skipLineBreak();
    // A line with nothing on it is layout, not a record with one empty field.
    if (!(onlyBlank && fields.length === 1)) this.records.push({ fields, line: startLine });
    else this.blankLines++;
  }

  private readPlain(): string {
    const { text } = this;
    const start = this.index;
    let end = start;
    while (end < text.length) {
      const ch = text[end];
      if (ch === this.options.delimiter || ch === '\n' || ch === '\r') break;
      end++;
    }
    this.index = end;
    return text.slice(start, end);
  }

  private readQuoted(): string {
    const { text } = this;
    const startLine = this.line;
    let chunkStart = this.index + 1;
    let value = '';
    for (;;) {
      const quote = text.indexOf(QUOTE, chunkStart);
      if (quote < 0) {
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
    const next = this.text[this.index];
    if (next !== undefined && next !== this.options.delimiter && next !== '\n' && next !== '\r') {
      throw this.error(
        this.line,
        `expected a delimiter or the end of the line after a closing quote, found "${next}"`,
      );
    }
    return value;
  }

  private skipLineBreak(): void {
    const ch = this.text[this.index];
    if (ch === '\r') {
      this.index += this.text[this.index + 1] === '\n' ? 2 : 1;
      this.line++;
    } else if (ch === '\n') {
      this.index++;
      this.line++;
    }
  }

  private error(line: number, what: string, extra: Record<string, number> = {}): StudioError {
    const file = this.options.fileName;
    return new StudioError('malformed-table', `${file}, line ${line}: ${what}.`, { file, line, ...extra });
  }
}

/** Parses delimited text into records (see {@link CsvReader} for the exact rules). */
export function parseCsv(text: string, options: CsvOptions): CsvRecord[] {
  return new CsvReader(text, options).read();
}

/** Parses delimited text like {@link parseCsv}, also counting the blank lines it skipped. */
export function readCsv(text: string, options: CsvOptions): CsvReadResult {
  const reader = new CsvReader(text, options);
  return { records: reader.read(), blankLines: reader.blankLines };
}
