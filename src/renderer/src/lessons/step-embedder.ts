import type { EmbedderInfo } from '../../../shared/contract';
import { embedsWordsInContext } from '../state/contextual-word';
import type { LessonEmbedderKind } from './lesson-schema';

/**
 * The name lessons give the word vectors they train on the bundled teaching corpus. Its id follows the
 * core's rule for trained embedders (`trained:` + the name lower-cased, non-letters turned into `-`).
 */
export const LESSON_VECTORS_NAME = 'Lesson vectors (teaching corpus)';
export const LESSON_VECTORS_ID = 'trained:lesson-vectors-teaching-corpus';

/** The built-in embedder that learns from the texts themselves: always there, always offline. */
const BUILT_IN_SENTENCE_EMBEDDER = 'tfidf-svd';

/** Installed transformer models (sentence embeddings), in the core's list order. */
function installedModels(embedders: readonly EmbedderInfo[]): EmbedderInfo[] {
  return embedders.filter((embedder) => embedder.id.startsWith('model:') && !embedder.needsDownload);
}

function sentenceEmbedder(embedders: readonly EmbedderInfo[]): string | null {
  const model = installedModels(embedders)[0];
  if (model !== undefined) return model.id;
  return embedders.some((embedder) => embedder.id === BUILT_IN_SENTENCE_EMBEDDER)
    ? BUILT_IN_SENTENCE_EMBEDDER
    : null;
}

/**
 * The embedder a step of `kind` uses among those installed, or null when there is none yet: for
 * `word-vectors` that means "train the lesson vectors first"; for the others, nothing can embed the texts.
 *
 * Word steps use only the lesson's own vectors, never another trained or loaded set: the lesson texts
 * describe what these vectors, trained on this corpus, show (which words are in the vocabulary, which
 * analogies come out right).
 */
export function embedderForStep(kind: LessonEmbedderKind, embedders: readonly EmbedderInfo[]): string | null {
  switch (kind) {
    case 'word-vectors':
      return embedders.some((embedder) => embedder.id === LESSON_VECTORS_ID) ? LESSON_VECTORS_ID : null;
    case 'sentences':
      return sentenceEmbedder(embedders);
    case 'contextual':
      // Without a model, whole sentences stand in; with one, stepEmbedding adds the word (a token map).
      return sentenceEmbedder(embedders);
  }
}

/** How a step embeds its texts: the embedder, and the word whose in-context vectors it maps (or null). */
export interface StepEmbedding {
  readonly embedderId: string;
  /** Set when the step maps one word in context (a `token` source): a `contextual` step with a model. */
  readonly word: string | null;
}

/**
 * The embedding of `step` among the installed embedders, or null when nothing can embed it (see
 * {@link embedderForStep}). A `contextual` step with a word-in-context variant maps that word's vector in
 * each sentence when a transformer model is installed, one point per occurrence coloured by sense; without
 * one it maps whole sentences, and the card shows the step's sentence-level text, which says so.
 */
export function stepEmbedding(
  step: { readonly embedder: LessonEmbedderKind; readonly token?: { readonly word: string } },
  embedders: readonly EmbedderInfo[],
): StepEmbedding | null {
  const embedderId = embedderForStep(step.embedder, embedders);
  if (embedderId === null) return null;
  const token = step.embedder === 'contextual' ? step.token : undefined;
  const inContext = token !== undefined && embedsWordsInContext(embedderId);
  return { embedderId, word: inContext ? token.word : null };
}
