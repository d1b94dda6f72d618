import {
  DEFAULT_TSNE_PARAMS,
  distanceMetricSchema,
  tsneParamsSchema,
  type ReductionMethod,
  type TsneParams,
} from '../shared/contract';
import { UsageError } from './usage-error';

/** The `map` flags that set t-SNE's own parameters, as parseArgs declares them (`--metric` is UMAP's too). */
export const TSNE_FLAGS = {
  perplexity: { type: 'string' },
  iterations: { type: 'string' },
  'learning-rate': { type: 'string' },
  /** Shared with UMAP (UMAP_FLAGS declares it too). */
  'pca-dims': { type: 'string' },
} as const;

export const TSNE_HELP = `t-SNE (with --method tsne):
  --perplexity X        effective neighbours per point, 2–100, below the item count (default: ${DEFAULT_TSNE_PARAMS.perplexity})
  --iterations N        gradient-descent iterations, 50–10000 (default: 1000)
  --learning-rate X     step size (default: auto, max(items / 48, 50))
  --metric M            cosine or euclidean (default: ${DEFAULT_TSNE_PARAMS.metric})
  --pca-dims N          reduce the vectors with PCA to N dimensions first (50 is common for D > 100; default: off)
`;

/** The flag each contract field comes from, for error messages. */
const FLAG_OF_FIELD: Record<keyof TsneParams, string> = {
  perplexity: 'perplexity',
  iterations: 'iterations',
  learningRate: 'learning-rate',
  metric: 'metric',
  pcaDims: 'pca-dims',
};

type TsneFlagValues = Partial<Record<keyof typeof TSNE_FLAGS | 'metric', string>>;

function numberFlag(flag: string, text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value))
    throw new UsageError(`--${flag} must be a number; got "${text}".`);
  return value;
}

/**
 * t-SNE's parameters from the flags, checked against the contract's schema (so the CLI accepts exactly what
 * the core does); undefined for other methods, where a t-SNE flag is a mistake worth saying.
 */
export function parseTsneFlags(values: TsneFlagValues, method: ReductionMethod): TsneParams | undefined {
  if (method !== 'tsne') {
    const given = (Object.keys(TSNE_FLAGS) as (keyof typeof TSNE_FLAGS)[]).find(
      // --pca-dims is UMAP's too: parseUmapFlags reads it there (and refuses it with PCA).
      (flag) => values[flag] !== undefined && flag !== 'pca-dims',
    );
    if (given !== undefined) throw new UsageError(`--${given} applies only to --method tsne.`);
    return undefined;
  }
  const metric = distanceMetricSchema.safeParse(values.metric ?? DEFAULT_TSNE_PARAMS.metric);
  if (!metric.success)
    throw new UsageError(`--metric must be cosine or euclidean; got "${values.metric ?? ''}".`);
  const optional = (flag: keyof typeof TSNE_FLAGS, fallback: number | null): number | null => {
    const text = values[flag];
    return text === undefined ? fallback : numberFlag(flag, text);
  };
  const candidate = {
    perplexity: optional('perplexity', DEFAULT_TSNE_PARAMS.perplexity),
    iterations: optional('iterations', DEFAULT_TSNE_PARAMS.iterations),
    learningRate: optional('learning-rate', DEFAULT_TSNE_PARAMS.learningRate),
    metric: metric.data,
    pcaDims: optional('pca-dims', null),
  };
  const parsed = tsneParamsSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? '');
    const flag = field in FLAG_OF_FIELD ? FLAG_OF_FIELD[field as keyof TsneParams] : field;
    throw new UsageError(`--${flag}: ${issue?.message ?? 'invalid value'}.`);
  }
  return parsed.data;
}
