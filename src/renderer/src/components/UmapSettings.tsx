import type { ReactNode } from 'react';
import { distanceMetricSchema, umapParamsSchema, type UmapParams } from '../../../shared/contract';
import { useI18n } from '../i18n/i18n-context';
import { NumberField } from './NumberField';
import { PcaDimsField } from './PcaDimsField';
import { SelectField } from './SelectField';

/** The bounds users may type, taken from the contract so the UI can never send what the core refuses. */
const NEIGHBORS = umapParamsSchema.shape.neighbors;
const MIN_DIST = umapParamsSchema.shape.minDist;

/** Props of {@link UmapSettings}. */
export interface UmapSettingsProps {
  readonly params: UmapParams;
  readonly onChange: (params: Partial<UmapParams>) => void;
}

/** UMAP's parameters that change the picture most: neighbourhood size, minimum distance, and the metric. */
export function UmapSettings({ params, onChange }: UmapSettingsProps): ReactNode {
  const { t } = useI18n();
  return (
    <fieldset className="umap-settings">
      <legend>{t('settings.umapHeading')}</legend>
      <div className="field-row">
        <NumberField
          label={t('settings.umapNeighbors')}
          value={params.neighbors}
          min={NEIGHBORS.minValue ?? 2}
          max={NEIGHBORS.maxValue ?? 200}
          step={1}
          integer
          testId="umap-neighbors"
          onChange={(neighbors) => {
            onChange({ neighbors });
          }}
        />
        <NumberField
          label={t('settings.umapMinDist')}
          value={params.minDist}
          min={MIN_DIST.minValue ?? 0}
          max={MIN_DIST.maxValue ?? 1}
          step={0.05}
          integer={false}
          testId="umap-min-dist"
          onChange={(minDist) => {
            onChange({ minDist });
          }}
        />
      </div>
      <SelectField
        label={t('settings.umapMetric')}
        value={params.metric}
        options={distanceMetricSchema.options.map((metric) => ({
          value: metric,
          label: t(metric === 'cosine' ? 'settings.metricCosine' : 'settings.metricEuclidean'),
        }))}
        onChange={(metric) => {
          const parsed = distanceMetricSchema.safeParse(metric);
          if (parsed.success) onChange({ metric: parsed.data });
        }}
        testId="umap-metric"
      />
      <PcaDimsField
        value={params.pcaDims}
        testId="umap"
        onChange={(pcaDims) => {
          onChange({ pcaDims });
        }}
      />
    </fieldset>
  );
}
