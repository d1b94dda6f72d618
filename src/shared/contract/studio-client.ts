import type { CoreApi } from './core-calls';
import type { JobEventListener } from './job-events';
import type { SaveFileRequest } from './host-calls';
import type { RenderPdfRequest } from './pdf-calls';
import type {
  ReadRecentDocumentReply,
  ReadRecentDocumentRequest,
  RecentDocument,
} from './recent-document-calls';

/** Where an exported file ended up, or that the user cancelled the save dialog. */
export type SaveOutcome = { readonly saved: true; readonly location: string } | { readonly saved: false };

/**
 * What only the desktop app can do with the user's files: remember one the user chose or dropped (the OS's
 * recent documents and the host's allow-list) and read it again later by its id, without a picker.
 */
export interface DesktopDocuments {
  /** Notes a File the user chose or dropped; null when it has no path on disk (e.g. made in memory). */
  noteOpened(file: File): Promise<RecentDocument | null>;
  /** A chunk of a noted file. */
  read(request: ReadRecentDocumentRequest): Promise<ReadRecentDocumentReply>;
  /** Files the OS asked the app to open (command line, second launch, dock, jump list); returns the unsubscribe. */
  onOpenRequest(listener: (document: RecentDocument) => void): () => void;
}

/**
 * What the renderer talks to: the core's calls plus the host's own abilities. The desktop app implements it
 * in the preload (IPC); the browser build implements it over HTTP against the local web server.
 */
export interface StudioClient extends CoreApi {
  /** Subscribes to every job's events; returns the function that unsubscribes. */
  onJobEvent(listener: JobEventListener): () => void;
  /** Lets the user save a file: a save dialog in the desktop app, a download in the browser. */
  saveFile(request: SaveFileRequest): Promise<SaveOutcome>;
  /** The 2D view's SVG as a one-page vector PDF of the SVG's size. */
  renderPdf(request: RenderPdfRequest): Promise<Uint8Array<ArrayBuffer>>;
  /** Reopening files by themselves: the desktop app only (a browser never learns a file's path). */
  readonly documents: DesktopDocuments | null;
  /** 'desktop' or 'web': the renderer adapts wording (e.g. "Save" vs "Download"). */
  readonly host: 'desktop' | 'web';
}
