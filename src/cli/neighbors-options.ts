import { distanceMetricSchema, type DistanceMetric } from '../shared/contract';
import { positiveIntegerFlag } from './integer-flag';
import { parseFlags } from './parse-flags';
import { UsageError } from './usage-error';
import { parseVectorsFlags, VECTORS_FLAGS, type VectorsOptions } from './vectors-options';

/** What `embedding-studio neighbors` was asked to do, after every flag was checked. */
export interface NeighborsOptions extends VectorsOptions {
  readonly word: string;
  readonly k: number;
  readonly metric: DistanceMetric;
}

export const DEFAULT_NEIGHBORS = 10;
/** 1000 neighbours: more is a dump of the vocabulary, not a list anyone reads. */
const MAX_NEIGHBORS = 1000;

export const NEIGHBORS_HELP = `Usage: embedding-studio neighbors --vectors FILE --word WORD [options]

Prints the words nearest to WORD in a word-vector file, one per line: word<TAB>score.

  --vectors FILE        GloVe text (no header), word2vec/fastText .vec text (with a "count dimension"
                        header) or word2vec binary .bin; the format is detected (required)
  --word WORD           the word to look up: as written, then lower-cased (required)
  -k, --top N           how many neighbours to print, 1 to ${MAX_NEIGHBORS} (default: ${DEFAULT_NEIGHBORS})
  --metric M            cosine (score = cosine similarity, higher is nearer) or euclidean
                        (score = distance, lower is nearer) (default: cosine)
  --max-words N         read only the first N words (files list the most frequent first)
  --lenient             skip malformed lines (and say how many) instead of stopping at the first
  -h, --help            show this help
`;

function isMetric(text: string): text is DistanceMetric {
  return distanceMetricSchema.safeParse(text).success;
}

/** Parses and checks `neighbors`' flags; throws {@link UsageError} with a one-line reason. */
export function parseNeighborsOptions(args: readonly string[]): NeighborsOptions | 'help' {
  const values = parseFlags(args, {
    ...VECTORS_FLAGS,
    word: { type: 'string' },
    top: { type: 'string', short: 'k', default: String(DEFAULT_NEIGHBORS) },
    metric: { type: 'string', default: 'cosine' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) return 'help';
  const vectors = parseVectorsFlags(values);
  if (values.word === undefined || values.word.trim() === '')
    throw new UsageError('--word WORD is required.');
  if (!isMetric(values.metric)) {
    throw new UsageError(
      `--metric must be one of: ${distanceMetricSchema.options.join(', ')}; got "${values.metric}".`,
    );
  }
  return {
    ...vectors,
    word: values.word,
    k: positiveIntegerFlag('-k', values.top, MAX_NEIGHBORS),
    metric: values.metric,
  };
}
