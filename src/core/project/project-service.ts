import type { CoreInput, CoreOutput, DatasetPreview, MapRequest, MapResult } from '../../shared/contract';
import { StudioError } from '../../shared/errors';
import type { DatasetStore } from '../dataset/dataset-store';
import type { Table } from '../dataset/table';
import { toEmbeddingMatrix } from '../math/matrix-types';
import type { MapStore } from '../neighbors/map-store';
import { readProject, type ReadMap } from './project-reader';
import { writeProject, type MapRecord } from './project-writer';
import { INSTANCE_TAG } from '../jobs/instance-tag';

/** As many maps as MapStore keeps embeddings for: a map without them could not be saved whole. */
const RECORDS_KEPT = 4;

/**
 * Saves finished maps into project files and opens them again. It remembers what each of the latest maps was
 * made from (request, table, result); the embeddings come from the MapStore, where restored maps go too, so
 * neighbour queries and a second save work on an opened project as on a computed one.
 */
export class ProjectService {
  private readonly records = new Map<string, Omit<MapRecord, 'embeddings'>>();
  private restored = 0;

  constructor(
    private readonly datasets: DatasetStore,
    private readonly maps: MapStore,
  ) {}

  /** Remembers a finished map, dropping the oldest beyond the limit. */
  remember(request: MapRequest, table: Table, result: MapResult): void {
    this.records.delete(result.mapId);
    this.records.set(result.mapId, { request, table, result });
    for (const oldest of this.records.keys()) {
      if (this.records.size <= RECORDS_KEPT) break;
      this.records.delete(oldest);
    }
  }

  /** The result of a kept map (texts, labels, layout); `unknown-map` when it is no longer kept. */
  result(mapId: string): MapResult {
    return this.record(mapId).result;
  }

  /** The request that made a kept map; `unknown-map` when it is no longer kept. */
  request(mapId: string): MapRequest {
    return this.record(mapId).request;
  }

  /** The project file of the given maps and view. */
  async exportProject(input: CoreInput<'exportProject'>): Promise<CoreOutput<'exportProject'>> {
    const records = input.mapIds.map((mapId) => this.record(mapId));
    return { bytes: await writeProject(records, input.view) };
  }

  /** Opens a project file: data sets opened, maps restored under new ids, nothing recomputed. */
  async importProject(input: CoreInput<'importProject'>): Promise<CoreOutput<'importProject'>> {
    const project = await readProject(input.fileName, input.bytes);
    const previews: DatasetPreview[] = project.tables.map((table) => this.datasets.add(table));
    const renamedMaps: Record<string, string> = {};
    const maps = project.maps.map((map) => {
      const table = project.tables[map.manifest.dataset];
      const preview = previews[map.manifest.dataset];
      if (table === undefined || preview === undefined) throw new Error('map refers to a missing data set');
      const result = this.restore(map, table, preview.datasetId);
      renamedMaps[map.manifest.savedMapId] = result.mapId;
      return result;
    });
    return { datasets: previews, maps, view: project.view, renamedMaps };
  }

  private restore(map: ReadMap, table: Table, datasetId: string): MapResult {
    this.restored++;
    const mapId = `project-map-${INSTANCE_TAG}-${this.restored}`;
    const { manifest, entry } = map;
    const result: MapResult = {
      ...entry,
      mapId,
      datasetId,
      count: manifest.count,
      dims: manifest.dims,
      coords: map.coords,
      embedderId: manifest.embedderId,
      embeddingDimension: manifest.embeddingDimension,
      method: manifest.method,
      seed: manifest.seed,
    };
    this.maps.put(mapId, toEmbeddingMatrix(map.embeddings, manifest.count, manifest.embeddingDimension));
    // The kept result gets its own coordinates: the returned ones may be transferred to another thread.
    this.remember({ ...manifest.request, datasetId }, table, {
      ...result,
      coords: new Float32Array(map.coords),
    });
    return result;
  }

  private record(mapId: string): MapRecord {
    const record = this.records.get(mapId);
    if (record === undefined) {
      throw new StudioError(
        'unknown-map',
        `The map "${mapId}" is no longer kept (only the latest ${RECORDS_KEPT} are); map the data again to save it.`,
        { mapId },
      );
    }
    return { ...record, embeddings: this.maps.get(mapId).data };
  }
}
