import type { MapRequest, MapResult, MapSource } from '../../shared/contract';
import { StudioError } from '../../shared/errors';
import { readNumericColumns } from '../dataset/numeric-columns';
import { selectMapRows, type SelectedRows } from '../dataset/select-rows';
import type { Table } from '../dataset/table';
import { contextualTokenEmbedder, type Embedder } from '../embedders/embedder';
import type { JobControl } from '../jobs/job-registry';
import { checkEnoughItems, resolveColumns } from '../map/map-items';
import { runMapJob, type MapJobInput } from '../map/run-map-job';
import { toEmbeddingMatrix, type EmbeddingMatrix } from '../math/matrix-types';
import { runCoordinatesJob } from './coordinates-map-job';
import { PrecomputedEmbedder } from './precomputed-embedder';

/** What planning a map needs from the core. */
export interface MapPlanContext {
  /** The embedder with this id (`unknown-embedder` when there is none); asked for `embed` and `token` sources. */
  readonly embedder: (embedderId: string) => Embedder;
  readonly keepEmbeddings: (mapId: string, embeddings: EmbeddingMatrix) => void;
  /** Receives the reduction's PCA axes and means (see MapJobInput.keepFitted). */
  readonly keepFitted?: MapJobInput['keepFitted'];
  /** Threads for the reduction (see MapJobInput.parallel). */
  readonly parallel?: MapJobInput['parallel'];
}

/** A checked map, ready to run as a job. */
export type PlannedMap = (control: JobControl) => Promise<MapResult>;

function invalid(message: string, field: string): StudioError {
  return new StudioError('invalid-arguments', `startMap: ${message}`, { call: 'startMap', field });
}

function fileVectors(table: Table, selected: SelectedRows): EmbeddingMatrix {
  if (selected.table.vectors !== undefined) return selected.table.vectors;
  throw invalid(
    `${table.name} carries no vectors of its own (only .npy files do); name numeric columns instead.`,
    'source',
  );
}

/** The embedder that gives the map's vectors: the chosen one, or the precomputed vectors of the rows. */
function embedderFor(
  request: MapRequest,
  source: MapSource,
  table: Table,
  selected: SelectedRows,
  context: MapPlanContext,
): Embedder {
  switch (source.kind) {
    case 'vectors': {
      const data = readNumericColumns(table, selected.rows, source.columns);
      const vectors = toEmbeddingMatrix(data, selected.rows.length, source.columns.length);
      return new PrecomputedEmbedder(vectors, `${source.columns.length} columns of ${table.name}`);
    }
    case 'file-vectors':
      return new PrecomputedEmbedder(fileVectors(table, selected), table.name);
    case 'token':
      return contextualTokenEmbedder(context.embedder(request.embedderId), source.word);
    default:
      return context.embedder(request.embedderId);
  }
}

/**
 * Checks a map request against its table and turns it into the job to run: rows selected (non-empty texts,
 * sampled when asked), then embedded, read from numeric columns, or drawn from given coordinates. Every
 * problem with the data (unknown column, a cell that is not a number) is thrown here, before a job exists.
 */
export function planMapJob(request: MapRequest, table: Table, context: MapPlanContext): PlannedMap {
  const columns = resolveColumns(table, request);
  const source = request.source ?? { kind: 'embed' };
  const selected = selectMapRows(table, columns.text, request.sample);
  // Counted on the selected rows, so a sample too small for a map fails here too.
  checkEnoughItems(selected.table, columns.text);
  const { keepEmbeddings } = context;
  if (source.kind === 'coordinates') {
    if (source.columns.length !== request.dims) {
      throw invalid(
        `${source.columns.length} coordinate columns cannot be drawn in ${request.dims}-D; set dims to ${source.columns.length}.`,
        'dims',
      );
    }
    const coords = readNumericColumns(table, selected.rows, source.columns);
    const input = { request, table: selected.table, columns, coords, dims: request.dims, keepEmbeddings };
    return (control) => runCoordinatesJob(input, control);
  }
  const embedder = embedderFor(request, source, table, selected, context);
  return (control) =>
    runMapJob(
      {
        request,
        table: selected.table,
        columns,
        embedder,
        keepEmbeddings,
        keepFitted: context.keepFitted,
        parallel: context.parallel,
      },
      control,
    );
}
