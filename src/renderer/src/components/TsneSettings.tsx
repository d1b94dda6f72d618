import type { ReactNode } from 'react';
import { tsneParamsSchema, type TsneParams } from '../../../shared/contract';
import { MethodSettings } from './MethodSettings';
import type { SettingsField } from './settings-field';

/** The bounds users may type, taken from the contract so the UI can never send what the core refuses. */
const PERPLEXITY = tsneParamsSchema.shape.perplexity;
const ITERATIONS = tsneParamsSchema.shape.iterations.unwrap();
/** What the core runs when iterations are left open (null): shown so the field never starts empty. */
const AUTO_ITERATIONS = 1000;

/**
 * t-SNE's parameters that change the picture most: perplexity (how many neighbours each point attends to),
 * the number of iterations, and the metric. The learning rate stays on "auto".
 */
const TSNE_FIELDS: readonly SettingsField<TsneParams>[] = [
  {
    kind: 'number',
    key: 'perplexity',
    label: 'settings.tsnePerplexity',
    min: PERPLEXITY.minValue ?? 2,
    max: PERPLEXITY.maxValue ?? 100,
    step: 1,
    integer: false,
    testId: 'tsne-perplexity',
  },
  {
    kind: 'number',
    key: 'iterations',
    label: 'settings.tsneIterations',
    min: ITERATIONS.minValue ?? 50,
    max: ITERATIONS.maxValue ?? 10_000,
    step: 50,
    integer: true,
    testId: 'tsne-iterations',
    whenOpen: AUTO_ITERATIONS,
  },
  { kind: 'hint', text: 'settings.tsnePerplexityHint' },
  { kind: 'metric', label: 'settings.tsneMetric', testId: 'tsne-metric' },
  { kind: 'pca-dims', testId: 'tsne' },
];

/** Props of {@link TsneSettings}. */
export interface TsneSettingsProps {
  readonly params: TsneParams;
  readonly onChange: (params: Partial<TsneParams>) => void;
}

/** t-SNE's parameter group. */
export function TsneSettings({ params, onChange }: TsneSettingsProps): ReactNode {
  return (
    <MethodSettings heading="settings.tsneHeading" fields={TSNE_FIELDS} params={params} onChange={onChange} />
  );
}
