import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { SearchState } from '../state/use-plot-state';
import { CheckboxField } from './CheckboxField';

/** Props of {@link SearchBox}. */
export interface SearchBoxProps {
  readonly search: SearchState;
  readonly texts: readonly string[];
  readonly onQuery: (query: string) => void;
  readonly onRegex: (regex: boolean) => void;
  /** Enter: go to the next match. */
  readonly onNext: () => void;
  readonly onZoom: () => void;
  /** Selects the matches: the keyboard's way into the selection. */
  readonly onSelect: () => void;
}

/** Substring or regex search over texts and labels: match count, errors, zoom to matches, Enter cycles. */
export function SearchBox(props: SearchBoxProps): ReactNode {
  const { t } = useI18n();
  const { search } = props;
  const active = search.query !== '' && search.matcher.ok;
  const currentIndex = search.matches[search.current];
  return (
    <div className="plot-search" role="search">
      <input
        type="search"
        data-testid="search-input"
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        value={search.query}
        aria-invalid={!search.matcher.ok}
        onChange={(event) => {
          props.onQuery(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          props.onNext();
        }}
      />
      <CheckboxField
        label={t('search.regex')}
        checked={search.regex}
        testId="search-regex"
        onChange={props.onRegex}
      />
      <button
        type="button"
        className="secondary"
        data-testid="search-zoom"
        disabled={search.matches.length === 0}
        onClick={props.onZoom}
      >
        {t('search.zoom')}
      </button>
      <button
        type="button"
        className="secondary"
        data-testid="search-select"
        disabled={search.matches.length === 0}
        onClick={props.onSelect}
      >
        {t('search.select')}
      </button>
      <span className="small search-status" data-testid="search-count" role="status">
        {active && t('search.count', { count: search.matches.length })}
        {active && currentIndex !== undefined && (
          <span data-testid="search-current">
            {' · '}
            {t('search.current', {
              position: search.current + 1,
              count: search.matches.length,
              text: props.texts[currentIndex] ?? '',
            })}
          </span>
        )}
      </span>
      {!search.matcher.ok && (
        <span className="small warning" data-testid="search-error" role="alert">
          {t('search.invalid', { message: search.matcher.error })}
        </span>
      )}
    </div>
  );
}
