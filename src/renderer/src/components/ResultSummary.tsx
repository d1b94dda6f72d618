import type { ReactNode } from 'react';
import type { MapResult } from '../../../shared/contract';
import { useI18n } from '../i18n/i18n-context';

/** One line about the map on screen: how many points and how much of the variance PCA kept. */
export function ResultSummary({ result }: { result: MapResult }): ReactNode {
  const { language, t } = useI18n();
  const explained = result.explainedVariance.reduce((sum, share) => sum + share, 0);
  const variance = new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(explained * 100);
  return (
    <p className="muted small" data-testid="result-summary">
      {t('result.summary', { count: result.count, dims: result.dims, variance })}
    </p>
  );
}
