import { useState, type ReactNode } from 'react';
import { PROJECT_MIME_TYPE, type MapResult, type StudioClient } from '../../../shared/contract';
import { toStudioErrorInfo } from '../../../shared/errors';
import { useI18n } from '../i18n/i18n-context';
import type { DisplayError } from '../i18n/translate-error';
import { PROJECT_FILE_EXTENSION, projectViewOf, SUGGESTED_PROJECT_NAME } from '../state/project-files';
import type { LookOfView } from '../state/project-view';
import { FilePickerButton } from './FilePickerButton';

/** Props of {@link ProjectControls}. */
export interface ProjectControlsProps {
  readonly client: StudioClient | null;
  /** The map on screen (saved), or null (nothing to save). */
  readonly result: MapResult | null;
  readonly textColumn: string;
  readonly labelColumn: string | null;
  /** True while a job runs or a file opens: neither a save nor an open may start then. */
  readonly busy: boolean;
  /** The look of the map on screen (colouring, camera, selection…), saved with it; null for the default. */
  readonly readLook?: () => LookOfView | null;
  readonly onOpen: (file: File) => void;
  readonly onError: (error: DisplayError) => void;
}

/**
 * "Save project…" (the map on screen with its data set and embeddings: a save dialog on the desktop, a
 * download in a browser) and "Open project…" (shows the saved map again without recomputing it).
 */
export function ProjectControls(props: ProjectControlsProps): ReactNode {
  const { t } = useI18n();
  const [saving, setSaving] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const { client, result } = props;
  const save = (): void => {
    if (client === null || result === null) return;
    setSaving(true);
    setSavedAt(null);
    const columns = { textColumn: props.textColumn, labelColumn: props.labelColumn };
    const view = projectViewOf(result, columns, props.readLook?.() ?? null);
    client
      .exportProject({ mapIds: [result.mapId], view })
      .then(({ bytes }) =>
        client.saveFile({ suggestedName: SUGGESTED_PROJECT_NAME, mimeType: PROJECT_MIME_TYPE, bytes }),
      )
      .then(
        (outcome) => {
          setSavedAt(outcome.saved ? outcome.location : null);
        },
        (error: unknown) => {
          props.onError(toStudioErrorInfo(error));
        },
      )
      .finally(() => {
        setSaving(false);
      });
  };
  return (
    <div className="project-controls" role="group" aria-label={t('project.heading')}>
      <button
        type="button"
        className="secondary"
        data-testid="save-project"
        disabled={client === null || result === null || props.busy || saving}
        title={result === null ? t('project.nothingToSave') : undefined}
        onClick={save}
      >
        {saving ? t('project.saving') : t(client?.host === 'desktop' ? 'project.save' : 'project.download')}
      </button>
      <FilePickerButton
        label={t('project.open')}
        accept={PROJECT_FILE_EXTENSION}
        testId="open-project-input"
        onFile={props.onOpen}
      />
      <span className="muted small" role="status" data-testid="project-status">
        {savedAt !== null && t('project.saved', { location: savedAt })}
      </span>
    </div>
  );
}
