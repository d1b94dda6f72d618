import type { MapRequest, MapResult, ProjectView } from '../../shared/contract';
import type { Table } from '../dataset/table';
import { APP_VERSION } from './app-version';
import { float32ToBytes } from './float32-bytes';
import {
  ENTRY,
  PROJECT_FORMAT,
  PROJECT_FORMAT_VERSION,
  type ManifestDataset,
  type ManifestMap,
  type ProjectManifest,
} from './project-manifest';
import { writeZip, type ZipEntryInput } from './zip-writer';

/** Everything saved about one finished map. */
export interface MapRecord {
  readonly request: MapRequest;
  /** The whole table the map was drawn from (before sampling), as opened. */
  readonly table: Table;
  readonly result: MapResult;
  /** `result.count × result.embeddingDimension`, row-major. */
  readonly embeddings: Float32Array;
}

const json = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));

function datasetEntries(table: Table, path: string): { manifest: ManifestDataset; entries: ZipEntryInput[] } {
  const entries: ZipEntryInput[] = [
    { name: ENTRY.table(path), data: json({ columns: table.columns, rows: table.rows }), compress: true },
  ];
  if (table.vectors !== undefined) {
    entries.push({ name: ENTRY.vectors(path), data: float32ToBytes(table.vectors.data), compress: false });
  }
  const manifest: ManifestDataset = {
    path,
    name: table.name,
    format: table.format,
    encoding: table.encoding ?? null,
    rows: table.rows.length,
    columns: [...table.columns],
    vectors: table.vectors === undefined ? null : { rows: table.vectors.rows, cols: table.vectors.cols },
  };
  return { manifest, entries };
}

function mapEntries(
  record: MapRecord,
  path: string,
  dataset: number,
): { manifest: ManifestMap; entries: ZipEntryInput[] } {
  const { result } = record;
  const { datasetId: _omitted, ...request } = record.request;
  const { texts, labels, columns, explainedVariance, unembedded, elapsedMs } = result;
  const entries: ZipEntryInput[] = [
    {
      name: ENTRY.map(path),
      data: json({ texts, labels, columns, explainedVariance, unembedded, elapsedMs }),
      compress: true,
    },
    { name: ENTRY.coords(path), data: float32ToBytes(result.coords), compress: false },
    { name: ENTRY.embeddings(path), data: float32ToBytes(record.embeddings), compress: false },
  ];
  const manifest: ManifestMap = {
    path,
    dataset,
    savedMapId: result.mapId,
    request,
    embedderId: result.embedderId,
    method: result.method,
    dims: result.dims,
    count: result.count,
    embeddingDimension: result.embeddingDimension,
    seed: result.seed,
  };
  return { manifest, entries };
}

/**
 * Packs maps into a project file (docs/project-format.md): a manifest, each data set once (maps of the same
 * table share it), each map's items, coordinates and embeddings, and the renderer's view JSON.
 */
export async function writeProject(
  records: readonly MapRecord[],
  view: ProjectView,
  now: Date = new Date(),
): Promise<Uint8Array<ArrayBuffer>> {
  const tables: Table[] = [];
  const datasets: ManifestDataset[] = [];
  const maps: ManifestMap[] = [];
  const entries: ZipEntryInput[] = [];
  for (const record of records) {
    let dataset = tables.indexOf(record.table);
    if (dataset < 0) {
      dataset = tables.push(record.table) - 1;
      const written = datasetEntries(record.table, `datasets/${dataset}/`);
      datasets.push(written.manifest);
      entries.push(...written.entries);
    }
    const written = mapEntries(record, `maps/${maps.length}/`, dataset);
    maps.push(written.manifest);
    entries.push(...written.entries);
  }
  const manifest: ProjectManifest = {
    format: PROJECT_FORMAT,
    formatVersion: PROJECT_FORMAT_VERSION,
    appVersion: APP_VERSION,
    createdAt: now.toISOString(),
    datasets,
    maps,
  };
  // The manifest comes first, so a tool (or a person with unzip -l) reads what the project is before the data.
  return writeZip([
    { name: ENTRY.manifest, data: json(manifest), compress: true },
    ...entries,
    { name: ENTRY.view, data: json(view), compress: true },
  ]);
}
