import { useState, type ReactNode } from 'react';
import type { InstalledModel } from '../../../shared/contract';
import { useI18n } from '../i18n/i18n-context';
import { formatBytes } from './model-manager-format';

/** Props of {@link ModelManagerInstalled}. */
export interface ModelManagerInstalledProps {
  readonly installed: readonly InstalledModel[];
  /** The display name of a model id (the catalogue's name in the UI language, else the id). */
  readonly nameOf: (modelId: string) => string;
  /** The model being removed now, if any. */
  readonly removing: string | null;
  readonly onRemove: (modelId: string) => void;
}

function RemoveConfirm(props: {
  name: string;
  modelId: string;
  onYes: () => void;
  onNo: () => void;
}): ReactNode {
  const { t } = useI18n();
  return (
    <div className="model-confirm" role="group" aria-label={t('models.confirmRemove', { name: props.name })}>
      <span>{t('models.confirmRemove', { name: props.name })}</span>
      <button
        type="button"
        className="danger"
        data-testid={`confirm-remove-${props.modelId}`}
        onClick={props.onYes}
        autoFocus
      >
        {t('models.confirmYes')}
      </button>
      <button type="button" className="secondary" onClick={props.onNo}>
        {t('models.confirmNo')}
      </button>
    </div>
  );
}

/**
 * The installed models: id, dimension, size on disk and precisions, a problem when the folder is damaged,
 * and Remove, which asks once more in place (an inline question, not a modal, so it stays keyboard-simple).
 */
export function ModelManagerInstalled(props: ModelManagerInstalledProps): ReactNode {
  const { language, t } = useI18n();
  const [confirming, setConfirming] = useState<string | null>(null);
  if (props.installed.length === 0) return <p className="muted small">{t('models.noneInstalled')}</p>;
  return (
    <ul className="model-list">
      {props.installed.map((model) => {
        const name = props.nameOf(model.id);
        const details = t('models.installedDetails', {
          dimension: model.dimension ?? t('models.unknownDimension'),
          size: formatBytes(model.sizeBytes, language),
          dtypes: model.dtypes.join(', '),
        });
        return (
          <li key={model.id} className="model-item" data-testid={`installed-model-${model.id}`}>
            <div className="model-name">{model.id}</div>
            <div className="muted small">{details}</div>
            {model.problem !== null && (
              <div className="model-problem small">{t('models.problem', { problem: model.problem })}</div>
            )}
            {confirming === model.id ? (
              <RemoveConfirm
                name={name}
                modelId={model.id}
                onYes={() => {
                  setConfirming(null);
                  props.onRemove(model.id);
                }}
                onNo={() => {
                  setConfirming(null);
                }}
              />
            ) : (
              <button
                type="button"
                className="secondary small-button"
                data-testid={`remove-model-${model.id}`}
                aria-label={t('models.removeLabel', { name })}
                disabled={props.removing !== null}
                onClick={() => {
                  setConfirming(model.id);
                }}
              >
                {t('models.remove')}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
