import { join } from 'node:path';
import { BrowserWindow } from 'electron';

/**
 * Creates the app window with the locked-down defaults (sandbox, context isolation, no Node in the page,
 * middle-click "open in new window" off) and loads `entryUrl`: the app protocol, or the dev server while
 * developing.
 */
export function createMainWindow(entryUrl: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Embedding Studio',
    webPreferences: {
      preload: join(import.meta.dirname, '..', 'preload', 'index.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Middle-click (auxclick) on a link would open it in a new window, past the navigation limits.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => {
    window.show();
  });
  void window.loadURL(entryUrl);
  return window;
}
