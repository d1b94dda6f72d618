import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { DisplayError } from '../i18n/translate-error';
import { fileKindOf } from '../state/project-files';

/** Props of {@link DropZone}. */
export interface DropZoneProps {
  /** A data file was dropped: opened like the file picker's. */
  readonly onData: (file: File) => void;
  /** A project file (.esproj) was dropped. */
  readonly onProject: (file: File) => void;
  readonly onError: (error: DisplayError) => void;
}

/** Whether a drag carries files (not text or a link dragged from the page). */
function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * Files dropped anywhere on the window: a data file opens like the file picker's, a project like "Open
 * project…", anything else is an error in the alert. While files are dragged over the window an overlay says
 * so. The buttons stay for keyboard users; this only adds a shortcut for the mouse.
 */
export function DropZone(props: DropZoneProps): ReactNode {
  const { t } = useI18n();
  const [dragging, setDragging] = useState(false);
  // The latest callbacks, so the window listeners are added once.
  const handlers = useRef(props);
  useEffect(() => {
    handlers.current = props;
  });
  useEffect(() => {
    // dragenter and dragleave fire for every element crossed: counted, the overlay goes when the drag leaves.
    let depth = 0;
    const onEnter = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth++;
      setDragging(true);
    };
    const onOver = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      // Without this the browser would open the file itself in place of the app.
      event.preventDefault();
      if (event.dataTransfer !== null) event.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file === undefined) return;
      const kind = fileKindOf(file.name);
      if (kind === 'data') handlers.current.onData(file);
      else if (kind === 'project') handlers.current.onProject(file);
      else {
        handlers.current.onError({
          code: 'unsupported-format',
          message: `The file ${file.name} cannot be opened: drop a data file (.txt, .csv, .tsv, .json, .jsonl, .npy) or a project file (.esproj).`,
          params: { file: file.name },
        });
      }
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
  if (!dragging) return null;
  return (
    <div className="drop-overlay" data-testid="drop-overlay" role="status" aria-live="polite">
      <p className="drop-overlay-text">{t('project.dropHint')}</p>
    </div>
  );
}
