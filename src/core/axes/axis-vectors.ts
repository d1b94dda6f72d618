import { PRECOMPUTED_COORDINATES_ID, PRECOMPUTED_VECTORS_ID, type MapResult } from '../../shared/contract';
import { toPartialEmbedding } from '../embedders/embedder';
import type { AnalysisContext } from '../analysis/analysis-context';
import type { SearchMatrix } from '../knn/nearest-rows';

/** The vector of each distinct axis word that has one (in the map's original space), and the words without. */
export interface AxisWordVectors {
  readonly vectors: ReadonlyMap<string, Float32Array>;
  readonly missing: ReadonlySet<string>;
}

/** Axis words are few (≤ 3 axes × 2 sets × 50): embedding them takes no noticeable time and needs no cancel. */
const NEVER_ABORTED = new AbortController().signal;

/**
 * Looks the axis words up in the same space as the map's items: embedded with the map's own embedder, or,
 * for maps made from precomputed vectors (no embedder to ask) and embedders without a fixed space, found
 * among the map's texts (first match, ignoring case).
 */
export async function axisWordVectors(
  context: AnalysisContext,
  result: MapResult,
  matrix: SearchMatrix,
  words: readonly string[],
): Promise<AxisWordVectors> {
  const distinct = [...new Set(words)];
  // A map from precomputed vectors has no embedder; nor has one whose embedder was removed since.
  const precomputed =
    result.embedderId === PRECOMPUTED_VECTORS_ID ||
    result.embedderId === PRECOMPUTED_COORDINATES_ID ||
    !context.embedders.list().some((info) => info.id === result.embedderId);
  const embedded = precomputed
    ? null
    : await embedWords(context, result.embedderId, distinct, matrix.dimension);
  return embedded ?? findAmongItems(result.texts, matrix, distinct);
}

function findAmongItems(
  texts: readonly string[],
  matrix: SearchMatrix,
  words: readonly string[],
): AxisWordVectors {
  const rowOf = new Map<string, number>();
  texts.forEach((text, row) => {
    const key = text.trim().toLowerCase();
    if (!rowOf.has(key)) rowOf.set(key, row);
  });
  const vectors = new Map<string, Float32Array>();
  const missing = new Set<string>();
  for (const word of words) {
    const row = rowOf.get(word.trim().toLowerCase());
    if (row === undefined) missing.add(word);
    else vectors.set(word, matrix.data.slice(row * matrix.dimension, (row + 1) * matrix.dimension));
  }
  return { vectors, missing };
}

async function embedWords(
  context: AnalysisContext,
  embedderId: string,
  words: readonly string[],
  dimension: number,
): Promise<AxisWordVectors | null> {
  const embedder = context.embedders.get(embedderId);
  // An embedder that learns from the texts it is given and keeps no word vectors (TF-IDF + SVD) has no fixed
  // space: words embedded alone would land in another one.
  if (embedder.info.trainsOnInput && !('vectors' in embedder)) return null;
  const embedded = toPartialEmbedding(
    await embedder.embed(words, { signal: NEVER_ABORTED, seed: 0, onProgress: () => undefined }),
    words.length,
    embedderId,
  );
  // A space of another width is another space: look the words up among the items instead.
  if (embedded.vectors.cols !== dimension) return null;
  const unembedded = new Set(embedded.unembedded);
  const vectors = new Map<string, Float32Array>();
  const missing = new Set<string>();
  let row = 0;
  words.forEach((word, index) => {
    if (unembedded.has(index)) {
      missing.add(word);
      return;
    }
    vectors.set(word, embedded.vectors.data.slice(row * dimension, (row + 1) * dimension));
    row++;
  });
  return { vectors, missing };
}
