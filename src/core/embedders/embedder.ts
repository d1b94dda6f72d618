import type { EmbedderInfo } from '../../shared/contract';
import { StudioError } from '../../shared/errors';
import type { EmbeddingMatrix } from '../math/matrix-types';

/** What an embedder gets besides the texts. */
export interface EmbedContext {
  /** Aborted when the job is cancelled; an embedder stops promptly and rejects with `cancelled`. */
  readonly signal: AbortSignal;
  /** Seeds every random choice, so the same texts and seed give the same vectors. */
  readonly seed: number;
  /** Share of the embedding finished, in [0, 1], non-decreasing. */
  readonly onProgress: (fraction: number) => void;
}

/**
 * The vectors of the texts an embedder could embed, and which it could not (e.g. words outside a
 * vocabulary): those are listed to the user, never silently dropped.
 */
export interface PartialEmbedding {
  /** One row per embedded text, in the order of the texts. */
  readonly vectors: EmbeddingMatrix;
  /** Indexes into the texts of those without a vector, ascending. */
  readonly unembedded: readonly number[];
}

/**
 * Turns texts into vectors. Implementations must yield to the event loop regularly (see `Cooperation`) so
 * that a cancel request arriving at the same worker is handled while they run.
 */
export interface Embedder {
  readonly info: EmbedderInfo;
  /**
   * One row per text, in order; or, for an embedder that cannot embed every text, a {@link PartialEmbedding}.
   * (A plain matrix stays the common answer, so embedders that embed everything need not change.)
   */
  embed(texts: readonly string[], context: EmbedContext): Promise<EmbeddingMatrix | PartialEmbedding>;
  /**
   * Contextual token embeddings, for embedders whose vectors depend on the surrounding words (transformer
   * models): for each text, the vector of `word` at its first occurrence (case-insensitive, whole word) as
   * the model sees it in that text. Texts without the word are listed as `unembedded`. Absent on embedders
   * that give a word the same vector wherever it stands.
   */
  embedTokens?(texts: readonly string[], word: string, context: EmbedContext): Promise<PartialEmbedding>;
}

/**
 * The embedder a `token` map source runs: `embedder`'s {@link Embedder.embedTokens} for `word`, behind the
 * plain `embed` that the map pipeline calls. Embedders without contextual vectors are refused by name, so the
 * user learns to pick a model instead of seeing one vector per word type.
 */
export function contextualTokenEmbedder(embedder: Embedder, word: string): Embedder {
  const embedTokens = embedder.embedTokens?.bind(embedder);
  if (embedTokens === undefined) {
    throw new StudioError(
      'invalid-arguments',
      `${embedder.info.id} cannot embed a word in context (only transformer models can); ` +
        'choose a model, or embed the whole texts.',
      { call: 'startMap', field: 'source', embedderId: embedder.info.id },
    );
  }
  return { info: embedder.info, embed: (texts, context) => embedTokens(texts, word, context) };
}

/**
 * Either answer of {@link Embedder.embed} as a {@link PartialEmbedding}, checked against the number of texts:
 * a mismatch is an embedder's bug, not a user error, so it is thrown as a plain (`internal`) error.
 */
export function toPartialEmbedding(
  result: EmbeddingMatrix | PartialEmbedding,
  textCount: number,
  embedderId: string,
): PartialEmbedding {
  const partial = 'vectors' in result ? result : { vectors: result, unembedded: [] };
  if (partial.vectors.rows + partial.unembedded.length !== textCount) {
    throw new Error(
      `${embedderId} returned ${partial.vectors.rows} vectors and ${partial.unembedded.length} unembedded ` +
        `texts for ${textCount} texts`,
    );
  }
  return partial;
}
