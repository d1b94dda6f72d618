/** Why Electron says a renderer process went away (`RenderProcessGoneDetails['reason']`). */
export type RendererGoneReason =
  | 'clean-exit'
  | 'abnormal-exit'
  | 'killed'
  | 'crashed'
  | 'oom'
  | 'launch-failed'
  | 'integrity-failure'
  | 'memory-eviction';

/** Something wrong with the window's page. */
export type RendererFault =
  { readonly kind: 'gone'; readonly reason: RendererGoneReason } | { readonly kind: 'unresponsive' };

/**
 * What to offer the user: nothing (a normal exit, or a kill we caused ourselves), a reload that restores the
 * autosaved work, a choice between waiting and reloading for a hung page, or quitting when reloading cannot
 * help (a damaged installation, or a page that keeps crashing).
 */
export type RecoveryDecision =
  | { readonly action: 'ignore' }
  | { readonly action: 'offer-reload'; readonly cause: 'crashed' | 'out-of-memory' }
  | { readonly action: 'offer-wait-or-reload' }
  | { readonly action: 'offer-quit'; readonly cause: 'crash-loop' | 'damaged-install' };

/** Crashes within this window (ms) count towards a crash loop: a minute is longer than any reload takes. */
export const CRASH_LOOP_WINDOW_MS = 60_000;

/** This many crashes within the window means reloading is not helping (the third crash in a minute). */
export const CRASH_LOOP_COUNT = 3;

/** The crash times still inside the crash-loop window, with `now` added. */
export function recordCrash(recentCrashes: readonly number[], now: number): number[] {
  return [...recentCrashes.filter((time) => now - time < CRASH_LOOP_WINDOW_MS), now];
}

/**
 * Decides what to offer after a renderer fault. `recentCrashes` already includes this one when it is a
 * crash (see {@link recordCrash}); `killedByUs` is true when the main process itself ended a hung renderer
 * in order to reload it, so that "gone" is expected and needs no second dialog.
 */
export function decideRecovery(
  fault: RendererFault,
  recentCrashes: readonly number[],
  killedByUs: boolean,
): RecoveryDecision {
  if (fault.kind === 'unresponsive') return { action: 'offer-wait-or-reload' };
  if (fault.reason === 'clean-exit' || killedByUs) return { action: 'ignore' };
  // The code on disk failed its integrity check: a reload loads the same damaged files.
  if (fault.reason === 'integrity-failure') return { action: 'offer-quit', cause: 'damaged-install' };
  if (recentCrashes.length >= CRASH_LOOP_COUNT) return { action: 'offer-quit', cause: 'crash-loop' };
  return { action: 'offer-reload', cause: fault.reason === 'oom' ? 'out-of-memory' : 'crashed' };
}
