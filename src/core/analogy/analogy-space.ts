import { PRECOMPUTED_COORDINATES_ID, PRECOMPUTED_VECTORS_ID, type MapResult } from '../../shared/contract';
import { StudioError } from '../../shared/errors';
import type { AnalysisContext } from '../analysis/analysis-context';
import { toPartialEmbedding, type Embedder } from '../embedders/embedder';
import { WordVectors } from '../embedders/word-vectors/word-vectors';
import type { SearchMatrix } from '../knn/nearest-rows';
import { rowOf } from './analogy-vectors';
import type { AnalogyTerm } from './analogy-expression';
import { textIndex } from './text-index';

/**
 * Where an analogy's answers are searched (the embedder's vocabulary, or a map's items) and the vectors of
 * its terms in that same space.
 */
export interface AnalogySpace {
  readonly searchedIn: 'vocabulary' | 'map';
  readonly matrix: SearchMatrix;
  /** The text of candidate `row`. */
  textOf(row: number): string;
  /** The candidate row of a user's text (word lookup rules of the space), if it is a candidate. */
  find(text: string): number | undefined;
  /** One vector per term, in order. */
  readonly termVectors: readonly ArrayLike<number>[];
}

/** A handful of terms: embedding them is instant, so it runs outside any job and needs no cancel. */
const NEVER_ABORTED = new AbortController().signal;

/** The vocabulary of an embedder that has one (a loaded vector file or vectors trained here), else null. */
export function vocabularyOf(embedder: Embedder): WordVectors | null {
  const vectors = (embedder as Partial<{ vectors: unknown }>).vectors;
  return vectors instanceof WordVectors ? vectors : null;
}

/** A term in a vocabulary: as written, lower-cased, then with spaces as `_` (phrases in word2vec files). */
function findWord(vocabulary: WordVectors, text: string): number | undefined {
  return vocabulary.find(text) ?? vocabulary.find(text.trim().replace(/\s+/gu, '_'));
}

function outOfVocabulary(missing: readonly string[], where: string): StudioError {
  const words = missing.join(', ');
  return new StudioError('out-of-vocabulary', `These words are not in ${where}: ${words}.`, {
    words,
    count: missing.length,
  });
}

function vocabularySpace(
  vocabulary: WordVectors,
  embedderId: string,
  terms: readonly AnalogyTerm[],
): AnalogySpace {
  const rows = terms.map((term) => findWord(vocabulary, term.text));
  const missing = terms.filter((_, index) => rows[index] === undefined).map((term) => term.text);
  if (missing.length > 0) throw outOfVocabulary(missing, `the vocabulary of ${embedderId}`);
  return {
    searchedIn: 'vocabulary',
    matrix: vocabulary,
    textOf: (row) => vocabulary.words[row] ?? '',
    find: (text) => findWord(vocabulary, text),
    termVectors: rows.map((row) => vocabulary.vector(row ?? 0)),
  };
}

/**
 * Terms among a map's items: found by text first (the item's own vector), then, when the embedder can embed a
 * new text in the same space (a sentence model, not one fitted to the map's texts), embedded.
 */
async function mapSpace(
  context: AnalysisContext,
  embedder: Embedder | null,
  result: MapResult,
  terms: readonly AnalogyTerm[],
): Promise<AnalogySpace> {
  const matrix = context.maps.vectors(result.mapId);
  const index = textIndex(result.texts);
  const vectors: (ArrayLike<number> | undefined)[] = terms.map((term) => {
    const row = index.find(term.text);
    return row === undefined ? undefined : rowOf(matrix, row);
  });
  // An embedder fitted to the map's own texts (TF-IDF) would put a new text in another space.
  const canEmbed = embedder !== null && !embedder.info.trainsOnInput;
  const absent = terms
    .map((term, at) => ({ text: term.text, at }))
    .filter(({ at }) => vectors[at] === undefined);
  if (absent.length > 0 && canEmbed) {
    const texts = absent.map(({ text }) => text);
    const embedded = toPartialEmbedding(
      await embedder.embed(texts, { signal: NEVER_ABORTED, seed: result.seed, onProgress: () => undefined }),
      texts.length,
      embedder.info.id,
    );
    const unembedded = new Set(embedded.unembedded);
    let next = 0;
    absent.forEach(({ at }, position) => {
      if (unembedded.has(position)) return;
      vectors[at] = embedded.vectors.data.subarray(next * matrix.dimension, (next + 1) * matrix.dimension);
      next++;
    });
  }
  const missing = terms.filter((_, at) => vectors[at] === undefined).map((term) => term.text);
  if (missing.length > 0) {
    throw outOfVocabulary(missing, canEmbed ? `what ${result.embedderId} can embed` : `the map's items`);
  }
  return {
    searchedIn: 'map',
    matrix,
    textOf: (row) => result.texts[row] ?? '',
    find: (text) => index.find(text),
    termVectors: vectors.map((vector) => vector ?? new Float32Array(matrix.dimension)),
  };
}

/**
 * The space for an analogy with `embedderId`: its vocabulary when it has one; otherwise the items of the map
 * `mapId` (required: `no-vocabulary` without it), which must have been made with the same embedder.
 */
export async function resolveAnalogySpace(
  context: AnalysisContext,
  embedderId: string,
  mapId: string | null,
  terms: readonly AnalogyTerm[],
): Promise<AnalogySpace> {
  // Precomputed vectors have no embedder to ask: their terms can only be found among the map's items.
  const precomputed = embedderId === PRECOMPUTED_VECTORS_ID || embedderId === PRECOMPUTED_COORDINATES_ID;
  const embedder = precomputed ? null : context.embedders.get(embedderId);
  const vocabulary = embedder === null ? null : vocabularyOf(embedder);
  if (vocabulary !== null) return vocabularySpace(vocabulary, embedderId, terms);
  if (mapId === null) {
    throw new StudioError(
      'no-vocabulary',
      `The embedder ${embedderId} has no vocabulary of words to search; make a map with it, and the answers are searched among its items.`,
      { embedderId },
    );
  }
  const result = context.maps.result(mapId);
  if (result.embedderId !== embedderId) {
    throw new StudioError(
      'invalid-arguments',
      `The map ${mapId} was made with ${result.embedderId}, not ${embedderId}; an analogy needs one space.`,
      { mapId, embedderId, mapEmbedderId: result.embedderId },
    );
  }
  return mapSpace(context, embedder, result, terms);
}
