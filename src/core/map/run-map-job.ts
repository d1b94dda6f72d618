import type { MapRequest, MapResult } from '../../shared/contract';
import type { Table } from '../dataset/table';
import type { Embedder } from '../embedders/embedder';
import { Cooperation } from '../jobs/cooperation';
import type { JobControl } from '../jobs/job-registry';
import { collectItems } from './map-items';
import { reduceEmbeddings } from './reduce-stage';

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
}

function reporter(control: JobControl, stage: keyof typeof STAGE_SPANS): (fraction: number) => void {
  const [start, end] = STAGE_SPANS[stage];
  return (fraction) => {
    control.progress(stage, start + (end - start) * fraction);
  };
}

/** The map pipeline: prepare rows → embed → reduce, reporting progress and honouring cancellation. */
export async function runMapJob(input: MapJobInput, control: JobControl): Promise<MapResult> {
  const started = Date.now();
  const { request, table, columns, embedder } = input;
  const cooperation = new Cooperation(control.signal);
  const items = await collectItems(table, columns, cooperation, reporter(control, 'prepare'));
  const embeddings = await embedder.embed(items.texts, {
    signal: control.signal,
    seed: request.seed,
    onProgress: reporter(control, 'embed'),
  });
  cooperation.throwIfCancelled();
  if (embeddings.rows !== items.texts.length) {
    // A contract breach by an embedder, not a user error: reported as `internal`.
    throw new Error(
      `${embedder.info.id} returned ${embeddings.rows} vectors for ${items.texts.length} texts`,
    );
  }
  const reduced = await reduceEmbeddings(request, embeddings, {
    cooperation,
    control,
    onProgress: reporter(control, 'reduce'),
  });
  return {
    datasetId: request.datasetId,
    count: items.texts.length,
    dims: request.dims,
    texts: items.texts,
    labels: items.labels,
    coords: reduced.coordinates.data,
    explainedVariance: reduced.explainedVariance,
    unembedded: [],
    embedderId: embedder.info.id,
    embeddingDimension: embeddings.cols,
    method: request.method,
    seed: request.seed,
    elapsedMs: Date.now() - started,
  };
}
