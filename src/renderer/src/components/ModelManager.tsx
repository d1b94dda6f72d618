import { useId, useState, type ReactNode } from 'react';
import type { CatalogueModel, EmbedderInfo } from '../../../shared/contract';
import { studioClientOrNull } from '../api/studio-client';
import { useI18n } from '../i18n/i18n-context';
import type { Language } from '../i18n/language';
import { localized } from '../i18n/localized';
import type { Translate } from '../i18n/translate';
import type { DisplayError } from '../i18n/translate-error';
import type { ModelsNotice } from '../state/models-state';
import { useModels } from '../state/use-models';
import { ModelManagerCatalogue } from './ModelManagerCatalogue';
import { ModelManagerInstalled } from './ModelManagerInstalled';
import { ModelManagerProgress } from './ModelManagerProgress';

/** Props of {@link ModelManager}. */
export interface ModelManagerProps {
  /** The embedder selected now: kept when another model is removed. */
  readonly embedderId: string;
  /** Shows a refreshed embedder list with one selected (the workflow's `showEmbedders`). */
  readonly onEmbedders: (embedders: readonly EmbedderInfo[], embedderId: string) => void;
  readonly onError: (error: DisplayError) => void;
}

function noticeText(notice: ModelsNotice, nameOf: (modelId: string) => string, t: Translate): string {
  switch (notice.kind) {
    case 'downloads-off':
      return t('models.downloadsOff', { name: nameOf(notice.modelId) });
    case 'ready':
      return t('models.ready', { name: nameOf(notice.modelId) });
    case 'cancelled':
      return t('models.cancelled');
    case 'removed':
      return t('models.removed', { name: nameOf(notice.modelId) });
  }
}

function DownloadsSwitch(props: { allowed: boolean; onChange: (allowed: boolean) => void }): ReactNode {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="field downloads-switch">
      <label htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          role="switch"
          aria-checked={props.allowed}
          aria-describedby={`${id}-hint`}
          data-testid="allow-downloads"
          checked={props.allowed}
          onChange={(event) => {
            props.onChange(event.target.checked);
          }}
        />{' '}
        {t('models.allowDownloads')}
      </label>
      <p id={`${id}-hint`} className="muted small">
        {t('models.allowDownloadsHint')}
      </p>
    </div>
  );
}

/** The catalogue's name for a model in the UI language, or its id for models imported from a folder. */
function namer(catalogue: readonly CatalogueModel[], language: Language): (modelId: string) => string {
  return (modelId) => {
    const entry = catalogue.find((model) => model.id === modelId);
    return entry === undefined ? modelId : localized(entry.name, language);
  };
}

/**
 * The collapsible "Models" panel: the downloads switch (off by default; nothing goes online while it is
 * off), the installed models with Remove, the recommended catalogue with a precision choice and Download,
 * and the running download's byte progress with Cancel. A finished download selects its embedder.
 */
export function ModelManager(props: ModelManagerProps): ReactNode {
  const { language, t } = useI18n();
  const [studio] = useState(studioClientOrNull);
  const { state, actions } = useModels(studio, {
    embedderId: props.embedderId,
    onEmbedders: props.onEmbedders,
    onError: props.onError,
  });
  const nameOf = namer(state.catalogue, language);
  return (
    <details className="models-panel" data-testid="models-panel">
      <summary>{t('models.heading')}</summary>
      {!state.loaded ? (
        <p className="muted small">{t('models.loading')}</p>
      ) : (
        <>
          <DownloadsSwitch allowed={state.downloadsAllowed} onChange={actions.setDownloadsAllowed} />
          <h3>{t('models.installedHeading')}</h3>
          <ModelManagerInstalled
            installed={state.installed}
            nameOf={nameOf}
            removing={state.removing}
            onRemove={actions.remove}
          />
          <h3>{t('models.catalogueHeading')}</h3>
          <ModelManagerCatalogue
            catalogue={state.catalogue}
            canDownload={state.download === null && studio !== null}
            onDownload={actions.download}
          />
        </>
      )}
      {state.download !== null && (
        <ModelManagerProgress
          download={state.download}
          name={nameOf(state.download.modelId)}
          onCancel={actions.cancel}
        />
      )}
      <p className="muted small" role="status" aria-live="polite" data-testid="models-notice">
        {state.notice === null ? '' : noticeText(state.notice, nameOf, t)}
      </p>
    </details>
  );
}
