import type { ReactNode } from 'react';
import type { MapResult } from '../../../shared/contract';
import { useI18n } from '../i18n/i18n-context';

/** At most this many left-off texts are named; the count says how many there are in all. */
const UNEMBEDDED_SHOWN = 12;

/**
 * About the map on screen: how many points, how much of the variance PCA kept (when the method has such a
 * figure), and which texts the embedder had no vector for, so nothing is dropped silently.
 */
export function ResultSummary({ result }: { result: MapResult }): ReactNode {
  const { language, t } = useI18n();
  const explained = result.explainedVariance.reduce((sum, share) => sum + share, 0);
  const variance = new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(explained * 100);
  const missing = result.unembedded;
  const named =
    missing.slice(0, UNEMBEDDED_SHOWN).join(', ') + (missing.length > UNEMBEDDED_SHOWN ? ', …' : '');
  return (
    <>
      <p className="muted small" data-testid="result-summary">
        {result.explainedVariance.length > 0
          ? t('result.summary', { count: result.count, dims: result.dims, variance })
          : t('result.summaryNoVariance', { count: result.count, dims: result.dims })}
      </p>
      {missing.length > 0 && (
        <p className="small warning" data-testid="unembedded">
          {t('result.unembedded', { count: missing.length, words: named })}
        </p>
      )}
    </>
  );
}
