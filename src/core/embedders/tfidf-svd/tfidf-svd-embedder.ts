import type { EmbedderInfo } from '../../../shared/contract';
import { StudioError } from '../../../shared/errors';
import { Cooperation } from '../../jobs/cooperation';
import { toEmbeddingMatrix, type EmbeddingMatrix } from '../../math/matrix-types';
import type { EmbedContext, Embedder } from '../embedder';
import { randomizedSvd } from './randomized-svd';
import { buildTfidfMatrix } from './tfidf-matrix';

/**
 * 64 dimensions: LSA keeps its topical structure in the first few dozen singular directions, and a small
 * dimension keeps the later PCA cheap. Fewer when the corpus has fewer texts (rows − 1) or features.
 */
export const TFIDF_SVD_MAX_DIMENSION = 64;

/** Counting features is roughly this share of the run; the SVD is the rest. */
const FEATURE_SHARE = 0.3;

const INFO: EmbedderInfo = {
  id: 'tfidf-svd',
  name: { en: 'TF-IDF + SVD (built in)', ru: 'TF-IDF + SVD (встроенный)' },
  description: {
    en: 'Learns from your own texts: word and character n-gram statistics reduced by SVD (latent semantic analysis). Needs no download; works for any language.',
    ru: 'Учится на ваших текстах: статистика слов и буквенных n-грамм, сжатая SVD (латентно-семантический анализ). Ничего не скачивает; подходит для любого языка.',
  },
  languages: ['*'],
  dimension: TFIDF_SVD_MAX_DIMENSION,
  trainsOnInput: true,
  needsDownload: false,
};

/** Scales each row to unit length so that dot products are cosine similarities; zero rows stay zero. */
function normalizeRows(data: Float32Array, rows: number, cols: number): void {
  for (let row = 0; row < rows; row++) {
    let squares = 0;
    for (let c = 0; c < cols; c++) squares += (data[row * cols + c] ?? 0) ** 2;
    if (squares === 0) continue;
    const scale = 1 / Math.sqrt(squares);
    for (let c = 0; c < cols; c++) data[row * cols + c] = (data[row * cols + c] ?? 0) * scale;
  }
}

/**
 * The built-in embedder: TF-IDF over words and character 3–5-grams, reduced by a seeded randomised SVD
 * to at most 64 dimensions, rows L2-normalised (LSA). Trains on the texts it is given, downloads nothing,
 * and gives the same vectors for the same texts and seed.
 */
export class TfidfSvdEmbedder implements Embedder {
  readonly info: EmbedderInfo = INFO;

  async embed(texts: readonly string[], context: EmbedContext): Promise<EmbeddingMatrix> {
    const cooperation = new Cooperation(context.signal);
    const matrix = await buildTfidfMatrix(texts, cooperation, (fraction) => {
      context.onProgress(FEATURE_SHARE * fraction);
    });
    if (matrix.cols === 0) {
      throw new StudioError(
        'too-few-items',
        'None of the texts contains a letter or a digit, so there is nothing to compare.',
      );
    }
    const rank = Math.min(TFIDF_SVD_MAX_DIMENSION, texts.length - 1, matrix.cols);
    if (rank < 1) {
      throw new StudioError(
        'too-few-items',
        `At least 2 texts are needed to learn an embedding; got ${texts.length}.`,
        {
          count: texts.length,
        },
      );
    }
    const data = await randomizedSvd(matrix, {
      rank,
      seed: context.seed,
      cooperation,
      onProgress: (fraction) => {
        context.onProgress(FEATURE_SHARE + (1 - FEATURE_SHARE) * fraction);
      },
    });
    normalizeRows(data, texts.length, rank);
    return toEmbeddingMatrix(data, texts.length, rank);
  }
}
