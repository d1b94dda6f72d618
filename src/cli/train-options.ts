import {
  DEFAULT_WORD_TRAINING_PARAMS,
  wordTrainingAlgorithmSchema,
  wordTrainingParamsSchema,
  type WordTrainingAlgorithm,
  type WordTrainingParams,
} from '../shared/contract';
import { integerFlag } from './integer-flag';
import { parseFlags, type FlagValues } from './parse-flags';
import { UsageError } from './usage-error';

/** What `embedding-studio train` was asked to do, after every flag was checked. */
export interface TrainOptions {
  readonly corpus: string;
  readonly algorithm: WordTrainingAlgorithm;
  readonly params: WordTrainingParams;
  readonly out: string;
}

/** The contract's bounds of one parameter, for the help text and the checks. */
function bounds(key: keyof WordTrainingParams): { min: number; max: number } {
  const field = wordTrainingParamsSchema.shape[key];
  return { min: field.minValue ?? 0, max: field.maxValue ?? Number.MAX_SAFE_INTEGER };
}

const range = (key: keyof WordTrainingParams): string => `${bounds(key).min} to ${bounds(key).max}`;
const D = DEFAULT_WORD_TRAINING_PARAMS;

export const TRAIN_HELP = `Usage: embedding-studio train --corpus FILE --algorithm A --out FILE [options]

Trains word vectors on a text file (UTF-8, UTF-16 with BOM or Windows-1251; one sentence per line) and
writes them in word2vec text format (a "count dimension" header, then "word v1 v2 …" per line), which
"embedding-studio neighbors --vectors FILE" and the app's word-vector loader read.

  --corpus FILE         the text to learn from (required)
  --algorithm A         skipgram or cbow (word2vec with negative sampling), or ppmi-svd (required)
  --out FILE            where to write the vectors (required)
  --dim N               vector length, ${range('dimension')} (default: ${D.dimension})
  --window N            context words on each side, ${range('window')} (default: ${D.window})
  --epochs N            passes over the corpus (word2vec), ${range('epochs')} (default: ${D.epochs})
  --min-count N         leave out words seen fewer times, ${range('minCount')} (default: ${D.minCount})
  --negative N          negative samples per pair (word2vec), ${range('negative')} (default: ${D.negative})
  --seed N              random seed: the same seed gives the same vectors, ${range('seed')} (default: ${D.seed})
  -h, --help            show this help
`;

function trainingIntegerFlag(flag: string, text: string | undefined, key: keyof WordTrainingParams): number {
  if (text === undefined) return D[key];
  const { min, max } = bounds(key);
  return integerFlag(flag, text, min, max);
}

function readFlags(args: readonly string[]): FlagValues<typeof FLAGS> {
  return parseFlags(args, FLAGS);
}

const FLAGS = {
  corpus: { type: 'string' },
  algorithm: { type: 'string' },
  out: { type: 'string' },
  dim: { type: 'string' },
  window: { type: 'string' },
  epochs: { type: 'string' },
  'min-count': { type: 'string' },
  negative: { type: 'string' },
  seed: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Parses and checks `train`'s flags against the contract's bounds; throws {@link UsageError} with one line. */
export function parseTrainOptions(args: readonly string[]): TrainOptions | 'help' {
  const values = readFlags(args);
  if (values.help) return 'help';
  if (values.corpus === undefined) throw new UsageError('--corpus FILE is required.');
  if (values.out === undefined) throw new UsageError('--out FILE is required.');
  const algorithm = wordTrainingAlgorithmSchema.safeParse(values.algorithm);
  if (!algorithm.success) {
    const choices = wordTrainingAlgorithmSchema.options.join(', ');
    throw new UsageError(`--algorithm must be one of: ${choices}; got "${values.algorithm ?? ''}".`);
  }
  return {
    corpus: values.corpus,
    out: values.out,
    algorithm: algorithm.data,
    params: {
      dimension: trainingIntegerFlag('--dim', values.dim, 'dimension'),
      window: trainingIntegerFlag('--window', values.window, 'window'),
      epochs: trainingIntegerFlag('--epochs', values.epochs, 'epochs'),
      minCount: trainingIntegerFlag('--min-count', values['min-count'], 'minCount'),
      negative: trainingIntegerFlag('--negative', values.negative, 'negative'),
      seed: trainingIntegerFlag('--seed', values.seed, 'seed'),
    },
  };
}
