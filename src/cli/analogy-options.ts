import { MAX_NEIGHBORS } from '../shared/contract';
import { positiveIntegerFlag } from './integer-flag';
import { parseFlags } from './parse-flags';
import { UsageError } from './usage-error';
import { parseVectorsFlags, VECTORS_FLAGS, type VectorsOptions } from './vectors-options';

/** What `embedding-studio analogy` was asked to do, after every flag was checked. */
export type AnalogyOptions = VectorsOptions & {
  readonly json: boolean;
} & (
    | { readonly task: 'evaluate'; readonly questions: string }
    | {
        readonly task: 'solve';
        readonly expression: string;
        readonly k: number;
        readonly keepInputs: boolean;
      }
  );

export const DEFAULT_ANALOGY_ANSWERS = 10;

export const ANALOGY_HELP = `Usage: embedding-studio analogy --vectors FILE (--questions FILE | --solve "a - b + c") [options]

Evaluates word vectors on an analogy question file, or solves one analogy.

  --vectors FILE        GloVe text, word2vec/fastText .vec text or word2vec .bin (required)
  --questions FILE      a file in the word2vec questions-words.txt format (": section" headers, then
                        "a b c d" lines meaning a : b :: c : d); prints the covered count, the correct
                        count and the accuracy, overall and per section
  --solve EXPR          an analogy such as "king - man + woman" (or with − / –); prints the answers as
                        word<TAB>cosine, best first
  -k, --top N           how many answers --solve prints, 1 to ${MAX_NEIGHBORS} (default: ${DEFAULT_ANALOGY_ANSWERS})
  --keep-inputs         let --solve answer with the expression's own words (left out by default)
  --max-words N         read only the first N words (files list the most frequent first)
  --lenient             skip malformed lines of the vector file (and say how many)
  --json                print the whole report (or solution) as JSON
  -h, --help            show this help

Convention: questions are lower-cased; a question with any word outside the vocabulary is skipped (not
covered); the three question words are never the answer; similarity is the cosine of unit vectors.
`;

/** Parses and checks `analogy`'s flags; throws {@link UsageError} with a one-line reason. */
export function parseAnalogyOptions(args: readonly string[]): AnalogyOptions | 'help' {
  const values = parseFlags(args, {
    ...VECTORS_FLAGS,
    questions: { type: 'string' },
    solve: { type: 'string' },
    top: { type: 'string', short: 'k', default: String(DEFAULT_ANALOGY_ANSWERS) },
    'keep-inputs': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) return 'help';
  const vectors = parseVectorsFlags(values);
  if ((values.questions === undefined) === (values.solve === undefined))
    throw new UsageError('Give exactly one of --questions FILE or --solve "a - b + c".');
  const common = { ...vectors, json: values.json };
  if (values.questions !== undefined) return { ...common, task: 'evaluate', questions: values.questions };
  if (values.solve === undefined || values.solve.trim() === '')
    throw new UsageError('--solve needs an expression such as "king - man + woman".');
  return {
    ...common,
    task: 'solve',
    expression: values.solve,
    k: positiveIntegerFlag('-k', values.top, MAX_NEIGHBORS),
    keepInputs: values['keep-inputs'],
  };
}
