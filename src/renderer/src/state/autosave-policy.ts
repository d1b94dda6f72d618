/**
 * When to autosave, and when to tell the user it failed: pure decisions, so that the hook only wires timers
 * and storage. A finished map is saved at once (it is new work); a view change waits until the user pauses.
 */

/** A view change is saved this long after the last one (ms): a drag or a run of clicks makes one save. */
export const AUTOSAVE_DEBOUNCE_MS = 2000;

/** What the autosave knows: what it saved last, and whether it has told the user about a failure. */
export interface AutosaveState {
  readonly savedMapId: string | null;
  readonly savedRevision: number;
  /** True after a failure has been reported, until a save succeeds again: one notice, not one per attempt. */
  readonly failureReported: boolean;
}

export const INITIAL_AUTOSAVE: AutosaveState = {
  savedMapId: null,
  savedRevision: -1,
  failureReported: false,
};

/** Whether and when to save now that the map on screen is `mapId` and the view is at `revision`. */
export function plannedAutosave(
  state: AutosaveState,
  now: { readonly mapId: string | null; readonly revision: number; readonly paused: boolean },
): { readonly delayMs: number } | null {
  if (now.paused || now.mapId === null) return null;
  if (now.mapId !== state.savedMapId) return { delayMs: 0 };
  return now.revision !== state.savedRevision ? { delayMs: AUTOSAVE_DEBOUNCE_MS } : null;
}

/** After a save of `mapId` at `revision` succeeded. */
export function autosaveSucceeded(mapId: string, revision: number): AutosaveState {
  return { savedMapId: mapId, savedRevision: revision, failureReported: false };
}

/**
 * After a save failed: the save is marked done anyway (no retry loop hammering a full disk; the next change
 * tries again), and `report` says whether this failure is the one to tell the user about.
 */
export function autosaveFailed(
  state: AutosaveState,
  mapId: string,
  revision: number,
): { readonly state: AutosaveState; readonly report: boolean } {
  return {
    state: { savedMapId: mapId, savedRevision: revision, failureReported: true },
    report: !state.failureReported,
  };
}
