/** A parser for one vector file format, fed chunk by chunk. */
export interface FormatParser {
  /** Parses the next bytes; views into `chunk` are not kept after the call. */
  push(chunk: Uint8Array): void;
  /** The input has ended: parses what is left and checks the file was complete. */
  end(): void;
  /** True once the word limit is reached, so the caller can stop reading the file. */
  readonly done: boolean;
}
