import type { MouseEvent, ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { LegendEntry } from '../plot/palette';
import { entryKey, type HiddenKeys } from '../state/legend-visibility';
import { legendName } from './legend-names';

/** Props of {@link Legend}. */
export interface LegendProps {
  readonly entries: readonly LegendEntry[];
  /** Whether the swatches are the points' colours; false while a numeric column or one colour colours them. */
  readonly swatches: boolean;
  readonly hidden: HiddenKeys;
  readonly onToggle: (key: string) => void;
  readonly onIsolate: (key: string) => void;
  readonly onShowAll: () => void;
}

/**
 * The colour key beside the plot: one row per label with its swatch and point count; click hides or shows
 * the category, Alt/Shift-click or "only" isolates it. `data-color` is the exact colour the shader draws at
 * those points' centres; `data-label` is the label (empty for points without one); the pooled "other labels"
 * entry has `data-other` instead; `data-hidden` marks hidden entries.
 */
export function Legend(props: LegendProps): ReactNode {
  const { language, t } = useI18n();
  const numbers = new Intl.NumberFormat(language);
  return (
    <section className="legend" aria-label={t('legend.heading')}>
      <div className="panel-heading">
        <h2>{t('legend.heading')}</h2>
        <button
          type="button"
          className="secondary small-button"
          data-testid="legend-show-all"
          disabled={props.hidden.size === 0}
          onClick={props.onShowAll}
        >
          {t('legend.showAll')}
        </button>
      </div>
      <p className="muted small">{t('legend.hint')}</p>
      <ul>
        {props.entries.map((entry) => {
          const key = entryKey(entry);
          const hidden = props.hidden.has(key);
          const name = legendName(entry, t);
          const onClick = (event: MouseEvent): void => {
            if (event.altKey || event.shiftKey) props.onIsolate(key);
            else props.onToggle(key);
          };
          return (
            <li
              key={key}
              data-testid="legend-entry"
              data-label={entry.kind === 'other' ? undefined : (entry.label ?? '')}
              data-other={entry.kind === 'other' ? 'true' : undefined}
              data-color={props.swatches ? entry.color : undefined}
              data-hidden={hidden ? 'true' : undefined}
              className={hidden ? 'legend-hidden' : undefined}
            >
              <button
                type="button"
                className="legend-toggle"
                data-testid="legend-toggle"
                aria-label={t(hidden ? 'legend.show' : 'legend.hide', { name })}
                onClick={onClick}
              >
                {props.swatches && (
                  <span className="swatch" style={{ backgroundColor: entry.color }} aria-hidden="true" />
                )}
                <span className="legend-name">{name}</span>
                <span className="legend-count">{numbers.format(entry.count)}</span>
              </button>
              <button
                type="button"
                className="legend-only"
                data-testid="legend-only"
                aria-label={t('legend.onlyLabel', { name })}
                onClick={() => {
                  props.onIsolate(key);
                }}
              >
                {t('legend.only')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
