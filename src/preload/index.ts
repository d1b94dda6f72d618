import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
// Import the bridge's file directly, not the contract's index: the preload must not bundle zod and the schemas.
import { IPC_CHANNELS, type CallReply, type DesktopBridge } from '../shared/contract/desktop-bridge';
import type { JobEvent } from '../shared/contract/job-events';
import type { RecentDocument } from '../shared/contract/recent-document-calls';

/**
 * The sandboxed preload: exposes exactly one method per message and never `ipcRenderer` itself.
 * Inputs are validated again in the main process, which trusts nothing from the renderer.
 */
const invoke = <Output>(channel: string, input: unknown): Promise<CallReply<Output>> =>
  ipcRenderer.invoke(channel, input) as Promise<CallReply<Output>>;

const bridge: DesktopBridge = {
  listSamples: (input) => invoke(IPC_CHANNELS.call('listSamples'), input),
  listEmbedders: (input) => invoke(IPC_CHANNELS.call('listEmbedders'), input),
  openSample: (input) => invoke(IPC_CHANNELS.call('openSample'), input),
  openFile: (input) => invoke(IPC_CHANNELS.call('openFile'), input),
  mergeDuplicateTexts: (input) => invoke(IPC_CHANNELS.call('mergeDuplicateTexts'), input),
  loadWordVectors: (input) => invoke(IPC_CHANNELS.call('loadWordVectors'), input),
  startMap: (input) => invoke(IPC_CHANNELS.call('startMap'), input),
  nearestNeighbors: (input) => invoke(IPC_CHANNELS.call('nearestNeighbors'), input),
  trainWordEmbedder: (input) => invoke(IPC_CHANNELS.call('trainWordEmbedder'), input),
  listModels: (input) => invoke(IPC_CHANNELS.call('listModels'), input),
  setDownloadsAllowed: (input) => invoke(IPC_CHANNELS.call('setDownloadsAllowed'), input),
  downloadModel: (input) => invoke(IPC_CHANNELS.call('downloadModel'), input),
  removeModel: (input) => invoke(IPC_CHANNELS.call('removeModel'), input),
  exportProject: (input) => invoke(IPC_CHANNELS.call('exportProject'), input),
  importProject: (input) => invoke(IPC_CHANNELS.call('importProject'), input),
  beginProjectImport: (input) => invoke(IPC_CHANNELS.call('beginProjectImport'), input),
  appendProjectImport: (input) => invoke(IPC_CHANNELS.call('appendProjectImport'), input),
  finishProjectImport: (input) => invoke(IPC_CHANNELS.call('finishProjectImport'), input),
  abortProjectImport: (input) => invoke(IPC_CHANNELS.call('abortProjectImport'), input),
  solveAnalogy: (input) => invoke(IPC_CHANNELS.call('solveAnalogy'), input),
  startAnalogyEvaluation: (input) => invoke(IPC_CHANNELS.call('startAnalogyEvaluation'), input),
  startClustering: (input) => invoke(IPC_CHANNELS.call('startClustering'), input),
  projectOnAxes: (input) => invoke(IPC_CHANNELS.call('projectOnAxes'), input),
  startCompareMaps: (input) => invoke(IPC_CHANNELS.call('startCompareMaps'), input),
  similarityMatrix: (input) => invoke(IPC_CHANNELS.call('similarityMatrix'), input),
  startMapQuality: (input) => invoke(IPC_CHANNELS.call('startMapQuality'), input),
  placeItems: (input) => invoke(IPC_CHANNELS.call('placeItems'), input),
  exportEmbeddings: (input) => invoke(IPC_CHANNELS.call('exportEmbeddings'), input),
  beginImport: (input) => invoke(IPC_CHANNELS.call('beginImport'), input),
  appendImport: (input) => invoke(IPC_CHANNELS.call('appendImport'), input),
  finishImport: (input) => invoke(IPC_CHANNELS.call('finishImport'), input),
  abortImport: (input) => invoke(IPC_CHANNELS.call('abortImport'), input),
  beginVectorsLoad: (input) => invoke(IPC_CHANNELS.call('beginVectorsLoad'), input),
  appendVectorsLoad: (input) => invoke(IPC_CHANNELS.call('appendVectorsLoad'), input),
  finishVectorsLoad: (input) => invoke(IPC_CHANNELS.call('finishVectorsLoad'), input),
  abortVectorsLoad: (input) => invoke(IPC_CHANNELS.call('abortVectorsLoad'), input),
  cancelJob: (input) => invoke(IPC_CHANNELS.call('cancelJob'), input),
  saveFile: (request) => invoke(IPC_CHANNELS.saveFile, request),
  renderPdf: (request) => invoke(IPC_CHANNELS.renderPdf, request),
  noteRecentDocument: (file) => {
    // The path comes from Electron, for a File the user chose or dropped; a File made in the page has none.
    const path = webUtils.getPathForFile(file);
    return path === '' ? Promise.resolve(null) : invoke(IPC_CHANNELS.noteRecentDocument, { path });
  },
  readRecentDocument: (request) => invoke(IPC_CHANNELS.readRecentDocument, request),
  onOpenDocument: (listener) => {
    const handler = (_event: IpcRendererEvent, document: RecentDocument): void => {
      listener(document);
    };
    ipcRenderer.on(IPC_CHANNELS.openDocument, handler);
    // Files named before the page listened (a double-clicked file starts the app) wait in main until now.
    void invoke<RecentDocument[]>(IPC_CHANNELS.takeOpenRequests, {}).then((reply) => {
      if (reply.ok) for (const document of reply.output) listener(document);
    });
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.openDocument, handler);
    };
  },
  onJobEvent: (listener) => {
    const handler = (_event: IpcRendererEvent, jobEvent: JobEvent): void => {
      listener(jobEvent);
    };
    ipcRenderer.on(IPC_CHANNELS.jobEvent, handler);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.jobEvent, handler);
    };
  },
};

contextBridge.exposeInMainWorld('embeddingStudioBridge', bridge);
