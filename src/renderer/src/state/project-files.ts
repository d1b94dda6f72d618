import type { DatasetPreview, MapResult, ProjectView } from '../../../shared/contract';
import {
  DEFAULT_LOOK,
  openedViewOf,
  savedViewOf,
  type LookOfView,
  type OpenedProjectView,
} from './project-view';

/** The data-file extensions the file picker accepts (the core's readers). */
export const DATA_FILE_EXTENSIONS = ['.txt', '.csv', '.tsv', '.json', '.jsonl', '.ndjson', '.npy'] as const;

/** The extension of an Embedding Studio project file (docs/project-format.md). */
export const PROJECT_FILE_EXTENSION = '.esproj';

/** The name a saved project is offered under. */
export const SUGGESTED_PROJECT_NAME = 'embedding-map.esproj';

/** What a dropped or chosen file is, by its name's extension (case-insensitive). */
export type FileKind = 'data' | 'project' | 'other';

/** Tells a data file from a project file by its extension; anything else is `other`. */
export function fileKindOf(fileName: string): FileKind {
  const name = fileName.toLowerCase();
  if (name.endsWith(PROJECT_FILE_EXTENSION)) return 'project';
  return DATA_FILE_EXTENSIONS.some((extension) => name.endsWith(extension)) ? 'data' : 'other';
}

/**
 * The view saved with a project (state/project-view.ts): what the map was made with and how it looks on
 * screen (`look`; the default look when the workspace has none to give).
 */
export function projectViewOf(
  result: MapResult,
  columns: { readonly textColumn: string; readonly labelColumn: string | null },
  look: LookOfView | null = null,
): ProjectView {
  return savedViewOf(result, columns, look ?? DEFAULT_LOOK);
}

/**
 * What an opened project shows: its first map, exactly as saved, that map's data set when present, and the
 * saved view checked against that map (applied once the map is on screen).
 */
export function firstRestored(opened: {
  readonly datasets: readonly DatasetPreview[];
  readonly maps: readonly MapResult[];
  readonly view?: ProjectView;
}): { result: MapResult | null; preview: DatasetPreview | null; view: OpenedProjectView | null } {
  const result = opened.maps[0] ?? null;
  const preview =
    (result === null
      ? opened.datasets[0]
      : opened.datasets.find((dataset) => dataset.datasetId === result.datasetId)) ?? null;
  const view =
    result === null ? null : { mapId: result.mapId, opened: openedViewOf(opened.view ?? null, result.count) };
  return { result, preview, view };
}
