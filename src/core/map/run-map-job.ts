import type { MapRequest, MapResult } from '../../shared/contract';
import { StudioError } from '../../shared/errors';
import type { Table } from '../dataset/table';
import { toPartialEmbedding, type Embedder } from '../embedders/embedder';
import { Cooperation } from '../jobs/cooperation';
import type { JobControl } from '../jobs/job-registry';
import type { EmbeddingMatrix } from '../math/matrix-types';
import type { FittedReduction } from '../reduce/transform/fitted-reduction';
import { embedProgressReporter } from './embed-progress';
import { collectItems, MIN_ITEMS, type MapItems } from './map-items';
import { reduceEmbeddings } from './reduce-stage';
import type { ParallelExecutor } from '../parallel/parallel-executor';

/**
 * Where each stage sits in the job's overall progress. Embedding dominates the run time (a neural model far
 * more so than TF-IDF); preparing rows is a copy, and PCA of ≤ 64–1024 dimensions takes a fraction of it.
 */
const STAGE_SPANS = { prepare: [0, 0.05], embed: [0.05, 0.85], reduce: [0.85, 1] } as const;

/** What a map job works on, resolved and validated before the job starts. */
export interface MapJobInput {
  readonly request: MapRequest;
  readonly table: Table;
  readonly columns: { text: number; label: number | null };
  readonly embedder: Embedder;
  /** Receives the map's embeddings once they exist, to answer later questions about its items. */
  readonly keepEmbeddings: (mapId: string, embeddings: EmbeddingMatrix) => void;
  /** Receives the reduction's linear parts (PCA axes and means), to place new items on the map later. */
  readonly keepFitted?: (mapId: string, fitted: FittedReduction) => void;
  /** Threads for the reduction (the host's worker pool); this thread when absent. */
  readonly parallel?: ParallelExecutor;
}

function reporter(control: JobControl, stage: keyof typeof STAGE_SPANS): (fraction: number) => void {
  const [start, end] = STAGE_SPANS[stage];
  return (fraction) => {
    control.progress(stage, start + (end - start) * fraction);
  };
}

/** The items with a vector: those at the `unembedded` indexes (ascending) are left out. */
function keepEmbedded(items: MapItems, unembedded: readonly number[]): MapItems {
  if (unembedded.length === 0) return items;
  const skip = new Set(unembedded);
  const keep = (_: unknown, index: number): boolean => !skip.has(index);
  return {
    texts: items.texts.filter(keep),
    labels: items.labels.filter(keep),
    columns: items.columns.map(({ name, values }) => ({ name, values: values.filter(keep) })),
  };
}

/** A map needs {@link MIN_ITEMS} points; say which texts had no vector when too few are left. */
function checkEnoughEmbedded(items: MapItems, missing: readonly string[], embedderId: string): void {
  if (items.texts.length >= MIN_ITEMS) return;
  const examples = missing
    .slice(0, 10)
    .map((text) => `"${text}"`)
    .join(', ');
  throw new StudioError(
    'too-few-items',
    `Only ${items.texts.length} of ${items.texts.length + missing.length} texts have a vector in ${embedderId}; ` +
      `a map needs at least ${MIN_ITEMS}. Without a vector: ${examples}${missing.length > 10 ? ', …' : ''}.`,
    { embedderId, count: items.texts.length, minimum: MIN_ITEMS, unembedded: missing.length },
  );
}

/** The map pipeline: prepare rows → embed → reduce, reporting progress and honouring cancellation. */
export async function runMapJob(input: MapJobInput, control: JobControl): Promise<MapResult> {
  const started = Date.now();
  const { request, table, columns, embedder } = input;
  const cooperation = new Cooperation(control.signal);
  const collected = await collectItems(table, columns, cooperation, reporter(control, 'prepare'));
  const embedded = toPartialEmbedding(
    await embedder.embed(collected.texts, {
      signal: control.signal,
      seed: request.seed,
      onProgress: embedProgressReporter(
        control.progress.bind(control),
        collected.texts.length,
        STAGE_SPANS.embed,
        Date.now,
      ),
    }),
    collected.texts.length,
    embedder.info.id,
  );
  cooperation.throwIfCancelled();
  // From here on only texts with a vector are items; the others are reported as `unembedded`.
  const items = keepEmbedded(collected, embedded.unembedded);
  const unembedded = embedded.unembedded.map((index) => collected.texts[index] ?? '');
  checkEnoughEmbedded(items, unembedded, embedder.info.id);
  const embeddings = embedded.vectors;
  input.keepEmbeddings(control.jobId, embeddings);
  // Iterative methods stream layouts; the renderer needs the items first to know what each row is.
  if (request.method !== 'pca') control.items(items.texts, items.labels);
  const reduced = await reduceEmbeddings(request, embeddings, {
    cooperation,
    control,
    onProgress: reporter(control, 'reduce'),
    ...(input.parallel === undefined ? {} : { parallel: input.parallel }),
  });
  input.keepFitted?.(control.jobId, reduced.fitted);
  return {
    mapId: control.jobId,
    datasetId: request.datasetId,
    count: items.texts.length,
    dims: request.dims,
    texts: items.texts,
    labels: items.labels,
    columns: items.columns,
    coords: reduced.coordinates.data,
    explainedVariance: reduced.explainedVariance,
    unembedded,
    embedderId: embedder.info.id,
    embeddingDimension: embeddings.cols,
    method: request.method,
    seed: request.seed,
    elapsedMs: Date.now() - started,
  };
}
