import type { StudioErrorInfo } from '../errors';
import type { CoreCallName, CoreInput, CoreOutput } from './core-calls';
import type { SaveFileRequest } from './host-calls';
import type { JobEventListener } from './job-events';
import type { RenderPdfRequest } from './pdf-calls';
import type {
  ReadRecentDocumentReply,
  ReadRecentDocumentRequest,
  RecentDocument,
} from './recent-document-calls';
import type { SaveOutcome } from './studio-client';

/**
 * Errors lose their fields when they cross Electron's IPC and context bridge, so desktop calls resolve to an
 * explicit success-or-error value; the renderer's desktop client turns errors back into StudioErrors.
 */
export type CallReply<Output> =
  { readonly ok: true; readonly output: Output } | { readonly ok: false; readonly error: StudioErrorInfo };

/**
 * What the sandboxed preload exposes as `window.embeddingStudioBridge`: one method per message, no raw
 * `ipcRenderer`. Implemented, by type, in src/preload/index.ts.
 */
export type DesktopBridge = {
  readonly [Name in CoreCallName]: (input: CoreInput<Name>) => Promise<CallReply<CoreOutput<Name>>>;
} & {
  readonly saveFile: (request: SaveFileRequest) => Promise<CallReply<SaveOutcome>>;
  readonly renderPdf: (request: RenderPdfRequest) => Promise<CallReply<{ bytes: Uint8Array }>>;
  /**
   * Tells main about a file the user chose or dropped. The preload learns its path itself (the page cannot
   * name one); resolves with null for a File that has no path on disk.
   */
  readonly noteRecentDocument: (file: File) => Promise<CallReply<RecentDocument> | null>;
  readonly readRecentDocument: (
    request: ReadRecentDocumentRequest,
  ) => Promise<CallReply<ReadRecentDocumentReply>>;
  readonly onOpenDocument: (listener: (document: RecentDocument) => void) => () => void;
  readonly onJobEvent: (listener: JobEventListener) => () => void;
};

/** IPC channel names, derived in one place so main and preload cannot disagree. */
export const IPC_CHANNELS = {
  call: (name: CoreCallName): string => `core:${name}`,
  jobEvent: 'core:job-event',
  saveFile: 'host:save-file',
  renderPdf: 'host:render-pdf',
  noteRecentDocument: 'host:note-recent-document',
  readRecentDocument: 'host:read-recent-document',
  /** main → renderer: the OS asked to open a file (command line, second instance, dock). */
  openDocument: 'host:open-document',
  /** renderer → main, once it listens: the open requests that came before (e.g. on the command line). */
  takeOpenRequests: 'host:take-open-requests',
} as const;
