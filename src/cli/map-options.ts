import {
  layoutDimsSchema,
  reductionMethodSchema,
  type LayoutDims,
  type ReductionMethod,
  type TsneParams,
  type UmapParams,
} from '../shared/contract';
import { IMPORT_FLAGS, IMPORT_HELP, parseImportFlags, type ImportOptions } from './import-options';
import { parseTsneFlags, TSNE_FLAGS, TSNE_HELP } from './tsne-options';
import { parseUmapFlags, UMAP_FLAGS, UMAP_HELP } from './umap-options';
import { integerFlag } from './integer-flag';
import { parseFlags, type FlagValues } from './parse-flags';
import { UsageError } from './usage-error';

/** What `embedding-studio map` was asked to do, after every flag was checked. */
export interface MapOptions {
  readonly input: string;
  readonly out: string;
  readonly textColumn: string | undefined;
  readonly labelColumn: string | undefined;
  readonly noLabel: boolean;
  readonly embedder: string;
  /** `--token WORD`: map the word's contextual vector in each text that contains it (transformer models). */
  readonly token: string | undefined;
  readonly method: ReductionMethod;
  /** UMAP's parameters when the method is UMAP. */
  readonly umap: UmapParams | undefined;
  /** t-SNE's parameters when the method is t-SNE. */
  readonly tsne: TsneParams | undefined;
  readonly dims: LayoutDims;
  readonly seed: number;
  readonly quiet: boolean;
  /** Encoding, leniency, sampling, precomputed columns and the project file to write. */
  readonly import: ImportOptions;
}

export const DEFAULT_EMBEDDER = 'tfidf-svd';
export const DEFAULT_SEED = 42;

export const MAP_HELP = `Usage: embedding-studio map --input FILE --out FILE [options]

Embeds every item of FILE, reduces the vectors and writes the layout as CSV: id,text,label,x,y[,z].

  --input FILE          TXT (one item per line), CSV or TSV with a header row (required)
  --out FILE            where to write the coordinates CSV; "-" writes to standard output (required)
  --text-column COL     column holding the text (default: the file's text-like column)
  --label-column COL    column holding each item's label (default: a column named label/category/topic, if any)
  --no-label            ignore labels even if the file has a label-like column
  --embedder ID         embedder to use (default: ${DEFAULT_EMBEDDER}; see "embedding-studio embedders")
  --token WORD          embed one word in context: each text containing WORD becomes one point, the model's
                        vector of WORD in that text (transformer models only: --embedder model:ID)
  --method pca|umap|tsne  dimensionality reduction (default: pca)
  --dims 2|3            output dimensions (default: 2)
  --seed N              random seed, an integer from 0 to 4294967295 (default: ${DEFAULT_SEED}); same seed, same map
  --quiet               no progress on standard error
  -h, --help            show this help

${UMAP_HELP}
${TSNE_HELP}
${IMPORT_HELP}`;

const MAP_FLAGS = {
  input: { type: 'string' },
  out: { type: 'string' },
  'text-column': { type: 'string' },
  'label-column': { type: 'string' },
  'no-label': { type: 'boolean', default: false },
  embedder: { type: 'string', default: DEFAULT_EMBEDDER },
  token: { type: 'string' },
  method: { type: 'string', default: 'pca' },
  dims: { type: 'string', default: '2' },
  seed: { type: 'string', default: String(DEFAULT_SEED) },
  quiet: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  ...UMAP_FLAGS,
  ...TSNE_FLAGS,
  ...IMPORT_FLAGS,
} as const;

function readFlags(args: readonly string[]): FlagValues<typeof MAP_FLAGS> {
  return parseFlags(args, MAP_FLAGS);
}

function parseMethod(text: string): ReductionMethod {
  const method = reductionMethodSchema.safeParse(text);
  if (method.success) return method.data;
  throw new UsageError(
    `--method must be one of: ${reductionMethodSchema.options.join(', ')}; got "${text}".`,
  );
}

function parseDims(text: string): LayoutDims {
  const dims = layoutDimsSchema.safeParse(Number(text));
  if (dims.success) return dims.data;
  throw new UsageError(`--dims must be 2 or 3; got "${text}".`);
}

function parseSeed(text: string): number {
  return integerFlag('--seed', text, 0, 0xffffffff);
}

/**
 * UMAP's or t-SNE's parameters. `--metric` belongs to both methods: it is checked by the method's own
 * parser, and given with PCA (which has no metric) it is refused like any other method's flag.
 */
function methodParams(
  values: ReturnType<typeof readFlags>,
  method: ReductionMethod,
): { umap: UmapParams | undefined; tsne: TsneParams | undefined } {
  if (method === 'pca' && values.metric !== undefined)
    throw new UsageError('--metric applies only to --method umap or tsne.');
  const umapValues = method === 'umap' ? values : { ...values, metric: undefined };
  return { umap: parseUmapFlags(umapValues, method), tsne: parseTsneFlags(values, method) };
}

/** The word of `--token`, trimmed; refused when empty or combined with precomputed vectors or coordinates. */
function parseToken(values: ReturnType<typeof readFlags>): string | undefined {
  if (values.token === undefined) return undefined;
  const word = values.token.trim();
  if (word === '') throw new UsageError('--token needs a word, e.g. --token bank.');
  if (values.vectors !== undefined || values.coords !== undefined) {
    throw new UsageError(
      '--token embeds texts with a model; it cannot be combined with --vectors or --coords.',
    );
  }
  return word;
}

/** Parses and checks `map`'s flags; throws {@link UsageError} with a one-line reason. */
export function parseMapOptions(args: readonly string[]): MapOptions | 'help' {
  const values = readFlags(args);
  if (values.help) return 'help';
  if (values.input === undefined) throw new UsageError('--input FILE is required.');
  if (values.out === undefined) throw new UsageError('--out FILE is required (use "-" for standard output).');
  if (values['no-label'] && values['label-column'] !== undefined) {
    throw new UsageError('--no-label and --label-column contradict each other; give one.');
  }
  const method = parseMethod(values.method);
  const seed = parseSeed(values.seed);
  const token = parseToken(values);
  return {
    input: values.input,
    out: values.out,
    textColumn: values['text-column'],
    labelColumn: values['label-column'],
    noLabel: values['no-label'],
    embedder: values.embedder,
    token,
    method,
    ...methodParams(values, method),
    dims: parseDims(values.dims),
    seed,
    quiet: values.quiet,
    import: parseImportFlags(values, seed),
  };
}
