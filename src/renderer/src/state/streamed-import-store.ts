import { useSyncExternalStore } from 'react';
import type { DatasetPreview, SampleSpec, StudioClient } from '../../../shared/contract';
import { StudioError } from '../../../shared/errors';
import { DEFAULT_SEED } from './workflow-state';
import { headerColumns, streamFile, suggestedStratum, type ImportProgressInfo } from './streamed-import';

/** 64 KiB of the file's head: enough for any header line, read to offer its columns for stratifying. */
const HEAD_BYTES = 64 * 1024;

/** Hands the workflow a finished (or failed) open, as its `open` expects: a function that loads the preview. */
export type DeliverOpen = (load: () => Promise<DatasetPreview>) => void;

/** What the import panel shows. */
export type StreamedImportView =
  | { readonly kind: 'idle' }
  | {
      readonly kind: 'asking';
      readonly file: File;
      readonly columns: readonly string[];
      readonly stratum: string | null;
    }
  | {
      readonly kind: 'reading';
      readonly file: File;
      readonly progress: ImportProgressInfo;
      /** Seconds since reading began, at the latest progress step (for rows/s). */
      readonly seconds: number;
    }
  | { readonly kind: 'done'; readonly kept: number; readonly read: number; readonly sampled: boolean };

/** What the user answers the large-file prompt: every row, or a sample. */
export type ImportChoice =
  | { readonly kind: 'all' }
  | { readonly kind: 'sample'; readonly size: number; readonly stratifyBy: string | null };

/**
 * The streamed import of the one app window: which large file waits for the user's choice, how far reading
 * has come, and Cancel. A module-level store, because it is driven from the workflow (the picker and the
 * drop zone both open files through it) and shown by the import panel, which sit in different branches of
 * the component tree; one window has one import at a time, as the core does.
 */
class StreamedImportStore {
  private view: StreamedImportView = { kind: 'idle' };
  private readonly listeners = new Set<() => void>();
  private pending: { client: StudioClient; deliver: DeliverOpen } | null = null;
  private controller: AbortController | null = null;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly snapshot = (): StreamedImportView => this.view;

  /** A large file was picked or dropped: ask keep-all or sample (offering its header's columns). */
  offer(client: StudioClient, file: File, deliver: DeliverOpen): void {
    this.controller?.abort();
    this.pending = { client, deliver };
    this.set({ kind: 'asking', file, columns: [], stratum: null });
    void file
      .slice(0, HEAD_BYTES)
      .text()
      .then((head) => {
        if (this.view.kind !== 'asking' || this.view.file !== file) return;
        const columns = headerColumns(file.name, head);
        this.set({ ...this.view, columns, stratum: suggestedStratum(columns) });
      })
      .catch(() => undefined);
  }

  /** The user's answer: reads the file in chunks, then hands the preview (or the error) to the workflow. */
  choose(choice: ImportChoice): void {
    if (this.view.kind !== 'asking' || this.pending === null) return;
    const { file } = this.view;
    const { client, deliver } = this.pending;
    const sample: SampleSpec | null =
      choice.kind === 'all' ? null : { size: choice.size, seed: DEFAULT_SEED, stratifyBy: choice.stratifyBy };
    const controller = new AbortController();
    this.controller = controller;
    const startedAt = performance.now();
    this.set({
      kind: 'reading',
      file,
      seconds: 0,
      progress: { bytesRead: 0, totalBytes: file.size, rows: 0 },
    });
    const onProgress = (progress: ImportProgressInfo): void => {
      const seconds = (performance.now() - startedAt) / 1000;
      if (this.controller === controller) this.set({ kind: 'reading', file, seconds, progress });
    };
    streamFile(client, file, sample, onProgress, controller.signal).then(
      (preview) => {
        if (this.controller !== controller) return;
        this.controller = null;
        this.set({ kind: 'done', kept: preview.rowCount, read: preview.rowsRead, sampled: preview.sampled });
        deliver(() => Promise.resolve(preview));
      },
      (error: unknown) => {
        if (this.controller !== controller) return;
        this.controller = null;
        this.set({ kind: 'idle' });
        // Cancel leaves everything as it was: no error, the open data set stays.
        if (!(error instanceof StudioError && error.code === 'cancelled'))
          deliver(() => Promise.reject(error instanceof Error ? error : new Error(String(error))));
      },
    );
  }

  /** Changes the stratum offered in the prompt. */
  chooseStratum(stratum: string | null): void {
    if (this.view.kind === 'asking') this.set({ ...this.view, stratum });
  }

  /** Cancel: stops reading (the core drops the import) or dismisses the prompt. */
  cancel(): void {
    this.controller?.abort();
    this.controller = null;
    this.pending = null;
    this.set({ kind: 'idle' });
  }

  private set(view: StreamedImportView): void {
    this.view = view;
    for (const listener of this.listeners) listener();
  }
}

/** The window's streamed import. */
export const streamedImport = new StreamedImportStore();

/** The import panel's view of {@link streamedImport}, re-rendering on every change. */
export function useStreamedImportView(): StreamedImportView {
  return useSyncExternalStore(streamedImport.subscribe, streamedImport.snapshot);
}
