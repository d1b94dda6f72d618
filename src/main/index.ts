import { app, BrowserWindow } from 'electron';
import { IPC_CHANNELS } from '../shared/contract';
import { findResourcesDir } from '../node/resources-dir';
import { startCoreProcess, type CoreProcessHost } from './core-process-host';
import { registerIpcHandlers } from './ipc-handlers';
import { createMainWindow } from './main-window';
import { applySecurityPolicies } from './security';

/**
 * The Electron main process: windows, security policy, IPC wiring. It does no computing itself; the core
 * runs in a utility process.
 */
let core: CoreProcessHost | undefined;
let mainWindow: BrowserWindow | undefined;

function openMainWindow(): void {
  const window = createMainWindow();
  mainWindow = window;
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
  });
}

app.enableSandbox();
void app.whenReady().then(() => {
  applySecurityPolicies();
  const host = startCoreProcess(findResourcesDir());
  core = host;
  registerIpcHandlers(host.api, () => mainWindow);
  host.onJobEvent((event) => {
    if (mainWindow !== undefined && !mainWindow.isDestroyed())
      mainWindow.webContents.send(IPC_CHANNELS.jobEvent, event);
  });
  openMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => {
  void core?.close();
});
