import type { EncodingChoice, SampleSpec } from '../../../shared/contract';
import { StudioError } from '../../../shared/errors';
import { formatOf } from '../parse-table';
import { DelimitedStream } from './delimited-stream';
import { JsonLinesStream } from './json-lines-stream';
import { StreamDecoder } from './stream-decoder';
import type { StreamOptions } from './stream-options';
import { TextLinesStream } from './text-lines-stream';
import type { TableStream } from './table-stream';
import { WholeFileStream, type StreamedTable } from './whole-file-stream';

export type { StreamedTable } from './whole-file-stream';

/** How a file is streamed in. */
export interface StreamingImportOptions {
  readonly encoding?: EncodingChoice;
  readonly lenient?: boolean;
  /** Keep a seeded sample (stratified by a column) instead of every row; null keeps every row. */
  readonly sample?: SampleSpec | null;
}

/**
 * 32 KiB: the most bytes decoded into one string. The app hands over 8 MiB chunks; V8 puts any string over
 * 128 KiB straight into its large-object space, which is old generation and freed only by a full collection.
 * Decoded in 1 MiB slices, every MiB of Cyrillic text left 2-4 MB of such strings (the slice, and the slice
 * joined to the record carried over) and a 1 GiB import peaked with ~170 MB of them (measured with
 * --trace-gc). A 32 KiB slice decodes to at most 64 KiB (Windows-1251: one byte, two-byte character), so text
 * dies young in the nursery, where collecting it is nearly free.
 */
export const DECODE_SLICE_BYTES = 32 * 1024;

/** Any non-whitespace character: the same whitespace `String.prototype.trim` removes. */
const CONTENT = /\S/;

/** The streaming reader of a text format. */
function textStream(format: 'txt' | 'csv' | 'tsv' | 'jsonl', options: StreamOptions): TableStream {
  switch (format) {
    case 'txt':
      return new TextLinesStream(options);
    case 'csv':
    case 'tsv':
      return new DelimitedStream(format, options);
    case 'jsonl':
      return new JsonLinesStream(options);
  }
}

/**
 * Reads a file of any size from chunks of bytes: TXT, CSV/TSV and JSONL are decoded and parsed as they arrive
 * (the result equals `parseTable`'s for the same bytes), keeping every row or a bounded random sample; JSON
 * arrays and .npy have no streaming reader and are gathered whole (up to the whole-file limit) and parsed at
 * the end. Throws the same StudioErrors as `parseTable`, naming the file and line.
 */
export class StreamingTableBuilder {
  /** Text formats: decoded and parsed chunk by chunk. */
  private readonly text: { readonly decoder: StreamDecoder; readonly stream: TableStream } | null;
  /** JSON arrays and .npy: gathered whole. */
  private readonly whole: WholeFileStream | null;
  private sawContent = false;
  private finished = false;
  /** Bytes pushed so far. */
  bytesRead = 0;

  constructor(
    private readonly fileName: string,
    options: StreamingImportOptions = {},
  ) {
    const format = formatOf(fileName);
    const streamOptions: StreamOptions = {
      fileName,
      lenient: options.lenient ?? false,
      sample: options.sample ?? null,
    };
    const encoding = options.encoding ?? 'auto';
    if (format === 'json' || format === 'npy') {
      this.text = null;
      this.whole = new WholeFileStream(format, streamOptions, encoding);
      return;
    }
    this.whole = null;
    this.text = { decoder: new StreamDecoder(fileName, encoding), stream: textStream(format, streamOptions) };
  }

  /** Data rows read so far (before sampling; 0 for formats gathered whole). */
  get rowsRead(): number {
    return this.text?.stream.rowsRead ?? 0;
  }

  /** Reads the next chunk of the file's bytes. */
  push(bytes: Uint8Array): void {
    this.bytesRead += bytes.byteLength;
    if (this.text === null) {
      this.whole?.push(bytes);
      return;
    }
    const { stream, decoder } = this.text;
    for (let start = 0; start < bytes.byteLength; start += DECODE_SLICE_BYTES) {
      this.feed(stream, decoder.push(bytes.subarray(start, start + DECODE_SLICE_BYTES)), false);
    }
  }

  /** Ends the file and returns its table; the builder cannot be used again. */
  finish(): StreamedTable {
    if (this.finished) throw new Error('StreamingTableBuilder.finish called twice');
    this.finished = true;
    if (this.text === null) {
      if (this.whole === null) throw new Error('StreamingTableBuilder has no reader');
      return this.whole.finish();
    }
    const { decoder, stream } = this.text;
    this.feed(stream, decoder.end(), true);
    if (!this.sawContent) {
      const file = this.fileName;
      throw new StudioError('empty-file', `${file} is empty: there is nothing to map.`, { file });
    }
    const table = stream.table();
    const encoding = decoder.encoding;
    return { table: encoding === null ? table : { ...table, encoding }, rowsRead: stream.rowsRead };
  }

  private feed(stream: TableStream, text: string, final: boolean): void {
    if (!this.sawContent && CONTENT.test(text)) this.sawContent = true;
    stream.feed(text, final);
  }
}
