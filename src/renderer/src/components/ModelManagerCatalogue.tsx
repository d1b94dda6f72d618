import { useState, type ReactNode } from 'react';
import { modelDtypeSchema, type CatalogueModel, type ModelDtype } from '../../../shared/contract';
import { useI18n } from '../i18n/i18n-context';
import { localized } from '../i18n/localized';
import { formatBytes, formatLanguages } from './model-manager-format';
import { SelectField } from './SelectField';

/** Props of {@link ModelManagerCatalogue}. */
export interface ModelManagerCatalogueProps {
  readonly catalogue: readonly CatalogueModel[];
  /** False while a download runs: one at a time. */
  readonly canDownload: boolean;
  readonly onDownload: (modelId: string, dtype: ModelDtype) => void;
}

/** The precisions a model offers, q8 first: it is about four times smaller and faster on a CPU. */
function dtypesOf(model: CatalogueModel): ModelDtype[] {
  return modelDtypeSchema.options.filter((dtype) => model.sizes[dtype] !== undefined);
}

function CatalogueRow(props: {
  model: CatalogueModel;
  canDownload: boolean;
  onDownload: (modelId: string, dtype: ModelDtype) => void;
}): ReactNode {
  const { language, t } = useI18n();
  const { model } = props;
  const dtypes = dtypesOf(model);
  const [dtype, setDtype] = useState<ModelDtype>(dtypes[0] ?? 'q8');
  const name = localized(model.name, language);
  const sizeOf = (choice: ModelDtype): string => formatBytes(model.sizes[choice] ?? 0, language);
  const details = t('models.catalogueDetails', {
    languages: formatLanguages(model.languages, language),
    dimension: model.dimension,
    licence: model.licence,
  });
  return (
    <li className="model-item" data-testid={`catalogue-model-${model.id}`} data-installed={model.installed}>
      <div className="model-name">
        {name}{' '}
        <span className={model.installed ? 'model-badge installed' : 'model-badge'}>
          {model.installed ? t('models.isInstalled') : t('models.notInstalled')}
        </span>
      </div>
      <div className="muted small">{model.id}</div>
      <div className="muted small">{details}</div>
      <div className="model-actions">
        <SelectField
          label={t('models.dtype')}
          value={dtype}
          options={dtypes.map((value) => ({
            value,
            label: t('models.dtypeOption', { dtype: value, size: sizeOf(value) }),
          }))}
          testId={`model-dtype-${model.id}`}
          onChange={(value) => {
            const parsed = modelDtypeSchema.safeParse(value);
            if (parsed.success) setDtype(parsed.data);
          }}
        />
        <button
          type="button"
          data-testid={`download-model-${model.id}`}
          aria-label={t('models.downloadLabel', { name, dtype, size: sizeOf(dtype) })}
          disabled={!props.canDownload || dtypes.length === 0}
          onClick={() => {
            props.onDownload(model.id, dtype);
          }}
        >
          {t('models.download')}
        </button>
      </div>
    </li>
  );
}

/** The recommended models: name, languages, dimension, licence, size per precision, installed or not. */
export function ModelManagerCatalogue(props: ModelManagerCatalogueProps): ReactNode {
  const { t } = useI18n();
  if (props.catalogue.length === 0) return <p className="muted small">{t('models.catalogueEmpty')}</p>;
  return (
    <ul className="model-list">
      {props.catalogue.map((model) => (
        <CatalogueRow
          key={model.id}
          model={model}
          canDownload={props.canDownload}
          onDownload={props.onDownload}
        />
      ))}
    </ul>
  );
}
