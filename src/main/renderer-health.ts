import { app, dialog, type BrowserWindow } from 'electron';
import type { MainLog } from './main-log';
import { recoveryDialog, type RecoveryChoice } from './recovery-dialog';
import { decideRecovery, recordCrash, type RendererFault } from './renderer-recovery';

/**
 * Watches the window's renderer: when it crashes (`render-process-gone`) or hangs (`unresponsive`), asks the
 * user (a native dialog) and reloads it at `reloadUrl` (the entry URL with `?recover=1`, so the renderer
 * restores its autosaved session without asking). The decision itself is {@link decideRecovery}.
 */
export function watchRendererHealth(window: BrowserWindow, reloadUrl: string, log: MainLog): void {
  let recentCrashes: number[] = [];
  let killedByUs = false;
  let dialogOpen = false;

  const handle = async (fault: RendererFault): Promise<void> => {
    if (fault.kind === 'gone' && fault.reason !== 'clean-exit' && !killedByUs) {
      recentCrashes = recordCrash(recentCrashes, Date.now());
    }
    const decision = decideRecovery(fault, recentCrashes, killedByUs);
    killedByUs = false;
    if (decision.action === 'ignore' || dialogOpen || window.isDestroyed()) return;
    dialogOpen = true;
    const box = recoveryDialog(decision, app.getLocale());
    let choice: RecoveryChoice | undefined;
    try {
      const answer = await dialog.showMessageBox(window, { ...box, buttons: [...box.buttons], noLink: true });
      choice = box.choices[answer.response];
    } finally {
      dialogOpen = false;
    }
    log.info('renderer', `${decision.action}: the user chose ${choice ?? 'nothing'}`);
    if (window.isDestroyed()) return;
    if (choice === 'quit') {
      app.quit();
    } else if (choice === 'reload') {
      if (fault.kind === 'unresponsive') {
        // A hung renderer does not process a navigation; end it first (its "gone" event is then expected).
        killedByUs = true;
        window.webContents.forcefullyCrashRenderer();
      }
      await window.webContents.loadURL(reloadUrl);
    }
  };

  const logFailure = (error: unknown): void => {
    log.error('renderer', `recovery failed: ${error instanceof Error ? error.message : String(error)}`);
  };
  window.webContents.on('render-process-gone', (_event, details) => {
    log.error('renderer', `render process gone: ${details.reason} (exit code ${details.exitCode})`);
    handle({ kind: 'gone', reason: details.reason }).catch(logFailure);
  });
  window.on('unresponsive', () => {
    log.warn('renderer', 'the window is not responding');
    handle({ kind: 'unresponsive' }).catch(logFailure);
  });
}
