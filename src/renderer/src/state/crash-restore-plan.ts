/**
 * What to do when the compute core crashed and was restarted (issue 8: "the UI and the loaded data
 * survive"): the new core has none of the data sets and maps the screen shows. The map on screen comes back
 * from the latest autosave (the same project bytes "Open project" reads; the import renames its ids), and a
 * data set opened but not mapped yet is opened again from where it came from. Pure, so each case is a test;
 * crash-restore.ts runs the plan and the workflow applies its outcome with {@link withCoreRestored}.
 */
import type { DatasetPreview, MapResult } from '../../../shared/contract';
import type { DisplayError } from '../i18n/translate-error';
import type { WorkflowState } from './workflow-state';

/** Where the open data set came from, kept so that a restarted core can open it again. */
export type DataSource =
  | { readonly kind: 'sample'; readonly sampleId: string }
  /** The file the user chose or dropped: the handle is cheap to keep, and reading it again gives the bytes. */
  | { readonly kind: 'file'; readonly file: File };

/** The error code with which calls and jobs end when the core's worker died (src/core/rpc/supervised-core.ts). */
export const CRASH_CODE = 'worker-crashed';

/** Whether an error says the core crashed (and was restarted without its data). */
export function isCrash(error: DisplayError | null): boolean {
  return error?.code === CRASH_CODE;
}

/** What the screen showed when the crash was noticed. */
export interface CrashSnapshot {
  /** The finished map on screen, by the dead core's ids. */
  readonly result: { readonly mapId: string; readonly datasetId: string } | null;
  /** The open data set's id in the dead core. */
  readonly previewDatasetId: string | null;
  /** Where that data set came from (null: unknown, e.g. it came with a project file). */
  readonly source: DataSource | null;
}

/** The restore to run; null when the screen held nothing of the dead core's. */
export interface CrashRestorePlan {
  /** The map to find in the autosave by its saved id, or null without a map on screen. */
  readonly mapId: string | null;
  /** The open data set is not the map's (opened, not mapped yet): open it again from here. */
  readonly reopen: DataSource | null;
  /** The open data set is the map's: if the autosave lacks the map, opening it again still brings the data back. */
  readonly reopenIfMapMissing: DataSource | null;
}

/** Plans the restore of what `snapshot` shows. */
export function crashRestorePlan(snapshot: CrashSnapshot): CrashRestorePlan | null {
  const { result, previewDatasetId, source } = snapshot;
  if (result === null && previewDatasetId === null) return null;
  const previewIsMapData = previewDatasetId !== null && previewDatasetId === result?.datasetId;
  return {
    mapId: result?.mapId ?? null,
    reopen: previewDatasetId !== null && !previewIsMapData ? source : null,
    reopenIfMapMissing: previewIsMapData ? source : null,
  };
}

/** The answer of `importProject` that matters here. */
export interface ImportedProject {
  readonly datasets: readonly DatasetPreview[];
  readonly maps: readonly MapResult[];
  readonly renamedMaps: Readonly<Record<string, string>>;
}

/**
 * The map `mapId` as the new core knows it after importing the autosave: its new id, its data set's new id
 * and that data set's preview; null when the autosave does not hold that map (it was made after the last
 * autosave, or the autosave is another session's).
 */
export function importedMap(
  mapId: string,
  imported: ImportedProject,
): { readonly mapId: string; readonly datasetId: string; readonly preview: DatasetPreview | null } | null {
  const renamed = imported.renamedMaps[mapId];
  if (renamed === undefined) return null;
  const map = imported.maps.find((candidate) => candidate.mapId === renamed);
  if (map === undefined) return null;
  const preview = imported.datasets.find((dataset) => dataset.datasetId === map.datasetId) ?? null;
  return { mapId: renamed, datasetId: map.datasetId, preview };
}

/** The outcome of a restore: the dead core's ids and the new ones, and whether all of it came back. */
export interface CoreRestore {
  /** The map on screen, renamed (`from` is its old id), or null when it was not restored. */
  readonly map: {
    readonly from: string;
    readonly fromDatasetId: string;
    readonly mapId: string;
    readonly datasetId: string;
  } | null;
  /** The open data set's new preview (`from`: its old id), or null when it was not opened again. */
  readonly dataset: { readonly from: string; readonly preview: DatasetPreview } | null;
  /** True when everything the screen showed exists in the new core (then "Map it" works at once). */
  readonly complete: boolean;
}

/** Whether the restore brought back everything `plan` asked for. */
export function restoreComplete(
  plan: CrashRestorePlan,
  snapshot: CrashSnapshot,
  restore: Omit<CoreRestore, 'complete'>,
): boolean {
  const mapBack = plan.mapId === null || restore.map !== null;
  const dataBack = snapshot.previewDatasetId === null || restore.dataset !== null;
  return mapBack && dataBack;
}

/**
 * The workflow after a restore: the map on screen keeps its points, colours and view but takes the new
 * core's ids (so neighbours, tools, exports and the autosave find it), the open data set takes its new
 * preview (the chosen columns stay), and when all came back the crash error gives way to a notice. Ids that
 * no longer match (the user moved on while the restore ran) are left alone.
 */
export function withCoreRestored(state: WorkflowState, restore: CoreRestore): WorkflowState {
  const { map, dataset } = restore;
  const renameMap = map !== null && state.result?.mapId === map.from;
  const result: MapResult | null = renameMap
    ? { ...state.result, mapId: map.mapId, datasetId: map.datasetId }
    : state.result;
  const request = state.resultRequest;
  const resultRequest =
    renameMap && request !== null && request.datasetId === map.fromDatasetId
      ? { ...request, datasetId: map.datasetId }
      : request;
  const preview =
    dataset !== null && state.preview?.datasetId === dataset.from ? dataset.preview : state.preview;
  const cleared = restore.complete && isCrash(state.error);
  return {
    ...state,
    result,
    resultRequest,
    preview,
    error: cleared ? null : state.error,
    notice: restore.complete ? 'core-restored' : state.notice,
  };
}
