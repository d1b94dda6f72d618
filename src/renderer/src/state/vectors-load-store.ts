import { useSyncExternalStore } from 'react';
import { StudioError } from '../../../shared/errors';
import {
  streamVectorsFile,
  type VectorsFile,
  type VectorsLoadClient,
  type VectorsLoadStep,
  type VectorsLoaded,
} from './vectors-load';

/** What the word-vector progress panel shows. */
export type VectorsLoadView =
  | { readonly kind: 'idle' }
  | {
      readonly kind: 'reading';
      readonly fileName: string;
      readonly step: VectorsLoadStep;
      /** Seconds since reading began, at the latest step (for MB/s). */
      readonly seconds: number;
    };

/**
 * The streamed word-vector load of the one app window: how far reading has come, and Cancel. A module-level
 * store, because the load is started by the workflow (its "Load word vectors…" action) and shown by the map
 * settings, and Cancel must reach the load from there; one window loads one file at a time, as the core does.
 */
class VectorsLoadStore {
  private view: VectorsLoadView = { kind: 'idle' };
  private readonly listeners = new Set<() => void>();
  private controller: AbortController | null = null;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly snapshot = (): VectorsLoadView => this.view;

  /**
   * Loads `file` (cancelling a load still running); resolves with the new embedder, or null when the user
   * cancelled (nothing changed), and rejects with the core's error (a malformed line, with its number).
   */
  async load(client: VectorsLoadClient, file: VectorsFile): Promise<VectorsLoaded | null> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const startedAt = performance.now();
    const fileName = file.name;
    this.set({
      kind: 'reading',
      fileName,
      seconds: 0,
      step: { bytesRead: 0, totalBytes: file.size, words: 0, full: false },
    });
    const onProgress = (step: VectorsLoadStep): void => {
      if (this.controller !== controller) return;
      this.set({ kind: 'reading', fileName, step, seconds: (performance.now() - startedAt) / 1000 });
    };
    try {
      return await streamVectorsFile(
        client,
        file,
        { maxWords: null, lenient: false },
        onProgress,
        controller.signal,
      );
    } catch (error) {
      if (error instanceof StudioError && error.code === 'cancelled' && controller.signal.aborted)
        return null;
      throw error;
    } finally {
      if (this.controller === controller) {
        this.controller = null;
        this.set({ kind: 'idle' });
      }
    }
  }

  /** Cancel: the core drops the load at once; the embedders and the selection stay as they were. */
  cancel(): void {
    this.controller?.abort();
  }

  private set(view: VectorsLoadView): void {
    this.view = view;
    for (const listener of this.listeners) listener();
  }
}

/** The window's streamed word-vector load. */
export const vectorsLoad = new VectorsLoadStore();

/** The progress panel's view of {@link vectorsLoad}, re-rendering on every change. */
export function useVectorsLoadView(): VectorsLoadView {
  return useSyncExternalStore(vectorsLoad.subscribe, vectorsLoad.snapshot);
}
