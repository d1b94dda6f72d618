import { LIMITS, type EmbedderInfo } from '../../../shared/contract';
import { Cooperation } from '../../jobs/cooperation';
import { toEmbeddingMatrix } from '../../math/matrix-types';
import type { EmbedContext, Embedder, PartialEmbedding } from '../embedder';
import type { WordVectors } from './word-vectors';

/** Every loaded file's embedder id starts with this, so it can never clash with a built-in embedder. */
export const WORD_VECTORS_ID_PREFIX = 'vectors:';

/** 4096 texts per slice: a lookup and a row copy each, so a slice stays far below the cooperation budget. */
const TEXTS_PER_SLICE = 4096;

/** The id of the embedder for a file: `vectors:<file name>`, the name cut to fit the contract's id length. */
export function wordVectorsEmbedderId(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  return WORD_VECTORS_ID_PREFIX + name.slice(0, LIMITS.maxIdLength - WORD_VECTORS_ID_PREFIX.length);
}

function describe(fileName: string, vectors: WordVectors): EmbedderInfo {
  const count = vectors.rows.toLocaleString('en-US');
  return {
    id: wordVectorsEmbedderId(fileName),
    name: { en: `Word vectors: ${fileName}`, ru: `Векторы слов: ${fileName}` },
    description: {
      en: `Looks each text up as a word in ${fileName} (${count} words, ${vectors.dimension}-d); texts outside the vocabulary are listed, not mapped.`,
      ru: `Ищет каждый текст как слово в ${fileName} (${count} слов, ${vectors.dimension} измерений); тексты вне словаря перечисляются, но не наносятся на карту.`,
    },
    languages: ['*'],
    dimension: vectors.dimension,
    trainsOnInput: false,
    needsDownload: false,
  };
}

/**
 * An embedder made from a loaded word-vector file: each text is one word, looked up trimmed, as written,
 * then lower-cased (see {@link WordVectors.find}). Texts outside the vocabulary get no row and are reported
 * as unembedded, so the map leaves them off and the user sees which they were.
 */
export class WordVectorsEmbedder implements Embedder {
  readonly info: EmbedderInfo;

  constructor(
    fileName: string,
    readonly vectors: WordVectors,
  ) {
    this.info = describe(fileName, vectors);
  }

  async embed(texts: readonly string[], context: EmbedContext): Promise<PartialEmbedding> {
    const cooperation = new Cooperation(context.signal);
    const rows: number[] = [];
    const unembedded: number[] = [];
    await cooperation.forEachChunk(
      texts.length,
      TEXTS_PER_SLICE,
      (start, end) => {
        for (let index = start; index < end; index++) {
          const row = this.vectors.find(texts[index] ?? '');
          if (row === undefined) unembedded.push(index);
          else rows.push(row);
        }
      },
      context.onProgress,
    );
    const dimension = this.vectors.dimension;
    const data = new Float32Array(rows.length * dimension);
    rows.forEach((row, index) => {
      data.set(this.vectors.vector(row), index * dimension);
    });
    return { vectors: toEmbeddingMatrix(data, rows.length, dimension), unembedded };
  }
}
