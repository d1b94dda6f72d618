import { StudioError } from '../../../shared/errors';
import type { Cooperation } from '../../jobs/cooperation';
import { BinaryVectorParser } from './binary-vector-parser';
import type { FormatParser } from './format-parser';
import { TextVectorParser } from './text-vector-parser';
import { VectorTableBuilder, type VectorReadOptions } from './vector-table-builder';
import { bomLength, sniffFormat, type VectorFormat } from './vector-format';
import type { WordVectors } from './word-vectors';

export type { VectorReadOptions } from './vector-table-builder';

/** A parsed file and what was left out of it. */
export interface ParsedWordVectors {
  readonly vectors: WordVectors;
  readonly format: VectorFormat;
  /** Malformed lines (or binary entries) skipped in lenient mode. */
  readonly skippedLines: number;
  /** Later occurrences of a word already read (the first one is kept). */
  readonly duplicateWords: number;
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const joined = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  return joined;
}

/**
 * The push side of the word-vector reader: feed a file's bytes in chunks of any size (the same file cut
 * anywhere gives the same result), then {@link finish}. It holds back only the first few bytes, until the
 * format is known, and a line cut by a chunk boundary; the text itself is never kept.
 */
export class WordVectorParser {
  private readonly builder: VectorTableBuilder;
  private parser: FormatParser | null = null;
  private format: VectorFormat = 'glove';
  private prefix: Uint8Array[] = [];
  private prefixLength = 0;

  constructor(options: VectorReadOptions) {
    this.builder = new VectorTableBuilder(options);
  }

  /** True once the word limit is reached: the rest of the file need not be read. */
  get done(): boolean {
    return this.parser?.done ?? false;
  }

  /** Words kept so far (for a streamed load's progress). */
  get words(): number {
    return this.builder.rows;
  }

  /** Parses the next chunk of the file. The chunk may be reused by the caller afterwards. */
  push(chunk: Uint8Array): void {
    if (this.parser !== null) {
      this.parser.push(chunk);
      return;
    }
    // Copied: the caller (a stream) may reuse the chunk's memory before the format is known.
    this.prefix.push(chunk.slice());
    this.prefixLength += chunk.length;
    this.start(false);
  }

  /** Ends the input and returns the vocabulary; throws `empty-file` or `malformed-vectors`. */
  finish(): ParsedWordVectors {
    const { fileName } = this.builder.options;
    if (this.parser === null) {
      if (this.prefixLength === 0)
        throw new StudioError('empty-file', `${fileName} is empty.`, { file: fileName });
      this.start(true);
    }
    this.parser?.end();
    return {
      vectors: this.builder.finish(),
      format: this.format,
      skippedLines: this.builder.skippedLines,
      duplicateWords: this.builder.duplicateWords,
    };
  }

  /** Decides the format once enough of the file has arrived, then hands the held-back bytes on. */
  private start(complete: boolean): void {
    const whole = concat(this.prefix, this.prefixLength);
    const bytes = whole.subarray(bomLength(whole));
    const format = sniffFormat(this.builder.options.fileName, bytes, complete);
    if (format === 'need-more') {
      this.prefix = [whole];
      return;
    }
    this.format = format;
    this.parser =
      format === 'bin'
        ? new BinaryVectorParser(this.builder)
        : new TextVectorParser(this.builder, format === 'vec');
    this.prefix = [];
    this.prefixLength = 0;
    this.parser.push(bytes);
  }
}

/**
 * Reads a word-vector file from a stream of chunks (a Node read stream, a web `ReadableStream`, slices of an
 * in-memory file) and stops reading once the word limit is reached. With a `cooperation`, it yields to the
 * event loop between chunks so that other calls to the same worker are answered during a long load.
 */
export async function parseWordVectors(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: VectorReadOptions,
  cooperation?: Cooperation,
): Promise<ParsedWordVectors> {
  const parser = new WordVectorParser(options);
  for await (const chunk of source) {
    parser.push(chunk);
    if (parser.done) break; // leaving the loop closes the source (e.g. the file) early
    await cooperation?.checkpoint();
  }
  return parser.finish();
}

/** 1 MiB slices: big enough that per-chunk overhead vanishes, small enough to yield often. */
const SLICE_BYTES = 1 << 20;

/** An in-memory file as a stream of views (no copies), for {@link parseWordVectors}. */
export function* sliceBytes(bytes: Uint8Array, size = SLICE_BYTES): Generator<Uint8Array> {
  for (let offset = 0; offset < bytes.length; offset += size) {
    yield bytes.subarray(offset, Math.min(bytes.length, offset + size));
  }
}
