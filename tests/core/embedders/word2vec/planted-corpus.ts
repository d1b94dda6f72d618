import { createRandom } from '../../../../src/core/math/random';
import type { WordVectors } from '../../../../src/core/embedders/word-vectors/word-vectors';

/** A generated corpus whose topic words co-occur only with their own topic, and the topics themselves. */
export interface PlantedCorpus {
  readonly lines: string[];
  /** Topic name → its words. */
  readonly topics: ReadonlyMap<string, readonly string[]>;
}

/** How big to make it. */
export interface PlantedCorpusOptions {
  readonly topics: number;
  readonly wordsPerTopic: number;
  readonly sentences: number;
  /** Shared filler words that appear in every topic (the "the"/"и" of the corpus). */
  readonly fillers: number;
  readonly seed: number;
}

/** 6 topics × 8 words, 20 fillers and 3,000 sentences: ~24,000 tokens, trains in about a second. */
export const SMALL_PLANTED: PlantedCorpusOptions = {
  topics: 6,
  wordsPerTopic: 8,
  sentences: 3000,
  fillers: 20,
  seed: 7,
};

/**
 * Sentences of 4 topic words (all of one topic) and 4 fillers, shuffled: the only signal that groups words
 * is which topic they share sentences with, so recovering the topics is the planted structure test.
 */
export function plantedCorpus(options: PlantedCorpusOptions): PlantedCorpus {
  const random = createRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random.next() * items.length)] as T;
  const topics = new Map<string, string[]>();
  for (let t = 0; t < options.topics; t++) {
    topics.set(
      `topic${t}`,
      Array.from({ length: options.wordsPerTopic }, (_, w) => `t${t}w${w}`),
    );
  }
  const fillers = Array.from({ length: options.fillers }, (_, f) => `f${f}`);
  const topicList = [...topics.values()];
  const lines: string[] = [];
  for (let s = 0; s < options.sentences; s++) {
    const topic = pick(topicList);
    const words = [
      pick(topic),
      pick(topic),
      pick(topic),
      pick(topic),
      pick(fillers),
      pick(fillers),
      pick(fillers),
      pick(fillers),
    ];
    for (let i = words.length - 1; i > 0; i--) {
      const j = Math.floor(random.next() * (i + 1));
      [words[i], words[j]] = [words[j] as string, words[i] as string];
    }
    lines.push(words.join(' '));
  }
  return { lines, topics };
}

/**
 * Mean precision@k over every topic word: the share of its k nearest words (cosine, among all words of the
 * vocabulary, fillers included) that belong to its own topic.
 */
export function topicPrecisionAtK(
  vectors: WordVectors,
  topics: ReadonlyMap<string, readonly string[]>,
  k: number,
): number {
  let hits = 0;
  let asked = 0;
  for (const words of topics.values()) {
    const own = new Set(words);
    for (const word of words) {
      const row = vectors.rowOf(word);
      if (row === undefined) continue;
      asked += k;
      for (const neighbor of vectors.nearestToWord(row, { k, metric: 'cosine' }))
        if (own.has(neighbor.word)) hits++;
    }
  }
  return asked === 0 ? 0 : hits / asked;
}

/** Precision@k of random neighbours: (topic size − 1) / (vocabulary − 1). */
export function chancePrecision(options: PlantedCorpusOptions): number {
  const vocabulary = options.topics * options.wordsPerTopic + options.fillers;
  return (options.wordsPerTopic - 1) / (vocabulary - 1);
}
