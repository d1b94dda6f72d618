import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { PROJECT_FILE_EXTENSION } from '../state/project-files';
import { canReopen, type RecentFile } from '../state/recent-files';
import type { WorkflowActions } from '../state/use-workflow';
import { FilePickerButton } from './FilePickerButton';

/** The data files the file picker accepts (as DatasetSourcePicker's). */
const DATA_ACCEPT = '.txt,.csv,.tsv,.json,.jsonl,.ndjson,.npy';

/** Props of {@link RecentFiles}. */
export interface RecentFilesProps {
  readonly recent: readonly RecentFile[];
  /** The tracked actions (state/recent-files-tracking.ts): reopening counts as opening. */
  readonly actions: Pick<WorkflowActions, 'chooseSample' | 'openFile' | 'openProject'>;
  readonly busy: boolean;
  /** Reopens a file by itself: the desktop app, for files it remembers; null in a browser. */
  readonly onReopen: ((entry: RecentFile) => void) | null;
}

/**
 * The last ten files, projects and samples opened: a sample reopens with one click, and so does a file in the
 * desktop app (its host remembers the file); otherwise a file says honestly that it must be picked again (a
 * browser cannot reopen it by name) and offers the picker for it.
 */
export function RecentFiles(props: RecentFilesProps): ReactNode {
  const { language, t } = useI18n();
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' });
  const kilobytes = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  return (
    <details className="recent-files" data-testid="recent-files">
      <summary>{t('recent.heading')}</summary>
      {props.recent.length === 0 ? (
        <p className="muted small">{t('recent.empty')}</p>
      ) : (
        <ul className="recent-list">
          {props.recent.map((entry) => (
            <li
              key={`${entry.kind}:${entry.sampleId ?? entry.documentId ?? entry.name}:${entry.size ?? ''}`}
              data-testid="recent-item"
            >
              <span className="recent-name">{entry.name}</span>{' '}
              <span className="muted small">
                {t(`recent.kind.${entry.kind}`)}
                {entry.size !== null &&
                  ` · ${t('recent.bytes', { size: kilobytes.format(entry.size / 1024) })}`}
                {` · ${when.format(entry.openedAt)}`}
              </span>
              {canReopen(entry, props.onReopen !== null) ? (
                <button
                  type="button"
                  className="secondary small-button"
                  data-testid="recent-reopen"
                  disabled={props.busy}
                  aria-label={t('recent.open', { name: entry.name })}
                  onClick={() => {
                    if (entry.sampleId !== null) props.actions.chooseSample(entry.sampleId);
                    else props.onReopen?.(entry);
                  }}
                >
                  {t('recent.reopen')}
                </button>
              ) : (
                <>
                  <p className="muted small">{t('recent.pickHint', { name: entry.name })}</p>
                  <FilePickerButton
                    label={t('recent.pickAgain')}
                    accept={entry.kind === 'project' ? PROJECT_FILE_EXTENSION : DATA_ACCEPT}
                    testId="recent-pick-again"
                    onFile={entry.kind === 'project' ? props.actions.openProject : props.actions.openFile}
                  />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
