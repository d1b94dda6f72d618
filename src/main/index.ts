import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow } from 'electron';
import { IPC_CHANNELS } from '../shared/contract';
import { findResourcesDir } from '../node/resources-dir';
import { handleAppProtocol, registerAppSchemeAsPrivileged } from './app-protocol/register-app-protocol';
import { startCoreProcess, type CoreProcessHost } from './core-process-host';
import { registerIpcHandlers } from './ipc-handlers';
import { trustedIpcOrigins } from './ipc-trust';
import { createMainLog, type MainLog } from './main-log';
import { createMainWindow } from './main-window';
import { recoveryUrl, rendererEntryUrl } from './renderer-entry';
import { watchRendererHealth } from './renderer-health';
import { applySecurityPolicies } from './security';

/**
 * The Electron main process: windows, security policy, IPC wiring. It does no computing itself; the core
 * runs in a utility process.
 */
let core: CoreProcessHost | undefined;
let mainWindow: BrowserWindow | undefined;

// electron-vite's dev server, honoured only in development, never in a packaged build.
const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
const entryUrl = rendererEntryUrl(devServerUrl, app.isPackaged);

function openMainWindow(log: MainLog): void {
  const window = createMainWindow(entryUrl);
  mainWindow = window;
  watchRendererHealth(window, recoveryUrl(entryUrl), log);
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
  });
}

/** The main log, appended to `main.log` in Electron's logs folder (stderr only if that cannot be created). */
function openMainLog(): MainLog {
  try {
    const folder = app.getPath('logs');
    mkdirSync(folder, { recursive: true });
    return createMainLog(join(folder, 'main.log'));
  } catch {
    return createMainLog();
  }
}

/**
 * Where the sample sets (and lessons, and bundled models) are: an installed app keeps them beside app.asar
 * in its resources folder (build/electron-builder.config.mjs's extraResources); a checkout finds resources/.
 */
function resourcesDir(): string {
  return app.isPackaged ? process.resourcesPath : findResourcesDir();
}

app.enableSandbox();
registerAppSchemeAsPrivileged();
void app.whenReady().then(() => {
  const log = openMainLog();
  applySecurityPolicies(log);
  handleAppProtocol(join(import.meta.dirname, '..', 'renderer'), log);
  const host = startCoreProcess(resourcesDir());
  core = host;
  registerIpcHandlers({
    core: host.api,
    getWindow: () => mainWindow,
    trustedOrigins: trustedIpcOrigins(devServerUrl, app.isPackaged),
    log,
  });
  host.onJobEvent((event) => {
    if (mainWindow !== undefined && !mainWindow.isDestroyed())
      mainWindow.webContents.send(IPC_CHANNELS.jobEvent, event);
  });
  openMainWindow(log);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow(log);
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => {
  void core?.close();
});
