import { StudioError } from '../../../shared/errors';

const NEWLINE = 0x0a;
/** 16 MiB: far beyond any real line (a 1000-d vector is ~12 KB), yet it stops a binary file read as text. */
const MAX_LINE_BYTES = 16 << 20;

/** Receives one line without its `\n`: `bytes[start, end)`; the view is only valid during the call. */
export type LineHandler = (bytes: Uint8Array, start: number, end: number) => void;

/**
 * Cuts a stream of chunks into lines without decoding or concatenating the chunks: whole lines are handed
 * on as views of the chunk, and only a line cut by a chunk boundary is copied (into a reused buffer).
 */
export class LineSplitter {
  private carry = new Uint8Array(1024);
  private carryLength = 0;
  private lines = 0;

  constructor(
    private readonly fileName: string,
    private readonly onLine: LineHandler,
    private readonly stopped: () => boolean,
  ) {}

  /** Feeds the next chunk; returns early once `stopped()` says so. */
  push(chunk: Uint8Array): void {
    let position = 0;
    if (this.carryLength > 0) {
      const newline = chunk.indexOf(NEWLINE);
      this.append(chunk, 0, newline < 0 ? chunk.length : newline);
      if (newline < 0) return;
      this.emit(this.carry, 0, this.carryLength);
      this.carryLength = 0;
      position = newline + 1;
    }
    while (!this.stopped()) {
      const newline = chunk.indexOf(NEWLINE, position);
      if (newline < 0) {
        this.append(chunk, position, chunk.length);
        return;
      }
      this.emit(chunk, position, newline);
      position = newline + 1;
    }
  }

  /** Hands on the last line when the file does not end with a newline. */
  end(): void {
    if (this.carryLength > 0 && !this.stopped()) this.emit(this.carry, 0, this.carryLength);
    this.carryLength = 0;
  }

  private emit(bytes: Uint8Array, start: number, end: number): void {
    this.lines++;
    this.onLine(bytes, start, end);
  }

  private append(chunk: Uint8Array, start: number, end: number): void {
    const needed = this.carryLength + end - start;
    if (needed > MAX_LINE_BYTES) {
      throw new StudioError(
        'malformed-vectors',
        `${this.fileName}, line ${this.lines + 1}: the line is longer than ${MAX_LINE_BYTES >> 20} MiB; ` +
          `this does not look like a word-vector text file.`,
        { file: this.fileName, line: this.lines + 1 },
      );
    }
    if (needed > this.carry.length) {
      const grown = new Uint8Array(Math.max(needed, this.carry.length * 2));
      grown.set(this.carry.subarray(0, this.carryLength));
      this.carry = grown;
    }
    this.carry.set(chunk.subarray(start, end), this.carryLength);
    this.carryLength = needed;
  }
}
