import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DesktopDocuments, RecentDocument, SampleInfo } from '../../../shared/contract';
import { toStudioErrorInfo } from '../../../shared/errors';
import { PROJECT_FILE_EXTENSION } from './project-files';
import { readDocumentFile } from './recent-document-file';
import {
  kindOfDocument,
  loadRecentFiles,
  rememberRecentFile,
  type RecentFile,
  type RecentFilesStorage,
} from './recent-files';
import type { WorkflowActions } from './use-workflow';

/** The recent list, the workflow's open actions wrapped so that each open is remembered, and reopening. */
export interface RecentFilesTracking {
  readonly recent: readonly RecentFile[];
  readonly actions: WorkflowActions;
  /** Reopens a remembered file by itself (desktop only; null in a browser, which must pick it again). */
  readonly reopen: ((entry: RecentFile) => void) | null;
}

function browserStorage(): RecentFilesStorage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage can be switched off by policy: the list then lives only in this session.
    return null;
  }
}

type FileKind = 'data' | 'project';

/**
 * Remembers every data set, project and sample the user opens (through the pickers, a drop, the recent list
 * itself) in the recent-files list, by wrapping the workflow's `openFile`, `openProject` and `chooseSample`.
 * In the desktop app (`documents` present) each picked or dropped file is also noted with the host, which
 * adds it to the OS's recent documents and gives the id that reopens it; files the OS asks the app to open
 * (command line, dock, jump list) are opened and remembered the same way.
 */
export function useRecentFilesTracking(
  actions: WorkflowActions,
  samples: readonly SampleInfo[],
  documents: DesktopDocuments | null = null,
): RecentFilesTracking {
  const [storage] = useState(browserStorage);
  const [recent, setRecent] = useState<readonly RecentFile[]>(() => loadRecentFiles(storage));
  const remember = useCallback(
    (entry: Omit<RecentFile, 'openedAt'>) => {
      setRecent(rememberRecentFile(storage, { ...entry, openedAt: Date.now() }));
    },
    [storage],
  );
  const open = useCallback(
    (kind: FileKind, file: File) => {
      if (kind === 'project') actions.openProject(file);
      else actions.openFile(file);
    },
    [actions],
  );
  /** Opens a picked or dropped file, remembers it, and (desktop) notes it with the host for its id. */
  const openPicked = useCallback(
    (kind: FileKind, file: File) => {
      remember({ kind, name: file.name, size: file.size, sampleId: null });
      open(kind, file);
      documents?.noteOpened(file).then(
        (noted) => {
          if (noted !== null)
            remember({
              kind,
              name: file.name,
              size: file.size,
              sampleId: null,
              documentId: noted.documentId,
            });
        },
        // The file opened; only reopening it by itself is lost, which the list shows by offering the picker.
        () => undefined,
      );
    },
    [documents, open, remember],
  );
  const openDocument = useCallback(
    (kind: FileKind, document: Pick<RecentDocument, 'documentId' | 'name'>) => {
      if (documents === null) return;
      readDocumentFile(documents, document).then(
        (file) => {
          remember({
            kind,
            name: document.name,
            size: file.size,
            sampleId: null,
            documentId: document.documentId,
          });
          open(kind, file);
        },
        (error: unknown) => {
          const info = toStudioErrorInfo(error);
          actions.reportError(info);
        },
      );
    },
    [actions, documents, open, remember],
  );
  // Subscribed once per host (subscribing hands over the requests queued before): the latest opener is used.
  const latestOpenDocument = useRef(openDocument);
  useEffect(() => {
    latestOpenDocument.current = openDocument;
  });
  useEffect(
    () =>
      documents?.onOpenRequest((document) => {
        latestOpenDocument.current(kindOfDocument(document.name, PROJECT_FILE_EXTENSION), document);
      }),
    [documents],
  );
  const wrapped = useMemo<WorkflowActions>(
    () => ({
      ...actions,
      openFile: (file) => {
        openPicked('data', file);
      },
      openProject: (file) => {
        openPicked('project', file);
      },
      chooseSample: (sampleId) => {
        const name = samples.find((sample) => sample.id === sampleId)?.fileName ?? sampleId;
        remember({ kind: 'sample', name, size: null, sampleId });
        actions.chooseSample(sampleId);
      },
    }),
    [actions, openPicked, remember, samples],
  );
  const reopen = useCallback(
    (entry: RecentFile) => {
      if (entry.kind === 'sample' || entry.documentId === undefined) return;
      openDocument(entry.kind, { documentId: entry.documentId, name: entry.name });
    },
    [openDocument],
  );
  return { recent, actions: wrapped, reopen: documents === null ? null : reopen };
}
