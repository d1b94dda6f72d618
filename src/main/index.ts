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
import { documentPathsFromArgv } from './document-arguments';
import { OpenRequests } from './open-requests';
import { printSvgToPdf } from './print-pdf';
import { RecentDocuments } from './recent-documents';
import { nodeRecentDocumentsFs } from './recent-documents-fs';
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

/** Files the OS asks to open, queued until the page listens (open-requests.ts). */
const openRequests = new OpenRequests((document) => {
  if (mainWindow === undefined || mainWindow.isDestroyed()) return false;
  mainWindow.webContents.send(IPC_CHANNELS.openDocument, document);
  return true;
});
let documents: RecentDocuments | undefined;
let mainLog: MainLog | undefined;
/** Paths asked for before the app was ready (macOS sends `open-file` that early). */
const earlyPaths: string[] = [];

function openMainWindow(log: MainLog): void {
  const window = createMainWindow(entryUrl);
  mainWindow = window;
  watchRendererHealth(window, recoveryUrl(entryUrl), log);
  window.webContents.on('did-start-loading', () => {
    openRequests.pageUnloaded();
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
  });
}

/** A file the OS asked us to open: allow-listed (and added to the OS's recent documents), then sent to the page. */
function openDocumentPath(path: string): void {
  if (documents === undefined || mainLog === undefined) {
    earlyPaths.push(path);
    return;
  }
  documents.note(path).then(
    (document) => {
      openRequests.push(document);
      if (mainWindow !== undefined && !mainWindow.isDestroyed()) mainWindow.focus();
    },
    (error: unknown) => {
      mainLog?.warn(
        'documents',
        `could not open ${path}: ${error instanceof Error ? error.message : String(error)}`,
      );
    },
  );
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
/** The first instance's start: open-file from the OS, then the core, the IPC handlers and the window. */
function startFirstInstance(): void {
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openDocumentPath(path);
  });
  void app.whenReady().then(startWhenReady);
}

function startWhenReady(): void {
  const log = openMainLog();
  mainLog = log;
  const recent = new RecentDocuments(nodeRecentDocumentsFs(app.getPath('userData')), app);
  documents = recent;
  applySecurityPolicies(log);
  handleAppProtocol(join(import.meta.dirname, '..', 'renderer'), log);
  const host = startCoreProcess(resourcesDir());
  core = host;
  registerIpcHandlers({
    core: host.api,
    getWindow: () => mainWindow,
    trustedOrigins: trustedIpcOrigins(devServerUrl, app.isPackaged),
    log,
    documents: recent,
    renderPdf: printSvgToPdf,
    takeOpenRequests: () => openRequests.take(),
  });
  host.onJobEvent((event) => {
    if (mainWindow !== undefined && !mainWindow.isDestroyed())
      mainWindow.webContents.send(IPC_CHANNELS.jobEvent, event);
  });
  openMainWindow(log);
  const launchedWith = documentPathsFromArgv(process.argv, {
    isPackaged: app.isPackaged,
    workingDirectory: process.cwd(),
  });
  for (const path of [...earlyPaths.splice(0), ...launchedWith]) openDocumentPath(path);
  app.on('second-instance', (_event, argv, workingDirectory) => {
    for (const path of documentPathsFromArgv(argv, { isPackaged: app.isPackaged, workingDirectory })) {
      openDocumentPath(path);
    }
    if (mainWindow !== undefined && !mainWindow.isDestroyed()) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow(log);
  });
}

// One window for one user: a second launch (a double-clicked file, a jump-list entry) hands its files to the
// first through `second-instance` and quits.
if (app.requestSingleInstanceLock()) startFirstInstance();
else app.quit();

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => {
  void core?.close();
});
