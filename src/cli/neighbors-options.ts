import { parseArgs } from 'node:util';
import { distanceMetricSchema, type DistanceMetric } from '../shared/contract';
import { UsageError } from './usage-error';

/** What `embedding-studio neighbors` was asked to do, after every flag was checked. */
export interface NeighborsOptions {
  readonly vectors: string;
  readonly word: string;
  readonly k: number;
  readonly metric: DistanceMetric;
  readonly maxWords: number | null;
  readonly lenient: boolean;
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

function positiveInteger(flag: string, text: string, max = Number.MAX_SAFE_INTEGER): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < 1 || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? 'a positive integer' : `an integer from 1 to ${max}`;
    throw new UsageError(`${flag} must be ${range}; got "${text}".`);
  }
  return value;
}

function isMetric(text: string): text is DistanceMetric {
  return distanceMetricSchema.safeParse(text).success;
}

/** Parses and checks `neighbors`' flags; throws {@link UsageError} with a one-line reason. */
export function parseNeighborsOptions(args: readonly string[]): NeighborsOptions | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        vectors: { type: 'string' },
        word: { type: 'string' },
        top: { type: 'string', short: 'k', default: String(DEFAULT_NEIGHBORS) },
        metric: { type: 'string', default: 'cosine' },
        'max-words': { type: 'string' },
        lenient: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return 'help';
  if (values.vectors === undefined) throw new UsageError('--vectors FILE is required.');
  if (values.word === undefined || values.word.trim() === '')
    throw new UsageError('--word WORD is required.');
  if (!isMetric(values.metric)) {
    throw new UsageError(
      `--metric must be one of: ${distanceMetricSchema.options.join(', ')}; got "${values.metric}".`,
    );
  }
  const maxWords = values['max-words'];
  return {
    vectors: values.vectors,
    word: values.word,
    k: positiveInteger('-k', values.top, MAX_NEIGHBORS),
    metric: values.metric,
    maxWords: maxWords === undefined ? null : positiveInteger('--max-words', maxWords),
    lenient: values.lenient,
  };
}
