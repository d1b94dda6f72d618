import type { StudioClient } from '../../../shared/contract';
import { isCrash } from './crash-restore-plan';
import type { LookOfView } from './project-view';
import type { WorkspaceViewLink } from './project-view-sync';
import { useViewLink } from './project-view-link';
import { useAutosave } from './use-autosave';
import { useRecovery, type Recovery } from './use-recovery';
import type { WorkflowActions } from './use-workflow';
import { startupSettled, type WorkflowState } from './workflow-state';

/** What the app shell wires from the session: the view link, the view reader for saves, and recovery. */
export interface ProjectSession {
  readonly viewLink: WorkspaceViewLink;
  readonly readLook: () => LookOfView | null;
  readonly recovery: Recovery;
}

/**
 * The session's continuity in one place: the view shared with the plot workspace (saved with projects and
 * restored when one opens), the autosave of the current project, and recovery of a session that crashed.
 */
export function useProjectSession(
  client: StudioClient | null,
  state: WorkflowState,
  actions: WorkflowActions,
): ProjectSession {
  const view = useViewLink(state.openedView, actions.reportError);
  const settled = startupSettled(state);
  const recovery = useRecovery({
    settled,
    openProject: actions.openProject,
    reportError: actions.reportError,
  });
  useAutosave({
    client,
    result: state.result,
    textColumn: state.textColumn,
    labelColumn: state.labelColumn,
    datasetName: state.preview?.name ?? null,
    readLook: view.readLook,
    revision: view.revision,
    // After a crash the core no longer has the map on screen: saving waits until the restore renames it.
    paused: !recovery.decided || isCrash(state.error),
    reportError: actions.reportError,
  });
  return { viewLink: view.link, readLook: view.readLook, recovery };
}
