import { StudioError } from '../../../shared/errors';
import { WordVectors } from './word-vectors';

/** How a file is read. */
export interface VectorReadOptions {
  /** Shown in every error message. */
  readonly fileName: string;
  /** Keep only the first N distinct words (files list the most frequent first); null keeps all. */
  readonly maxWords: number | null;
  /** Skip and count malformed lines instead of failing on the first one. */
  readonly lenient: boolean;
}

/** Where in the file a problem is: a text line, or the n-th entry of a binary file (which has no lines). */
export type VectorLocation = { readonly line: number } | { readonly entry: number };

/** 4096 rows to start with when the file does not say how many it holds; growth is geometric from there. */
const INITIAL_ROWS = 4096;
/** 1.5×: amortised O(1) appends while wasting at most a third of the buffer before the final trim. */
const GROWTH = 1.5;
/** 2^26 floats (256 MB): a header's count is trusted for preallocation only up to this. */
const MAX_PREALLOCATED_VALUES = 1 << 26;
/**
 * 65,536 numbers per vector: published word vectors have 25–1,024 and sentence models up to 4,096, so this
 * is a wide margin; a header claiming more is damage (or an attack), and trusting it would allocate gigabytes
 * for the first row of a file a few bytes long.
 */
export const MAX_VECTOR_DIMENSION = 1 << 16;

/**
 * Collects parsed vectors into one growing `Float32Array` (no per-word arrays), keeps the first of
 * duplicate words, applies the word limit and turns malformed entries into errors or skip counts.
 * Parsers write a row straight into {@link values} at {@link reserveRow}'s offset, then {@link commitRow}.
 */
export class VectorTableBuilder {
  private buffer = new Float32Array(0);
  private readonly words: string[] = [];
  private readonly index = new Map<string, number>();
  private dimensionValue = 0;
  skippedLines = 0;
  duplicateWords = 0;

  constructor(readonly options: VectorReadOptions) {}

  get dimension(): number {
    return this.dimensionValue;
  }

  get rows(): number {
    return this.words.length;
  }

  /** The storage rows are written into; replaced when it grows, so read it after {@link reserveRow}. */
  get values(): Float32Array {
    return this.buffer;
  }

  /** True once the word limit is reached: the parser stops and the caller stops reading. */
  get full(): boolean {
    return this.options.maxWords !== null && this.words.length >= this.options.maxWords;
  }

  /** Fixes the vector dimension, preallocating for `expectedRows` when the header says how many. */
  setDimension(dimension: number, expectedRows?: number): void {
    if (dimension > MAX_VECTOR_DIMENSION) {
      throw this.error(
        { line: 1 },
        `vectors of ${dimension} numbers are beyond any word-vector file (at most ${MAX_VECTOR_DIMENSION})`,
      );
    }
    this.dimensionValue = dimension;
    const limit = this.options.maxWords ?? Number.POSITIVE_INFINITY;
    const rows = Math.min(
      expectedRows ?? INITIAL_ROWS,
      limit,
      Math.floor(MAX_PREALLOCATED_VALUES / dimension),
    );
    this.buffer = this.allocate(Math.max(1, rows) * dimension);
  }

  /** True (and counted) when `word` was already read: the first occurrence wins, as in gensim. */
  isDuplicate(word: string): boolean {
    if (!this.index.has(word)) return false;
    this.duplicateWords++;
    return true;
  }

  /** Makes room for one more row and returns the offset in {@link values} where it goes. */
  reserveRow(): number {
    const offset = this.words.length * this.dimensionValue;
    if (offset + this.dimensionValue > this.buffer.length) {
      const grown = this.allocate(
        Math.ceil((this.buffer.length * GROWTH) / this.dimensionValue + 1) * this.dimensionValue,
      );
      grown.set(this.buffer);
      this.buffer = grown;
    }
    return offset;
  }

  /** Accepts the row written at the last {@link reserveRow} offset as `word`'s vector. */
  commitRow(word: string): void {
    this.index.set(word, this.words.length);
    this.words.push(word);
  }

  /** A malformed entry: counted in lenient mode, otherwise a `malformed-vectors` error naming the place. */
  reject(location: VectorLocation, detail: string): void {
    if (this.options.lenient) {
      this.skippedLines++;
      return;
    }
    throw this.error(location, detail);
  }

  /** A `malformed-vectors` error at `location`, for problems no lenient mode can skip. */
  error(location: VectorLocation, detail: string): StudioError {
    const file = this.options.fileName;
    const where = 'line' in location ? `line ${location.line}` : `entry ${location.entry}`;
    return new StudioError('malformed-vectors', `${file}, ${where}: ${detail}`, { file, ...location });
  }

  /** The finished vocabulary, trimmed to its size; fails when no word was read. */
  finish(): WordVectors {
    const file = this.options.fileName;
    if (this.words.length === 0) {
      const skipped = this.skippedLines > 0 ? ` (${this.skippedLines} malformed lines skipped)` : '';
      throw new StudioError('malformed-vectors', `${file} holds no word vectors${skipped}.`, { file });
    }
    const length = this.words.length * this.dimensionValue;
    const data = this.buffer.length === length ? this.buffer : this.buffer.slice(0, length);
    this.buffer = new Float32Array(0);
    return new WordVectors(this.words, data, this.dimensionValue, this.index);
  }

  private allocate(length: number): Float32Array<ArrayBuffer> {
    try {
      return new Float32Array(length);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      const file = this.options.fileName;
      throw new StudioError(
        'invalid-vectors',
        `${file} holds more vectors than fit in memory (${this.words.length} words of ${this.dimensionValue} ` +
          `numbers so far); load fewer words with a word limit.`,
        { file, words: this.words.length },
      );
    }
  }
}
