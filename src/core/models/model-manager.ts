import type { CatalogueModel, InstalledModel, ModelDtype } from '../../shared/contract';
import type { Embedder } from '../embedders/embedder';

/** The weight precisions a download may ask for. */
export type DownloadDtype = ModelDtype;

/** Byte progress of a download. */
export interface DownloadProgress {
  /** Bytes on disk so far, counting what an earlier, interrupted download left (resume). */
  readonly done: number;
  /** Bytes of every file of the download, once the server has said. */
  readonly total: number;
  /** Bytes per second over the last few seconds (0 until measurable). */
  readonly ratePerSecond: number;
  /** Estimated milliseconds left, when the rate is known. */
  readonly etaMs?: number;
}

/** What a running download sees: its cancellation signal and where to report bytes. */
export interface DownloadControl {
  readonly signal: AbortSignal;
  onProgress(progress: DownloadProgress): void;
}

/**
 * The user's transformer models, as the pure core needs them: listing, the download switch, downloads and
 * removal. The core never touches files or the network itself; a host (Node) implements this, and a core
 * without one (tests, a browser-only build) simply has no models.
 */
export interface ModelManager {
  /** Installed models and the recommended catalogue (each marked installed or not). */
  list(): Promise<{ installed: InstalledModel[]; catalogue: CatalogueModel[] }>;
  /** Whether the user has allowed downloads (persisted; false until they say otherwise). */
  downloadsAllowed(): Promise<boolean>;
  /** Saves the user's switch and returns the value now in effect. */
  setDownloadsAllowed(allowed: boolean): Promise<boolean>;
  /**
   * Throws a user-facing error, before any job starts, when this download cannot begin: downloads are off
   * (and then nothing touches the network), the model is not in the catalogue, or it is already installed.
   */
  checkDownload(modelId: string, dtype: DownloadDtype): Promise<void>;
  /** Downloads, verifies and installs the model; resolves with its embedder (id `model:<id>`). */
  download(modelId: string, dtype: DownloadDtype, control: DownloadControl): Promise<Embedder>;
  /** Deletes an installed model; resolves with the id of the embedder that must go with it. */
  remove(modelId: string): Promise<{ embedderId: string }>;
}
