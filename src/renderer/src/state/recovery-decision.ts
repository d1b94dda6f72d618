/**
 * Whether to offer the previous session back: pure, so each case is a test. The app marks the session open
 * when it starts and closed on `pagehide`; a session still marked open at the next start ended badly (a
 * crash, a killed process, a power cut).
 */
import type { AutosaveMeta } from './autosave-store';

/** Where the session flag lives in localStorage. */
export const SESSION_FLAG_KEY = 'embedding-studio.session';
/** The URL parameter with which the Electron main process reloads a crashed renderer. */
export const RECOVER_PARAM = 'recover';

/** What to do with an autosave found at start. */
export type RecoveryDecision = 'none' | 'ask' | 'restore';

/**
 * `restore` when asked to by the URL (`?recover=1`) and there is something to restore; `ask` when there is an
 * autosave and the last session did not close cleanly; otherwise `none`.
 */
export function recoveryDecision(input: {
  readonly autosave: AutosaveMeta | null;
  readonly closedCleanly: boolean;
  readonly recoverParam: boolean;
}): RecoveryDecision {
  if (input.autosave === null) return 'none';
  if (input.recoverParam) return 'restore';
  return input.closedCleanly ? 'none' : 'ask';
}

/** Whether the URL's query asks to recover (`?recover=1` or `?recover=true`). */
export function hasRecoverParam(search: string): boolean {
  const value = new URLSearchParams(search).get(RECOVER_PARAM);
  return value === '1' || value === 'true';
}

/** Whether the previous session's flag says it closed cleanly (no flag: a first start, nothing to recover). */
export function closedCleanly(flag: string | null): boolean {
  return flag !== 'open';
}
