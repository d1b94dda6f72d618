import { tokenize } from '../embedders/tfidf-svd/text-features';
import { centralItems } from './central-items';
import { classTfIdf } from './class-tf-idf';
import type { UnitRows } from './unit-rows';

/** Keywords kept per cluster: enough to read a topic, few enough for a list row. */
export const KEYWORDS_PER_CLUSTER = 5;

/** Keywords in a name: three read as a topic ("goal · match · team") and still fit a tag on the plot. */
const KEYWORDS_IN_NAME = 3;

/**
 * A map counts as one of single words when its texts average under 1.5 words: then each cluster is named by
 * its most central items, since class-based TF-IDF on one-word documents only ranks words by their count.
 */
const WORD_MAP_MAX_MEAN_WORDS = 1.5;

/** Each cluster's keywords and the name made from them. */
export interface ClusterNaming {
  readonly keywords: readonly string[];
  readonly name: string;
}

/** True when the texts are single words (see {@link WORD_MAP_MAX_MEAN_WORDS}). */
export function isWordMap(texts: readonly string[]): boolean {
  if (texts.length === 0) return false;
  let words = 0;
  for (const text of texts) words += tokenize(text).length;
  return words / texts.length < WORD_MAP_MAX_MEAN_WORDS;
}

/**
 * Names clusters 0 … clusters − 1: class-based TF-IDF keywords of their texts, or for a map of single words
 * the most central words. The name is the first three keywords joined by " · ", or "#n" (1-based) for a
 * cluster with no usable word — never a bare number, which the colour picker would read as numeric.
 */
export function nameClusters(
  unit: UnitRows,
  texts: readonly string[],
  labels: Int32Array,
  clusters: number,
): ClusterNaming[] {
  const keywords = isWordMap(texts)
    ? centralItems(unit, texts, labels, clusters, KEYWORDS_PER_CLUSTER)
    : classTfIdf(texts, labels, clusters, KEYWORDS_PER_CLUSTER);
  return keywords.map((words, id) => ({
    keywords: words,
    name: words.length === 0 ? `#${id + 1}` : words.slice(0, KEYWORDS_IN_NAME).join(' · '),
  }));
}
