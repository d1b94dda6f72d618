import { useId, type ReactNode } from 'react';
import { umapParamsSchema } from '../../../shared/contract';
import { useI18n } from '../i18n/i18n-context';
import { NumberField } from './NumberField';

/** The contract's bounds on pcaDims (the same for UMAP and t-SNE). */
const PCA_DIMS = umapParamsSchema.shape.pcaDims.unwrap().unwrap();
/** What switching the pre-reduction on starts with: the usual choice for embeddings wider than 100. */
export const DEFAULT_PCA_DIMS = 50;

/** Props of {@link PcaDimsField}. */
export interface PcaDimsFieldProps {
  readonly value: number | null | undefined;
  readonly onChange: (pcaDims: number | null) => void;
  /** Prefix of the test ids (`umap` or `tsne`). */
  readonly testId: string;
}

/** UMAP's and t-SNE's optional PCA pre-reduction: a switch and, while on, the number of dimensions. */
export function PcaDimsField({ value, onChange, testId }: PcaDimsFieldProps): ReactNode {
  const { t } = useI18n();
  const hintId = useId();
  const on = typeof value === 'number';
  return (
    <div className="field">
      <label>
        <input
          type="checkbox"
          checked={on}
          data-testid={`${testId}-pca-first`}
          aria-describedby={hintId}
          onChange={(event) => {
            onChange(event.target.checked ? DEFAULT_PCA_DIMS : null);
          }}
        />{' '}
        {t('settings.pcaDimsOff')}
      </label>
      {on && (
        <NumberField
          label={t('settings.pcaDims')}
          value={value}
          min={PCA_DIMS.minValue ?? 2}
          max={PCA_DIMS.maxValue ?? 1024}
          step={1}
          integer
          testId={`${testId}-pca-dims`}
          onChange={onChange}
        />
      )}
      <p id={hintId} className="muted small">
        {t('settings.pcaDimsHint')}
      </p>
    </div>
  );
}
