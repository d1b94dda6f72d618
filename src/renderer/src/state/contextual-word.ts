import type { MapSource } from '../../../shared/contract';

/** The "embed one word in context" option of the map settings. */
export interface ContextualWord {
  /** Whether the map embeds one word in each text instead of whole texts. */
  readonly enabled: boolean;
  /** The word, as typed. */
  readonly word: string;
}

export const INITIAL_CONTEXTUAL_WORD: ContextualWord = { enabled: false, word: '' };

/**
 * Embedder ids of installed transformer models start with `model:` (see src/node/models/model-embedders.ts):
 * they are the embedders that give a word a different vector in each context. The core refuses the others
 * by name anyway; the check here only decides whether the option is offered.
 */
const MODEL_EMBEDDER_PREFIX = 'model:';

/** Whether the embedder can embed a word in context, so the option is worth showing. */
export function embedsWordsInContext(embedderId: string): boolean {
  return embedderId.startsWith(MODEL_EMBEDDER_PREFIX);
}

/**
 * The map source the option asks for: `token` when it is on for a model, undefined (whole texts) when it is
 * off or the embedder is no model, and null when it is on but no word is typed yet (nothing to run).
 */
export function contextualSourceOf(
  contextual: ContextualWord,
  embedderId: string,
): MapSource | undefined | null {
  if (!contextual.enabled || !embedsWordsInContext(embedderId)) return undefined;
  const word = contextual.word.trim();
  return word === '' ? null : { kind: 'token', word };
}
