import { useMemo, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { countsByLabel, selectedIndices, type SelectionState } from '../state/selection-state';

/** The panel names at most this many selected items; the count says how many there are in all. */
const TEXTS_SHOWN = 20;

/** Props of {@link SelectionPanel}. */
export interface SelectionPanelProps {
  readonly selection: SelectionState;
  readonly texts: readonly string[];
  readonly labels: readonly (string | null)[];
  readonly onClear: () => void;
  /** Lists the nearest neighbours of the first selected item; null while the map is not finished. */
  readonly onNeighbors: (() => void) | null;
  /** Exports the selected items as CSV (the analyst's "select a cluster, export it"); null while unavailable. */
  readonly onExport?: (() => void) | null;
}

/** The selection in words: how many, how many per label, the first few texts, and a clear button. */
export function SelectionPanel(props: SelectionPanelProps): ReactNode {
  const { language, t } = useI18n();
  const numbers = new Intl.NumberFormat(language);
  const { selection, texts, labels } = props;
  const counts = useMemo(() => countsByLabel(selection, labels), [selection, labels]);
  const first = useMemo(() => Array.from(selectedIndices(selection).subarray(0, TEXTS_SHOWN)), [selection]);
  return (
    <section className="selection-panel" aria-label={t('selection.heading')} data-testid="selection-panel">
      <div className="panel-heading">
        <h2>{t('selection.heading')}</h2>
        <button
          type="button"
          className="secondary small-button"
          data-testid="selection-clear"
          disabled={selection.count === 0}
          onClick={props.onClear}
        >
          {t('selection.clear')}
        </button>
      </div>
      {selection.count > 0 && (
        <button
          type="button"
          className="secondary small-button"
          data-testid="selection-neighbors"
          disabled={props.onNeighbors === null}
          title={props.onNeighbors === null ? t('neighbors.unavailable') : undefined}
          onClick={props.onNeighbors ?? undefined}
        >
          {t('neighbors.ofSelection')}
        </button>
      )}
      {selection.count > 0 && props.onExport !== undefined && (
        <button
          type="button"
          className="secondary small-button"
          data-testid="selection-export"
          disabled={props.onExport === null}
          title={props.onExport === null ? t('dataExport.unavailable') : undefined}
          onClick={props.onExport ?? undefined}
        >
          {t('dataExport.selectionCsv')}
        </button>
      )}
      <p className="small" data-testid="selection-count" aria-live="polite">
        {selection.count === 0 ? t('selection.empty') : t('selection.count', { count: selection.count })}
      </p>
      {selection.count > 0 && (
        <>
          <h3 className="small">{t('selection.byLabel')}</h3>
          <ul className="selection-labels">
            {counts.map(({ label, count }) => (
              <li
                key={label ?? ''}
                data-testid="selection-label-count"
                data-label={label ?? ''}
                data-count={count}
              >
                <span className="legend-name">{label ?? t('legend.none')}</span>
                <span className="legend-count">{numbers.format(count)}</span>
              </li>
            ))}
          </ul>
          <h3 className="small">{t('selection.texts')}</h3>
          <ol className="selection-texts" data-testid="selection-texts">
            {first.map((index) => (
              <li key={index}>{texts[index] ?? ''}</li>
            ))}
          </ol>
          {selection.count > first.length && (
            <p className="muted small">{t('selection.more', { count: selection.count - first.length })}</p>
          )}
        </>
      )}
    </section>
  );
}
