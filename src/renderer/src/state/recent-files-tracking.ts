import { useCallback, useMemo, useState } from 'react';
import type { SampleInfo } from '../../../shared/contract';
import {
  loadRecentFiles,
  rememberRecentFile,
  type RecentFile,
  type RecentFilesStorage,
} from './recent-files';
import type { WorkflowActions } from './use-workflow';

/** The recent list and the workflow's open actions, wrapped so that each open is remembered. */
export interface RecentFilesTracking {
  readonly recent: readonly RecentFile[];
  readonly actions: WorkflowActions;
}

function browserStorage(): RecentFilesStorage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage can be switched off by policy: the list then lives only in this session.
    return null;
  }
}

/**
 * Remembers every data set, project and sample the user opens (through the pickers, a drop, the recent list
 * itself) in the recent-files list, by wrapping the workflow's `openFile`, `openProject` and `chooseSample`.
 */
export function useRecentFilesTracking(
  actions: WorkflowActions,
  samples: readonly SampleInfo[],
): RecentFilesTracking {
  const [storage] = useState(browserStorage);
  const [recent, setRecent] = useState<readonly RecentFile[]>(() => loadRecentFiles(storage));
  const remember = useCallback(
    (entry: Omit<RecentFile, 'openedAt'>) => {
      setRecent(rememberRecentFile(storage, { ...entry, openedAt: Date.now() }));
    },
    [storage],
  );
  const wrapped = useMemo<WorkflowActions>(
    () => ({
      ...actions,
      openFile: (file) => {
        remember({ kind: 'data', name: file.name, size: file.size, sampleId: null });
        actions.openFile(file);
      },
      openProject: (file) => {
        remember({ kind: 'project', name: file.name, size: file.size, sampleId: null });
        actions.openProject(file);
      },
      chooseSample: (sampleId) => {
        const name = samples.find((sample) => sample.id === sampleId)?.fileName ?? sampleId;
        remember({ kind: 'sample', name, size: null, sampleId });
        actions.chooseSample(sampleId);
      },
    }),
    [actions, remember, samples],
  );
  return { recent, actions: wrapped };
}
