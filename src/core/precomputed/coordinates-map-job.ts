import { PRECOMPUTED_COORDINATES_ID, type MapRequest, type MapResult } from '../../shared/contract';
import type { Table } from '../dataset/table';
import { Cooperation } from '../jobs/cooperation';
import type { JobControl } from '../jobs/job-registry';
import { collectItems } from '../map/map-items';
import { toEmbeddingMatrix, type EmbeddingMatrix } from '../math/matrix-types';

/** What a map of given coordinates is drawn from: the selected rows and their coordinates, row-major. */
export interface CoordinatesJobInput {
  readonly request: MapRequest;
  /** Only the map's rows, each with a non-empty text. */
  readonly table: Table;
  readonly columns: { text: number; label: number | null };
  readonly coords: Float32Array<ArrayBuffer>;
  readonly dims: 2 | 3;
  readonly keepEmbeddings: (mapId: string, embeddings: EmbeddingMatrix) => void;
}

/**
 * Draws the given coordinates as they are: no embedding, no reduction. Neighbours are measured in the same
 * 2-D/3-D space (the only one there is), so the coordinates are also kept as the map's "embeddings".
 */
export async function runCoordinatesJob(input: CoordinatesJobInput, control: JobControl): Promise<MapResult> {
  const started = Date.now();
  const { request, table, columns, coords, dims } = input;
  const cooperation = new Cooperation(control.signal);
  const items = await collectItems(table, columns, cooperation, (fraction) => {
    control.progress('prepare', fraction);
  });
  // A copy: the result's array may be transferred to another thread and must not detach the kept one.
  input.keepEmbeddings(control.jobId, toEmbeddingMatrix(new Float32Array(coords), items.texts.length, dims));
  return {
    mapId: control.jobId,
    datasetId: request.datasetId,
    count: items.texts.length,
    dims,
    texts: items.texts,
    labels: items.labels,
    columns: items.columns,
    coords,
    explainedVariance: [],
    unembedded: [],
    embedderId: PRECOMPUTED_COORDINATES_ID,
    embeddingDimension: dims,
    method: 'precomputed',
    seed: request.seed,
    elapsedMs: Date.now() - started,
  };
}
