import type { EmbedderInfo } from '../../../shared/contract';
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
      // HOOK(contextual tokens): a contextual token embedding mode for transformer models is being added.
      // When it lands, return its embedder id here when a model is installed (the map then shows one point
      // per occurrence of the word, coloured by sense). Until then the step uses sentence embeddings, and
      // the lesson text says that each point is a whole sentence containing the word.
      return sentenceEmbedder(embedders);
  }
}
