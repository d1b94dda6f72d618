import type { CoreApi } from './core-calls';
import type { JobEventListener } from './job-events';
import type { SaveFileRequest } from './host-calls';

/** Where an exported file ended up, or that the user cancelled the save dialog. */
export type SaveOutcome = { readonly saved: true; readonly location: string } | { readonly saved: false };

/**
 * What the renderer talks to: the core's calls plus the host's own abilities. The desktop app implements it
 * in the preload (IPC); the browser build implements it over HTTP against the local web server.
 */
export interface StudioClient extends CoreApi {
  /** Subscribes to every job's events; returns the function that unsubscribes. */
  onJobEvent(listener: JobEventListener): () => void;
  /** Lets the user save a file: a save dialog in the desktop app, a download in the browser. */
  saveFile(request: SaveFileRequest): Promise<SaveOutcome>;
  /** 'desktop' or 'web': the renderer adapts wording (e.g. "Save" vs "Download"). */
  readonly host: 'desktop' | 'web';
}
