import type { EmbedderInfo } from '../../shared/contract';
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
 * Turns texts into vectors. Implementations must yield to the event loop regularly (see `Cooperation`) so
 * that a cancel request arriving at the same worker is handled while they run.
 */
export interface Embedder {
  readonly info: EmbedderInfo;
  /** One row per text, in order. */
  embed(texts: readonly string[], context: EmbedContext): Promise<EmbeddingMatrix>;
}
