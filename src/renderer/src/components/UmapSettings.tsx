import type { ReactNode } from 'react';
import { umapParamsSchema, type UmapParams } from '../../../shared/contract';
import { MethodSettings } from './MethodSettings';
import type { SettingsField } from './settings-field';

/** The bounds users may type, taken from the contract so the UI can never send what the core refuses. */
const NEIGHBORS = umapParamsSchema.shape.neighbors;
const MIN_DIST = umapParamsSchema.shape.minDist;

/** UMAP's parameters that change the picture most: neighbourhood size, minimum distance, and the metric. */
const UMAP_FIELDS: readonly SettingsField<UmapParams>[] = [
  {
    kind: 'number',
    key: 'neighbors',
    label: 'settings.umapNeighbors',
    min: NEIGHBORS.minValue ?? 2,
    max: NEIGHBORS.maxValue ?? 200,
    step: 1,
    integer: true,
    testId: 'umap-neighbors',
  },
  {
    kind: 'number',
    key: 'minDist',
    label: 'settings.umapMinDist',
    min: MIN_DIST.minValue ?? 0,
    max: MIN_DIST.maxValue ?? 1,
    step: 0.05,
    integer: false,
    testId: 'umap-min-dist',
  },
  { kind: 'metric', label: 'settings.umapMetric', testId: 'umap-metric' },
  { kind: 'pca-dims', testId: 'umap' },
];

/** Props of {@link UmapSettings}. */
export interface UmapSettingsProps {
  readonly params: UmapParams;
  readonly onChange: (params: Partial<UmapParams>) => void;
}

/** UMAP's parameter group. */
export function UmapSettings({ params, onChange }: UmapSettingsProps): ReactNode {
  return (
    <MethodSettings heading="settings.umapHeading" fields={UMAP_FIELDS} params={params} onChange={onChange} />
  );
}
