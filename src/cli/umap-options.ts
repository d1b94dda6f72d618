import {
  DEFAULT_UMAP_PARAMS,
  distanceMetricSchema,
  umapParamsSchema,
  type ReductionMethod,
  type UmapParams,
} from '../shared/contract';
import { UsageError } from './usage-error';

/** The `map` flags that set UMAP's parameters, as parseArgs declares them. */
export const UMAP_FLAGS = {
  neighbors: { type: 'string' },
  'min-dist': { type: 'string' },
  spread: { type: 'string' },
  metric: { type: 'string' },
  epochs: { type: 'string' },
  /** Shared with t-SNE (TSNE_FLAGS declares it too); each method's parser reads it for itself. */
  'pca-dims': { type: 'string' },
} as const;

export const UMAP_HELP = `UMAP (with --method umap):
  --neighbors N         neighbourhood size, 2–200 (default: ${DEFAULT_UMAP_PARAMS.neighbors})
  --min-dist X          how tightly points may pack, 0–1 (default: ${DEFAULT_UMAP_PARAMS.minDist})
  --spread X            scale of the layout, 0.1–10 (default: ${DEFAULT_UMAP_PARAMS.spread})
  --metric M            cosine or euclidean (default: ${DEFAULT_UMAP_PARAMS.metric})
  --epochs N            optimisation epochs (default: 500 below 10,000 items, else 200)
  --pca-dims N          reduce the vectors with PCA to N dimensions first (50 is common for D > 100; default: off)
`;

type UmapFlagValues = Partial<Record<keyof typeof UMAP_FLAGS, string>>;

function numberFlag(flag: string, text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value))
    throw new UsageError(`--${flag} must be a number; got "${text}".`);
  return value;
}

/**
 * UMAP's parameters from the flags, checked against the contract's schema (so the CLI accepts exactly what
 * the core does); undefined for other methods, where a UMAP flag is a mistake worth saying.
 */
export function parseUmapFlags(values: UmapFlagValues, method: ReductionMethod): UmapParams | undefined {
  if (method !== 'umap') {
    const given = (Object.keys(UMAP_FLAGS) as (keyof typeof UMAP_FLAGS)[]).find(
      // --pca-dims is t-SNE's too: parseTsneFlags reads it there.
      (flag) => values[flag] !== undefined && !(flag === 'pca-dims' && method === 'tsne'),
    );
    if (given === 'pca-dims') throw new UsageError('--pca-dims applies only to --method umap or tsne.');
    if (given !== undefined) throw new UsageError(`--${given} applies only to --method umap.`);
    return undefined;
  }
  const metric = distanceMetricSchema.safeParse(values.metric ?? DEFAULT_UMAP_PARAMS.metric);
  if (!metric.success)
    throw new UsageError(`--metric must be cosine or euclidean; got "${values.metric ?? ''}".`);
  const candidate: UmapParams = {
    neighbors:
      values.neighbors === undefined
        ? DEFAULT_UMAP_PARAMS.neighbors
        : numberFlag('neighbors', values.neighbors),
    minDist:
      values['min-dist'] === undefined
        ? DEFAULT_UMAP_PARAMS.minDist
        : numberFlag('min-dist', values['min-dist']),
    spread: values.spread === undefined ? DEFAULT_UMAP_PARAMS.spread : numberFlag('spread', values.spread),
    metric: metric.data,
    epochs: values.epochs === undefined ? DEFAULT_UMAP_PARAMS.epochs : numberFlag('epochs', values.epochs),
    pcaDims: values['pca-dims'] === undefined ? null : numberFlag('pca-dims', values['pca-dims']),
  };
  const parsed = umapParamsSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? '');
    const flag = Object.keys(UMAP_FLAGS).find((name) => name.replace('-d', 'D') === field) ?? field;
    throw new UsageError(`--${flag}: ${issue?.message ?? 'invalid value'}.`);
  }
  if (parsed.data.minDist > parsed.data.spread) {
    throw new UsageError('--min-dist must not exceed --spread.');
  }
  return parsed.data;
}
