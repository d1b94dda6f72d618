import { UsageError } from './usage-error';
import { positiveIntegerFlag } from './integer-flag';

/** The flags of the commands that read a word-vector file (`neighbors`, `analogy`), as parseArgs declares them. */
export const VECTORS_FLAGS = {
  vectors: { type: 'string' },
  'max-words': { type: 'string' },
  lenient: { type: 'boolean', default: false },
} as const;

/** Which word-vector file to read, and how. */
export interface VectorsOptions {
  readonly vectors: string;
  /** Read only the first N words; null: all. */
  readonly maxWords: number | null;
  /** Skip malformed lines (counted) instead of stopping at the first. */
  readonly lenient: boolean;
}

/** The values parseArgs gives for {@link VECTORS_FLAGS}. */
export interface VectorsFlagValues {
  readonly vectors?: string | undefined;
  readonly 'max-words'?: string | undefined;
  readonly lenient: boolean;
}

/** Checks the word-vector flags: --vectors is required, --max-words a positive integer. */
export function parseVectorsFlags(values: VectorsFlagValues): VectorsOptions {
  if (values.vectors === undefined) throw new UsageError('--vectors FILE is required.');
  const maxWords = values['max-words'];
  return {
    vectors: values.vectors,
    maxWords: maxWords === undefined ? null : positiveIntegerFlag('--max-words', maxWords),
    lenient: values.lenient,
  };
}
