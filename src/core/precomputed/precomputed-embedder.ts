import { PRECOMPUTED_VECTORS_ID, type EmbedderInfo } from '../../shared/contract';
import type { EmbedContext, Embedder } from '../embedders/embedder';
import type { EmbeddingMatrix } from '../math/matrix-types';

/**
 * Vectors the user already has (numeric columns, a .npy file) behind the embedder interface, so they go
 * through the same map pipeline (neighbours, reduction) as computed ones. It answers one call: its rows are
 * the map's rows, in order, and it checks that the texts it is given are as many.
 */
export class PrecomputedEmbedder implements Embedder {
  readonly info: EmbedderInfo;

  constructor(
    private readonly vectors: EmbeddingMatrix,
    source: string,
  ) {
    this.info = {
      id: PRECOMPUTED_VECTORS_ID,
      name: { en: `Precomputed vectors (${source})`, ru: `Готовые векторы (${source})` },
      description: { en: 'Vectors given with the data.', ru: 'Векторы, заданные вместе с данными.' },
      languages: ['*'],
      dimension: vectors.cols,
      trainsOnInput: false,
      needsDownload: false,
    };
  }

  embed(texts: readonly string[], context: EmbedContext): Promise<EmbeddingMatrix> {
    if (texts.length !== this.vectors.rows) {
      return Promise.reject(new Error(`${texts.length} texts for ${this.vectors.rows} precomputed vectors`));
    }
    context.onProgress(1);
    return Promise.resolve(this.vectors);
  }
}
