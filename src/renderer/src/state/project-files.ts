import type { DatasetPreview, MapResult, ProjectView } from '../../../shared/contract';

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

/** The small view state saved with a project: what the map was made with. */
export function projectViewOf(
  result: MapResult,
  columns: { readonly textColumn: string; readonly labelColumn: string | null },
): ProjectView {
  return {
    method: result.method,
    dims: result.dims,
    textColumn: columns.textColumn,
    labelColumn: columns.labelColumn,
  };
}

/** What an opened project shows: its first map, exactly as saved, and that map's data set when present. */
export function firstRestored(opened: {
  readonly datasets: readonly DatasetPreview[];
  readonly maps: readonly MapResult[];
}): { result: MapResult | null; preview: DatasetPreview | null } {
  const result = opened.maps[0] ?? null;
  const preview =
    (result === null
      ? opened.datasets[0]
      : opened.datasets.find((dataset) => dataset.datasetId === result.datasetId)) ?? null;
  return { result, preview };
}
