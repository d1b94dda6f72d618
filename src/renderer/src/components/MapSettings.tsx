import type { ReactNode } from 'react';
import type { EmbedderInfo } from '../../../shared/contract';
import { useI18n } from '../i18n/i18n-context';
import { localized } from '../i18n/localized';
import { SelectField } from './SelectField';

/** Props of {@link MapSettings}. */
export interface MapSettingsProps {
  readonly embedders: readonly EmbedderInfo[];
  readonly embedderId: string;
  readonly onEmbedder: (embedderId: string) => void;
}

/** How to map: the embedder, the reduction method (PCA for now) and the dimensions (2 for now). */
export function MapSettings(props: MapSettingsProps): ReactNode {
  const { language, t } = useI18n();
  const embedders = props.embedders.map((embedder) => {
    const name = localized(embedder.name, language);
    return {
      value: embedder.id,
      label: embedder.needsDownload ? t('settings.needsDownload', { name }) : name,
    };
  });
  const description = props.embedders.find((embedder) => embedder.id === props.embedderId)?.description;
  return (
    <>
      <SelectField
        label={t('settings.embedder')}
        value={props.embedderId}
        options={embedders}
        onChange={props.onEmbedder}
        testId="embedder-select"
        disabled={embedders.length === 0}
      />
      {description !== undefined && <p className="muted small">{localized(description, language)}</p>}
      <div className="field-row">
        <SelectField
          label={t('settings.method')}
          value="pca"
          options={[{ value: 'pca', label: t('settings.methodPca') }]}
          onChange={() => undefined}
          testId="method-select"
        />
        <SelectField
          label={t('settings.dims')}
          value="2"
          options={[{ value: '2', label: t('settings.dims2') }]}
          onChange={() => undefined}
          testId="dims-select"
        />
      </div>
    </>
  );
}
