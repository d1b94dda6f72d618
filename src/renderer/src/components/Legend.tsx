import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { LegendEntry } from '../plot/palette';
import { legendName } from './legend-names';

/**
 * The colour key beside the plot: one row per label with its swatch and point count. `data-color` is the
 * exact colour the shader draws at those points' centres; `data-label` is the label (empty for points
 * without one); the pooled "other labels" entry has `data-other` instead.
 */
export function Legend({ entries }: { entries: readonly LegendEntry[] }): ReactNode {
  const { language, t } = useI18n();
  const numbers = new Intl.NumberFormat(language);
  return (
    <section className="legend" aria-label={t('legend.heading')}>
      <h2>{t('legend.heading')}</h2>
      <ul>
        {entries.map((entry) => (
          <li
            key={`${entry.kind}:${entry.label ?? ''}`}
            data-testid="legend-entry"
            data-label={entry.kind === 'other' ? undefined : (entry.label ?? '')}
            data-other={entry.kind === 'other' ? 'true' : undefined}
            data-color={entry.color}
          >
            <span className="swatch" style={{ backgroundColor: entry.color }} aria-hidden="true" />
            <span className="legend-name">{legendName(entry, t)}</span>
            <span className="legend-count">{numbers.format(entry.count)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
