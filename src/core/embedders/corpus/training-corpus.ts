import { StudioError } from '../../../shared/errors';
import type { Cooperation } from '../../jobs/cooperation';
import { GrowableArray } from '../../math/growable-array';
import { tokenize } from './tokenize';
import { buildVocabulary, type Vocabulary } from './vocabulary';

/**
 * A corpus ready for training: every kept token as a vocabulary id in one `Int32Array`, split into
 * sentences (one per line or data-set row) so that context windows never reach across lines.
 */
export interface TrainingCorpus {
  readonly vocabulary: Vocabulary;
  /** Token ids of the kept words, sentence after sentence. */
  readonly tokens: Int32Array;
  /** Where each sentence starts in `tokens`, plus a final entry equal to `tokens.length`. */
  readonly sentenceStarts: Int32Array;
  /** Every word of the corpus, including those dropped by the minimum count. */
  readonly totalWords: number;
}

/** 2,000 lines between yields: tokenising a line is microseconds, so a slice stays a few milliseconds. */
const LINES_PER_CHUNK = 2000;

/** Provisional ids in the order words are first met, and their counts. */
class WordCounter {
  readonly words: string[] = [];
  readonly counts: number[] = [];
  private readonly ids = new Map<string, number>();

  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
      this.counts.push(0);
    }
    this.counts[id] = (this.counts[id] ?? 0) + 1;
    return id;
  }
}

/** Renumbers provisional ids to vocabulary ids, dropping rare words and the sentences left empty. */
function encode(
  provisional: Int32Array,
  lineEnds: Int32Array,
  counter: WordCounter,
  vocabulary: Vocabulary,
): { tokens: Int32Array; sentenceStarts: Int32Array } {
  const remap = Int32Array.from(counter.words, (word) => vocabulary.index.get(word) ?? -1);
  const tokens = new GrowableArray(Int32Array);
  const starts = new GrowableArray(Int32Array);
  let from = 0;
  for (const end of lineEnds) {
    const sentenceStart = tokens.length;
    for (let position = from; position < end; position++) {
      const id = remap[provisional[position] ?? 0] ?? -1;
      if (id >= 0) tokens.push(id);
    }
    if (tokens.length > sentenceStart) starts.push(sentenceStart);
    from = end;
  }
  starts.push(tokens.length);
  return { tokens: tokens.view().slice(), sentenceStarts: starts.view().slice() };
}

/**
 * Tokenises lines (see {@link tokenize}), counts the words, keeps those seen at least `minCount` times and
 * encodes the corpus as ids. Throws `too-few-items` when no word is frequent enough to learn from.
 */
export async function readTrainingCorpus(
  lines: readonly string[],
  minCount: number,
  cooperation: Cooperation,
  onProgress: (fraction: number) => void = () => undefined,
): Promise<TrainingCorpus> {
  const counter = new WordCounter();
  const provisional = new GrowableArray(Int32Array);
  const lineEnds = new GrowableArray(Int32Array);
  await cooperation.forEachChunk(
    lines.length,
    LINES_PER_CHUNK,
    (start, end) => {
      for (let line = start; line < end; line++) {
        for (const word of tokenize(lines[line] ?? '')) provisional.push(counter.idOf(word));
        lineEnds.push(provisional.length);
      }
    },
    onProgress,
  );
  const vocabulary = buildVocabulary(counter.words, counter.counts, minCount);
  if (vocabulary.words.length < 2) {
    throw new StudioError(
      'too-few-items',
      `The corpus has ${vocabulary.words.length} distinct words seen at least ${minCount} times; ` +
        'a word embedder needs at least 2. Use a longer text or a lower minimum count.',
      { count: vocabulary.words.length, minimum: 2 },
    );
  }
  const encoded = encode(provisional.view(), lineEnds.view(), counter, vocabulary);
  return { vocabulary, ...encoded, totalWords: provisional.length };
}
