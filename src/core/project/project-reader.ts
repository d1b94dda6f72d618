import { z } from 'zod';
import {
  PROJECT_FORMAT_VERSION,
  projectManifestSchema,
  ENTRY,
  mapEntrySchema,
  tableEntrySchema,
  PROJECT_FORMAT,
} from './project-manifest';
import type { ManifestDataset, ManifestMap, ProjectManifest } from './project-manifest';
import type { ProjectView } from '../../shared/contract';
import { StudioError } from '../../shared/errors';
import type { Table } from '../dataset/table';
import { toEmbeddingMatrix } from '../math/matrix-types';
import { bytesToFloat32 } from './float32-bytes';
import { readZip, ZipDamage } from './zip-reader';

/** Only what says which format a manifest is in, read before the rest of it. */
const manifestHeadSchema = z.object({ format: z.string(), formatVersion: z.number() });

/** A map as read back: everything but the ids it gets in this session. */
export interface ReadMap {
  readonly manifest: ManifestMap;
  readonly entry: z.infer<typeof mapEntrySchema>;
  readonly coords: Float32Array<ArrayBuffer>;
  readonly embeddings: Float32Array<ArrayBuffer>;
}

/** A project file's content, checked entry by entry. */
export interface ReadProject {
  readonly manifest: ProjectManifest;
  readonly tables: Table[];
  readonly maps: ReadMap[];
  readonly view: ProjectView;
}

/** Reads named entries of one project file, turning every problem into `project-damaged` naming the file. */
class EntryReader {
  constructor(
    readonly fileName: string,
    private readonly files: ReadonlyMap<string, Uint8Array>,
  ) {}

  damaged(problem: string): StudioError {
    return new StudioError('project-damaged', `${this.fileName} is damaged: ${problem}.`, {
      file: this.fileName,
      problem,
    });
  }

  bytes(name: string): Uint8Array {
    const bytes = this.files.get(name);
    if (bytes === undefined) throw this.damaged(`the entry ${name} is missing`);
    return bytes;
  }

  json<T>(name: string, schema: z.ZodType<T>): T {
    let value: unknown;
    try {
      value = JSON.parse(new TextDecoder().decode(this.bytes(name)));
    } catch (error) {
      if (error instanceof StudioError) throw error;
      throw this.damaged(`the entry ${name} is not valid JSON`);
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    const field = parsed.error.issues[0]?.path.map(String).join('.') ?? '';
    throw this.damaged(`the entry ${name} is not as expected${field === '' ? '' : ` (at "${field}")`}`);
  }

  floats(name: string, count: number): Float32Array<ArrayBuffer> {
    const values = bytesToFloat32(this.bytes(name), count);
    if (values === null) throw this.damaged(`the entry ${name} does not hold ${count} float32 values`);
    return values;
  }
}

/** Checks the format and version before the rest of the manifest, so a newer file says "too new", not "damaged". */
function readManifest(reader: EntryReader): ProjectManifest {
  const head = reader.json(ENTRY.manifest, manifestHeadSchema);
  if (head.format !== PROJECT_FORMAT) throw reader.damaged('it is not an Embedding Studio project');
  if (head.formatVersion > PROJECT_FORMAT_VERSION) {
    throw new StudioError(
      'project-too-new',
      `${reader.fileName} was saved in project format ${head.formatVersion} by a newer Embedding Studio; this version reads format ${PROJECT_FORMAT_VERSION} and older. Update the app to open it.`,
      { file: reader.fileName, version: head.formatVersion, supported: PROJECT_FORMAT_VERSION },
    );
  }
  return reader.json(ENTRY.manifest, projectManifestSchema);
}

function readTable(reader: EntryReader, dataset: ManifestDataset): Table {
  const { columns, rows } = reader.json(ENTRY.table(dataset.path), tableEntrySchema);
  if (rows.length !== dataset.rows || rows.some((row) => row.length !== columns.length)) {
    throw reader.damaged(`the entry ${ENTRY.table(dataset.path)} does not match its manifest`);
  }
  const table: Table = {
    name: dataset.name,
    format: dataset.format,
    columns,
    rows,
    ...(dataset.encoding === null ? {} : { encoding: dataset.encoding }),
  };
  if (dataset.vectors === null) return table;
  const { rows: vectorRows, cols } = dataset.vectors;
  const data = reader.floats(ENTRY.vectors(dataset.path), vectorRows * cols);
  return { ...table, vectors: toEmbeddingMatrix(data, vectorRows, cols) };
}

function readMap(reader: EntryReader, map: ManifestMap, datasets: number): ReadMap {
  if (map.dataset >= datasets) throw reader.damaged(`map ${map.path} refers to a data set that is not there`);
  const entry = reader.json(ENTRY.map(map.path), mapEntrySchema);
  if (entry.texts.length !== map.count || entry.labels.length !== map.count) {
    throw reader.damaged(`the entry ${ENTRY.map(map.path)} does not match its manifest`);
  }
  return {
    manifest: map,
    entry,
    coords: reader.floats(ENTRY.coords(map.path), map.count * map.dims),
    embeddings: reader.floats(ENTRY.embeddings(map.path), map.count * map.embeddingDimension),
  };
}

/** Opens the ZIP container, turning its damage into `project-damaged`. */
async function openContainer(fileName: string, bytes: Uint8Array): Promise<EntryReader> {
  try {
    return new EntryReader(fileName, await readZip(bytes));
  } catch (error) {
    if (!(error instanceof ZipDamage)) throw error;
    throw new StudioError('project-damaged', `${fileName} is damaged: ${error.message}.`, {
      file: fileName,
      problem: error.message,
    });
  }
}

/**
 * Reads and checks a whole project file: a damaged container, a missing or malformed entry, or shapes that
 * disagree with the manifest give `project-damaged`; a newer format version gives `project-too-new`.
 */
export async function readProject(fileName: string, bytes: Uint8Array): Promise<ReadProject> {
  const reader = await openContainer(fileName, bytes);
  const manifest = readManifest(reader);
  const tables = manifest.datasets.map((dataset) => readTable(reader, dataset));
  const maps = manifest.maps.map((map) => readMap(reader, map, tables.length));
  let view: ProjectView;
  try {
    view = JSON.parse(new TextDecoder().decode(reader.bytes(ENTRY.view))) as ProjectView;
  } catch (error) {
    if (error instanceof StudioError) throw error;
    throw reader.damaged(`the entry ${ENTRY.view} is not valid JSON`);
  }
  return { manifest, tables, maps, view };
}

/** Only the manifest (for `embedding-studio project info`): cheap checks, same errors as {@link readProject}. */
export async function readProjectManifest(fileName: string, bytes: Uint8Array): Promise<ProjectManifest> {
  return readManifest(await openContainer(fileName, bytes));
}
