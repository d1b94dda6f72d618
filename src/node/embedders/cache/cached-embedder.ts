import type { EmbedContext, Embedder, PartialEmbedding } from '../../../core/embedders/embedder';
import { toEmbeddingMatrix, type EmbeddingMatrix } from '../../../core/math/matrix-types';
import type { EmbedderInfo } from '../../../shared/contract';
import type { TransformerEmbedder } from '../transformer/transformer-embedder';
import type { EmbeddingCache } from './embedding-cache';
import { modelRevision } from './model-revision';

/**
 * A transformer embedder behind the persistent cache: texts already embedded with the same model revision,
 * pooling, normalisation and prefix are read from disk; only the others reach the model (each distinct text
 * once), and their vectors are stored for next time. Mapping the same data twice embeds nothing the second time.
 */
export class CachedEmbedder implements Embedder {
  readonly info: EmbedderInfo;

  constructor(
    readonly inner: TransformerEmbedder,
    private readonly cache: EmbeddingCache,
  ) {
    this.info = inner.info;
  }

  async embed(texts: readonly string[], context: EmbedContext): Promise<EmbeddingMatrix> {
    const space = this.space();
    const width = this.info.dimension;
    const cached = await this.cache.lookup(space, texts, width);
    const missing = [...new Set(texts.filter((_, index) => cached[index] === undefined))];
    const hits = texts.length - texts.filter((_, index) => cached[index] === undefined).length;
    let computed = new Map<string, Float32Array>();
    if (missing.length > 0) {
      const scale = (fraction: number): void => {
        context.onProgress((hits + fraction * (texts.length - hits)) / texts.length);
      };
      const result = await this.inner.embed(missing, { ...context, onProgress: scale });
      await this.cache.store(space, missing, result.data, width);
      computed = new Map(
        missing.map((text, row) => [text, result.data.subarray(row * width, (row + 1) * width)]),
      );
    }
    const out = new Float32Array(texts.length * width);
    texts.forEach((text, row) => {
      const vector = cached[row] ?? computed.get(text);
      if (vector !== undefined) out.set(vector, row * width);
    });
    context.onProgress(1);
    return toEmbeddingMatrix(out, texts.length, width);
  }

  /** Contextual token vectors come straight from the model: the cache keys whole texts, not words in them. */
  embedTokens(texts: readonly string[], word: string, context: EmbedContext): Promise<PartialEmbedding> {
    return this.inner.embedTokens(texts, word, context);
  }

  /** Releases the model's ONNX session. */
  dispose(): Promise<void> {
    return this.inner.dispose();
  }

  /** The cache space: every setting that changes a vector, and the model's revision on disk. */
  private space(): string {
    const identity = this.inner.identity();
    const revision = modelRevision(this.inner.folder, identity.dtype);
    return JSON.stringify({ ...identity, revision });
  }
}
