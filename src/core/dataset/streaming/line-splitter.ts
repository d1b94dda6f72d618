import { StudioError } from '../../../shared/errors';

/** 16 Mi characters: the longest line kept waiting for its end (see MAX_RECORD_CHARS for why a limit). */
export const MAX_LINE_CHARS = 16 * 1024 * 1024;

/** One line of text (without its break) and its 1-based number. */
export interface NumberedLine {
  readonly text: string;
  readonly line: number;
}

/**
 * Splits text fed chunk by chunk into lines exactly as `text.split(/\r\n|\n|\r/)` splits the whole text:
 * CRLF, LF and a lone CR each end a line, and a CR at the end of a chunk waits for the next one in case it is
 * half of a CRLF. The last piece (possibly empty) comes out when the text ends.
 */
export class LineSplitter {
  private rest = '';
  private line = 1;
  /** Text that arrived while an unfinished line waits for the text after it to double (see `feed`). */
  private readonly pending: string[] = [];
  private pendingChars = 0;
  private waitFor = 0;

  constructor(private readonly fileName: string) {}

  /**
   * The lines `chunk` completes; with `final`, also the last piece after the last break. An unfinished line is
   * searched again from its start, so a long one (a JSONL record with a big array) waits until the text after
   * it has doubled: small chunks then cost linear, not quadratic, time.
   */
  feed(chunk: string, final: boolean): NumberedLine[] {
    if (
      !final &&
      this.rest.length > 0 &&
      this.rest.length + this.pendingChars + chunk.length < this.waitFor
    ) {
      this.pending.push(chunk);
      this.pendingChars += chunk.length;
      return [];
    }
    const waiting = this.pending.length === 0 ? '' : this.pending.join('');
    this.pending.length = 0;
    this.pendingChars = 0;
    const text = this.rest + waiting + chunk;
    const lines: NumberedLine[] = [];
    let start = 0;
    const breaks = new BreakFinder(text);
    for (;;) {
      const next = breaks.next(start);
      if (next < 0) break;
      const isCr = text.charCodeAt(next) === 13;
      if (isCr && next === text.length - 1 && !final) break;
      lines.push({ text: text.slice(start, next), line: this.line++ });
      start = next + (isCr && text.charCodeAt(next + 1) === 10 ? 2 : 1);
    }
    this.rest = text.slice(start);
    this.waitFor = Math.min(2 * this.rest.length, MAX_LINE_CHARS + 1);
    if (final) {
      lines.push({ text: this.rest, line: this.line });
      this.rest = '';
    } else if (this.rest.length > MAX_LINE_CHARS) {
      const file = this.fileName;
      throw new StudioError(
        'malformed-table',
        `${file}, line ${this.line}: a line runs on for more than ${MAX_LINE_CHARS} characters.`,
        { file, line: this.line },
      );
    }
    return lines;
  }
}

/**
 * Finds the next CR or LF. The next position of each is remembered until passed, so a text without any CR
 * is searched for one once, not once per line (which would make a chunk quadratic).
 */
class BreakFinder {
  private lf = -2;
  private cr = -2;

  constructor(private readonly text: string) {}

  /** The index of the next CR or LF at or after `from`, or -1. */
  next(from: number): number {
    if (this.lf !== -1 && this.lf < from) this.lf = this.text.indexOf('\n', from);
    if (this.cr !== -1 && this.cr < from) this.cr = this.text.indexOf('\r', from);
    if (this.cr < 0) return this.lf;
    if (this.lf < 0) return this.cr;
    return Math.min(this.lf, this.cr);
  }
}
