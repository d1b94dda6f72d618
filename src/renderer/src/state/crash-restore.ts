import type { DatasetPreview, StudioClient } from '../../../shared/contract';
import {
  crashRestorePlan,
  importedMap,
  restoreComplete,
  type CoreRestore,
  type CrashSnapshot,
  type DataSource,
} from './crash-restore-plan';
import { PROJECT_FILE_EXTENSION } from './project-files';
import { PROJECT_CHUNK_BYTES, uploadProject, type ProjectUploadClient } from './project-upload';
import { isLargeFile, streamFile } from './streamed-import';

/**
 * The calls a restore makes (a StudioClient has them; so does a core's API, which tests use). None carries a
 * whole big file: the autosave goes up in chunks, and a big data file is streamed as when it was first opened.
 */
export type RestoreClient = ProjectUploadClient &
  Pick<
    StudioClient,
    'openSample' | 'openFile' | 'beginImport' | 'appendImport' | 'finishImport' | 'abortImport'
  >;

/** How a restore sends data: the chunk size is a parameter so a test can restore "big" data quickly. */
export interface RestoreOptions {
  readonly chunkBytes: number;
}

const DEFAULT_RESTORE_OPTIONS: RestoreOptions = { chunkBytes: PROJECT_CHUNK_BYTES };

/** The name the autosave is imported under (the core names it in messages about a broken file). */
const AUTOSAVE_FILE_NAME = `autosave${PROJECT_FILE_EXTENSION}`;

/** Opens a data source again in the (new) core. */
export async function openSource(client: RestoreClient, source: DataSource): Promise<DatasetPreview> {
  if (source.kind === 'sample') return client.openSample({ sampleId: source.sampleId });
  if (isLargeFile(source.file)) {
    // Every row again (the first open's sample choice is not known here); Cancel is not offered mid-restore.
    return streamFile(client, source.file, null, () => undefined, new AbortController().signal);
  }
  const bytes = new Uint8Array(await source.file.arrayBuffer());
  return client.openFile({ fileName: source.file.name, bytes });
}

async function reopened(
  client: RestoreClient,
  source: DataSource | null,
  from: string | null,
): Promise<CoreRestore['dataset']> {
  if (source === null || from === null) return null;
  return { from, preview: await openSource(client, source) };
}

/**
 * Brings what `snapshot` showed back into the restarted core: the map on screen from the autosave
 * (`readAutosave` gives its project bytes, null when there are none), the open data set from its source.
 * Resolves with the outcome to apply ({@link withCoreRestored}), or null when there was nothing to restore;
 * rejects when a call fails (the crash error then stays on screen, and it says to open the data again).
 */
export async function restoreAfterCrash(
  client: RestoreClient,
  snapshot: CrashSnapshot,
  readAutosave: () => Promise<Uint8Array<ArrayBuffer> | null>,
  options: RestoreOptions = DEFAULT_RESTORE_OPTIONS,
): Promise<CoreRestore | null> {
  const plan = crashRestorePlan(snapshot);
  if (plan === null) return null;
  let map: CoreRestore['map'] = null;
  let dataset: CoreRestore['dataset'] = null;
  if (plan.mapId !== null && snapshot.result !== null) {
    const bytes = await readAutosave();
    const found =
      bytes === null
        ? null
        : importedMap(plan.mapId, await uploadProject(client, AUTOSAVE_FILE_NAME, bytes, options.chunkBytes));
    if (found !== null) {
      map = { from: plan.mapId, fromDatasetId: snapshot.result.datasetId, ...found };
      if (found.preview !== null && snapshot.previewDatasetId === snapshot.result.datasetId) {
        dataset = { from: snapshot.result.datasetId, preview: found.preview };
      }
    } else {
      dataset = await reopened(client, plan.reopenIfMapMissing, snapshot.previewDatasetId);
    }
  }
  if (plan.reopen !== null) dataset = await reopened(client, plan.reopen, snapshot.previewDatasetId);
  return { map, dataset, complete: restoreComplete(plan, snapshot, { map, dataset }) };
}
