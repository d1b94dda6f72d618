import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DisplayError } from '../i18n/translate-error';
import type { LookOfView, OpenedProjectView } from './project-view';
import type { WorkspaceViewLink } from './project-view-sync';

/** The shell's side of the view: the link for the workspace, a reader for saves and a change counter. */
export interface ViewLinkState {
  readonly link: WorkspaceViewLink;
  /** The workspace's current look, or null while no workspace has registered (nothing drawn yet). */
  readonly readLook: () => LookOfView | null;
  /** Grows on every change a save records: autosave debounces on it. */
  readonly revision: number;
}

/**
 * Links the shell to the plot workspace's view: hands it an opened project's saved view to apply, and tells
 * the user once when that view failed its check (the map then opens with the default view).
 */
export function useViewLink(
  openedView: OpenedProjectView | null,
  reportError: (error: DisplayError) => void,
): ViewLinkState {
  const reader = useRef<(() => LookOfView) | null>(null);
  const [revision, setRevision] = useState(0);
  const register = useCallback((read: (() => LookOfView) | null) => {
    reader.current = read;
  }, []);
  const changed = useCallback(() => {
    setRevision((value) => value + 1);
  }, []);
  const restore = useMemo(
    () =>
      openedView?.opened.kind === 'view' ? { mapId: openedView.mapId, view: openedView.opened.view } : null,
    [openedView],
  );
  const reported = useRef<OpenedProjectView | null>(null);
  useEffect(() => {
    if (openedView?.opened.kind !== 'invalid' || reported.current === openedView) return;
    reported.current = openedView;
    const reason = openedView.opened.reason;
    reportError({
      code: 'project-view-invalid',
      message: `The project's saved view could not be read (${reason}); the map is shown with the default view.`,
      params: { reason },
    });
  }, [openedView, reportError]);
  const link = useMemo(() => ({ restore, register, changed }), [restore, register, changed]);
  const readLook = useCallback(() => reader.current?.() ?? null, []);
  return { link, readLook, revision };
}
