import type { DistanceMetric } from '../../../shared/contract';
import { nearestRows, type SearchMatrix } from '../../knn/nearest-rows';

/** A word near the query, with its cosine similarity or euclidean distance (see {@link DistanceMetric}). */
export interface Neighbor {
  readonly word: string;
  readonly row: number;
  readonly score: number;
}

/** What a nearest-neighbour query asks for. */
export interface NeighborOptions {
  /** How many neighbours, at most. */
  readonly k: number;
  readonly metric: DistanceMetric;
  /** Words never returned; a query by word always excludes that word itself. */
  readonly exclude?: readonly string[];
}

function rowNorms(data: Float32Array, rows: number, dimension: number): Float32Array {
  const norms = new Float32Array(rows);
  for (let row = 0; row < rows; row++) {
    let squares = 0;
    const offset = row * dimension;
    for (let i = 0; i < dimension; i++) {
      const value = data[offset + i] ?? 0;
      squares += value * value;
    }
    norms[row] = Math.sqrt(squares);
  }
  return norms;
}

/**
 * A loaded vocabulary: words in file order (most frequent first), their vectors as one row-major
 * `Float32Array` and each row's precomputed norm, with exact nearest-neighbour search.
 */
export class WordVectors implements SearchMatrix {
  readonly norms: Float32Array;

  /**
   * @param words the words, row by row
   * @param data `words.length × dimension` values, row-major
   * @param index each word's row (built while parsing, so it is not rebuilt here)
   */
  constructor(
    readonly words: readonly string[],
    readonly data: Float32Array<ArrayBuffer>,
    readonly dimension: number,
    private readonly index: ReadonlyMap<string, number>,
  ) {
    if (data.length !== words.length * dimension) {
      throw new RangeError(`${data.length} values do not hold ${words.length} vectors of ${dimension}`);
    }
    this.norms = rowNorms(data, words.length, dimension);
  }

  /** Number of words. */
  get rows(): number {
    return this.words.length;
  }

  /** The row of exactly this word, if present. */
  rowOf(word: string): number | undefined {
    return this.index.get(word);
  }

  /**
   * The row for a user's text: trimmed, then as written, then lower-cased (GloVe is lower-case, while a
   * teacher's list may say "Moscow"); undefined when the word is outside the vocabulary.
   */
  find(text: string): number | undefined {
    const word = text.trim();
    return this.index.get(word) ?? this.index.get(word.toLowerCase());
  }

  /** The vector of a row, as a view (not a copy). */
  vector(row: number): Float32Array {
    return this.data.subarray(row * this.dimension, (row + 1) * this.dimension);
  }

  /** The nearest words to a vector of this dimension. */
  nearestToVector(vector: Float32Array, options: NeighborOptions): Neighbor[] {
    if (vector.length !== this.dimension) {
      throw new RangeError(`a ${vector.length}-d query cannot be compared with ${this.dimension}-d vectors`);
    }
    return this.search(vector, options, new Set());
  }

  /** The nearest words to a word of the vocabulary (never the word itself); see {@link find} for lookup. */
  nearestToWord(row: number, options: NeighborOptions): Neighbor[] {
    return this.search(this.vector(row), options, new Set([row]));
  }

  private search(vector: Float32Array, options: NeighborOptions, excludeRows: Set<number>): Neighbor[] {
    for (const word of options.exclude ?? []) {
      const row = this.index.get(word);
      if (row !== undefined) excludeRows.add(row);
    }
    return nearestRows(this, { vector, k: options.k, metric: options.metric, excludeRows }).map(
      ({ row, score }) => ({ word: this.words[row] ?? '', row, score }),
    );
  }
}
