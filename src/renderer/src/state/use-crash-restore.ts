import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { StudioClient } from '../../../shared/contract';
import type { DisplayError } from '../i18n/translate-error';
import { readAutosaveProject } from './autosave-store';
import { CRASH_CODE, isCrash, type CoreRestore, type DataSource } from './crash-restore-plan';
import { restoreAfterCrash } from './crash-restore';
import type { WorkflowState } from './workflow-state';

/** What the crash restore watches and whom it tells. */
export interface CrashRestoreInputs {
  readonly client: StudioClient | null;
  readonly state: WorkflowState;
  /** Where the open data set came from (kept by the workflow as it opens data). */
  readonly source: RefObject<DataSource | null>;
  readonly onRestored: (restore: CoreRestore) => void;
  readonly onFailed: (error: DisplayError) => void;
}

/**
 * Restores the core's data without the user doing anything when the renderer learns that the core crashed:
 * any job that ends with `worker-crashed` (a map, a clustering, a training…) or a call whose error reaches
 * the workflow with that code. One restore at a time: the many failures of one crash start one restore.
 */
export function useCrashRestore(inputs: CrashRestoreInputs): void {
  const latest = useRef(inputs);
  useEffect(() => {
    latest.current = inputs;
  });
  const running = useRef(false);
  // Errors already acted on, so that a restore's own failure, once shown, does not start another restore.
  const handled = useRef(new WeakSet<DisplayError>());

  const restore = useCallback((): void => {
    const { client, state, source } = latest.current;
    if (client === null || running.current) return;
    running.current = true;
    const snapshot = {
      result: state.result === null ? null : { mapId: state.result.mapId, datasetId: state.result.datasetId },
      previewDatasetId: state.preview?.datasetId ?? null,
      source: source.current,
    };
    restoreAfterCrash(client, snapshot, readAutosaveProject)
      .then(
        (outcome) => {
          if (outcome !== null) latest.current.onRestored(outcome);
        },
        (cause: unknown) => {
          const reason = cause instanceof Error ? cause.message : String(cause);
          const error: DisplayError = {
            code: CRASH_CODE,
            message: `The compute engine restarted, but your data could not be restored (${reason}): open the data again, then run the job again.`,
          };
          handled.current.add(error);
          latest.current.onFailed(error);
        },
      )
      .finally(() => {
        running.current = false;
      });
  }, []);

  const { client } = inputs;
  useEffect(
    () =>
      client?.onJobEvent((event) => {
        if (event.type === 'failed' && isCrash(event.error)) restore();
      }),
    [client, restore],
  );

  const { error } = inputs.state;
  useEffect(() => {
    if (error === null || !isCrash(error) || handled.current.has(error)) return;
    handled.current.add(error);
    restore();
  }, [error, restore]);
}
