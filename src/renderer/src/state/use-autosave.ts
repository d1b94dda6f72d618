import { useEffect, useRef } from 'react';
import type { MapResult, StudioClient } from '../../../shared/contract';
import type { DisplayError } from '../i18n/translate-error';
import { autosaveFailed, autosaveSucceeded, INITIAL_AUTOSAVE, plannedAutosave } from './autosave-policy';
import { writeAutosave } from './autosave-store';
import { projectViewOf } from './project-files';
import type { LookOfView } from './project-view';

/** What the autosave needs from the app. */
export interface AutosaveInputs {
  readonly client: StudioClient | null;
  /** The finished map on screen (null: nothing to save). */
  readonly result: MapResult | null;
  readonly textColumn: string;
  readonly labelColumn: string | null;
  readonly datasetName: string | null;
  readonly readLook: () => LookOfView | null;
  /** Grows on every change of the view. */
  readonly revision: number;
  /** True while the previous session's autosave waits for the user's answer: it must not be overwritten. */
  readonly paused: boolean;
  readonly reportError: (error: DisplayError) => void;
}

/**
 * Saves the current project (the same bytes "Save project" writes) to the autosave slot after each finished
 * map and, debounced, after each view change. A failure is reported once and blocks nothing.
 */
export function useAutosave(inputs: AutosaveInputs): void {
  const state = useRef(INITIAL_AUTOSAVE);
  const latest = useRef(inputs);
  useEffect(() => {
    latest.current = inputs;
  });
  const mapId = inputs.result?.mapId ?? null;
  const { revision, paused } = inputs;
  useEffect(() => {
    const plan = plannedAutosave(state.current, { mapId, revision, paused });
    if (plan === null) return undefined;
    const timer = setTimeout(() => {
      void saveNow(latest.current).then((outcome) => {
        const { result } = latest.current;
        if (result === null) return;
        if (outcome === null) state.current = autosaveSucceeded(result.mapId, revision);
        else {
          const failed = autosaveFailed(state.current, result.mapId, revision);
          state.current = failed.state;
          // Paused meanwhile (a crash was noticed while saving): the failure is the crash's, which is restored.
          if (failed.report && !latest.current.paused) latest.current.reportError(outcome);
        }
      });
    }, plan.delayMs);
    return () => {
      clearTimeout(timer);
    };
  }, [mapId, revision, paused]);
}

/** One save; resolves with the error to report, or null when it worked. */
async function saveNow(inputs: AutosaveInputs): Promise<DisplayError | null> {
  const { client, result } = inputs;
  if (client === null || result === null) return null;
  try {
    const columns = { textColumn: inputs.textColumn, labelColumn: inputs.labelColumn };
    const view = projectViewOf(result, columns, inputs.readLook());
    const { bytes } = await client.exportProject({ mapIds: [result.mapId], view });
    await writeAutosave(bytes, { savedAt: Date.now(), items: result.count, datasetName: inputs.datasetName });
    return null;
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return {
      code: 'autosave-failed',
      message: `Autosave failed (${reason}); your work is still on screen, and Save project… still works.`,
      params: { reason },
    };
  }
}
