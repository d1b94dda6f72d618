import type { ReactNode } from 'react';
import { distanceMetricSchema } from '../../../shared/contract';
import { useI18n } from '../i18n/i18n-context';
import { NumberField } from './NumberField';
import { PcaDimsField } from './PcaDimsField';
import { SelectField } from './SelectField';
import { settingsRows, type MethodParams, type PlainMessageKey, type SettingsField } from './settings-field';

/** Props of {@link MethodSettings}. */
export interface MethodSettingsProps<P extends MethodParams> {
  readonly heading: PlainMessageKey;
  readonly fields: readonly SettingsField<P>[];
  readonly params: P;
  readonly onChange: (params: Partial<P>) => void;
}

/**
 * One reduction method's parameter group, drawn from its declarative field list, so that UMAP's and t-SNE's
 * forms (and a method added later) share one way of showing numbers, hints, the metric and PCA-first.
 */
export function MethodSettings<P extends MethodParams>({
  heading,
  fields,
  params,
  onChange,
}: MethodSettingsProps<P>): ReactNode {
  const { t } = useI18n();
  // A computed key of a generic P cannot be typed as Partial<P>; the field's key is one of P's numeric keys.
  const set = (key: string, value: unknown): void => {
    onChange({ [key]: value } as Partial<P>);
  };
  const rows = settingsRows(fields);
  return (
    <fieldset className="umap-settings">
      <legend>{t(heading)}</legend>
      {rows.map((row, index) => {
        switch (row.kind) {
          case 'numbers':
            return (
              <div className="field-row" key={index}>
                {row.fields.map((field) => {
                  // NumericKey<P> holds a number or null; TypeScript cannot narrow P[key] for a generic P.
                  const value = params[field.key] as number | null | undefined;
                  return (
                    <NumberField
                      key={field.key}
                      label={t(field.label)}
                      value={value ?? field.whenOpen ?? field.min}
                      min={field.min}
                      max={field.max}
                      step={field.step}
                      integer={field.integer}
                      testId={field.testId}
                      onChange={(next) => {
                        set(field.key, next);
                      }}
                    />
                  );
                })}
              </div>
            );
          case 'hint':
            return (
              <p className="muted small" key={index}>
                {t(row.text)}
              </p>
            );
          case 'metric':
            return (
              <SelectField
                key={index}
                label={t(row.label)}
                value={params.metric}
                options={distanceMetricSchema.options.map((metric) => ({
                  value: metric,
                  label: t(metric === 'cosine' ? 'settings.metricCosine' : 'settings.metricEuclidean'),
                }))}
                onChange={(metric) => {
                  const parsed = distanceMetricSchema.safeParse(metric);
                  if (parsed.success) set('metric', parsed.data);
                }}
                testId={row.testId}
              />
            );
          case 'pca-dims':
            return (
              <PcaDimsField
                key={index}
                value={params.pcaDims}
                testId={row.testId}
                onChange={(pcaDims) => {
                  set('pcaDims', pcaDims);
                }}
              />
            );
        }
      })}
    </fieldset>
  );
}
