import { LIMITS, type EmbedderInfo, type WordTrainingAlgorithm } from '../../../shared/contract';
import type { EmbeddingMatrix } from '../../math/matrix-types';
import type { EmbedContext, Embedder, PartialEmbedding } from '../embedder';
import { WordVectors } from '../word-vectors/word-vectors';
import { WordVectorsEmbedder } from '../word-vectors/word-vectors-embedder';

/** Every trained embedder's id starts with this, so it never clashes with a built-in or a loaded file. */
export const TRAINED_ID_PREFIX = 'trained:';

/** 80 characters of slug: the contract's name limit, well inside the id limit. */
const MAX_SLUG_LENGTH = 80;

/** `trained:<slug>`: the name lower-cased, runs of anything but letters and digits turned into one `-`. */
export function trainedEmbedderId(name: string): string {
  const slug = name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH);
  return (TRAINED_ID_PREFIX + (slug === '' ? 'corpus' : slug)).slice(0, LIMITS.maxIdLength);
}

const ALGORITHM_NAMES: Readonly<Record<WordTrainingAlgorithm, { en: string; ru: string }>> = {
  skipgram: { en: 'word2vec skip-gram', ru: 'word2vec skip-gram' },
  cbow: { en: 'word2vec CBOW', ru: 'word2vec CBOW' },
  'ppmi-svd': { en: 'PPMI + SVD', ru: 'PPMI + SVD' },
};

/** What the embedder was trained as, for its description. */
export interface TrainedEmbedderOrigin {
  /** The user's name for it (the id is derived from it). */
  readonly name: string;
  readonly algorithm: WordTrainingAlgorithm;
  /** The corpus as the user knows it: a file name, or "data set › column". */
  readonly corpus: string;
}

function describe(origin: TrainedEmbedderOrigin, vectors: WordVectors): EmbedderInfo {
  const algorithm = ALGORITHM_NAMES[origin.algorithm];
  const words = vectors.rows.toLocaleString('en-US');
  return {
    id: trainedEmbedderId(origin.name),
    name: { en: `${origin.name} (${algorithm.en})`, ru: `${origin.name} (${algorithm.ru})` },
    description: {
      en: `${algorithm.en} trained here on ${origin.corpus} (${words} words, ${vectors.dimension}-d); each text is looked up as one word, and texts outside the vocabulary are listed, not mapped.`,
      ru: `${algorithm.ru}, обучено здесь на корпусе ${origin.corpus} (${words} слов, ${vectors.dimension} измерений); каждый текст ищется как одно слово, тексты вне словаря перечисляются, но не наносятся на карту.`,
    },
    languages: ['*'],
    dimension: vectors.dimension,
    trainsOnInput: true,
    needsDownload: false,
  };
}

/**
 * A word-lookup embedder over vectors trained on the user's corpus. Lookup and the report of words outside
 * the vocabulary are the word-vector file embedder's, so both behave the same on a teacher's word list.
 */
export class TrainedWordEmbedder implements Embedder {
  readonly info: EmbedderInfo;
  private readonly lookup: WordVectorsEmbedder;

  constructor(
    origin: TrainedEmbedderOrigin,
    readonly vectors: WordVectors,
  ) {
    this.info = describe(origin, vectors);
    this.lookup = new WordVectorsEmbedder(origin.corpus, vectors);
  }

  embed(texts: readonly string[], context: EmbedContext): Promise<EmbeddingMatrix | PartialEmbedding> {
    return this.lookup.embed(texts, context);
  }
}

/** Wraps trained rows (vocabulary order) as searchable {@link WordVectors}. */
export function toWordVectors(
  words: readonly string[],
  data: Float32Array<ArrayBuffer>,
  dimension: number,
  index: ReadonlyMap<string, number>,
): WordVectors {
  return new WordVectors(words, data, dimension, index);
}
