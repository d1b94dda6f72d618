import type { ReactNode } from 'react';
import { distanceMetricSchema, tsneParamsSchema, type TsneParams } from '../../../shared/contract';
import { useI18n } from '../i18n/i18n-context';
import { NumberField } from './NumberField';
import { PcaDimsField } from './PcaDimsField';
import { SelectField } from './SelectField';

/** The bounds users may type, taken from the contract so the UI can never send what the core refuses. */
const PERPLEXITY = tsneParamsSchema.shape.perplexity;
const ITERATIONS = tsneParamsSchema.shape.iterations.unwrap();
/** What the core runs when iterations are left open (null): shown so the field never starts empty. */
const AUTO_ITERATIONS = 1000;

/** Props of {@link TsneSettings}. */
export interface TsneSettingsProps {
  readonly params: TsneParams;
  readonly onChange: (params: Partial<TsneParams>) => void;
}

/**
 * t-SNE's parameters that change the picture most: perplexity (how many neighbours each point attends to),
 * the number of iterations, and the metric. The learning rate stays on "auto".
 */
export function TsneSettings({ params, onChange }: TsneSettingsProps): ReactNode {
  const { t } = useI18n();
  // The fieldset shares the UMAP panel's look: both are one method's parameter group.
  return (
    <fieldset className="umap-settings">
      <legend>{t('settings.tsneHeading')}</legend>
      <div className="field-row">
        <NumberField
          label={t('settings.tsnePerplexity')}
          value={params.perplexity}
          min={PERPLEXITY.minValue ?? 2}
          max={PERPLEXITY.maxValue ?? 100}
          step={1}
          integer={false}
          testId="tsne-perplexity"
          onChange={(perplexity) => {
            onChange({ perplexity });
          }}
        />
        <NumberField
          label={t('settings.tsneIterations')}
          value={params.iterations ?? AUTO_ITERATIONS}
          min={ITERATIONS.minValue ?? 50}
          max={ITERATIONS.maxValue ?? 10_000}
          step={50}
          integer
          testId="tsne-iterations"
          onChange={(iterations) => {
            onChange({ iterations });
          }}
        />
      </div>
      <p className="muted small">{t('settings.tsnePerplexityHint')}</p>
      <SelectField
        label={t('settings.tsneMetric')}
        value={params.metric}
        options={distanceMetricSchema.options.map((metric) => ({
          value: metric,
          label: t(metric === 'cosine' ? 'settings.metricCosine' : 'settings.metricEuclidean'),
        }))}
        onChange={(metric) => {
          const parsed = distanceMetricSchema.safeParse(metric);
          if (parsed.success) onChange({ metric: parsed.data });
        }}
        testId="tsne-metric"
      />
      <PcaDimsField
        value={params.pcaDims}
        testId="tsne"
        onChange={(pcaDims) => {
          onChange({ pcaDims });
        }}
      />
    </fieldset>
  );
}
