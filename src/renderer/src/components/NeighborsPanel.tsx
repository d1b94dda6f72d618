import { useMemo, type ReactNode } from 'react';
import type { DistanceMetric } from '../../../shared/contract';
import { useI18n } from '../i18n/i18n-context';
import { translateError } from '../i18n/translate-error';
import { isFarOnMap, mapRanks } from '../plot/map-distance-rank';
import { MAX_NEIGHBOR_K, type NeighborsActions, type NeighborsState } from '../state/use-neighbors';
import { NumberField } from './NumberField';
import { SelectField } from './SelectField';

/** Props of {@link NeighborsPanel}. */
export interface NeighborsPanelProps {
  readonly state: NeighborsState;
  readonly actions: NeighborsActions;
  readonly texts: readonly string[];
  /** The map's coordinates: neighbours that lie far from the point here are marked. */
  readonly coords: Float32Array;
  readonly dims: number;
  /** Centres the map on a neighbour. */
  readonly onFocus: (index: number) => void;
}

/**
 * The nearest neighbours of one point in the original embedding space, nearest first, with their scores;
 * those the map puts far away are marked. Hover emphasises a neighbour's line; click shows it on the map.
 */
export function NeighborsPanel(props: NeighborsPanelProps): ReactNode {
  const { language, t } = useI18n();
  const { state, actions } = props;
  const numbers = new Intl.NumberFormat(language, { maximumFractionDigits: 3, minimumFractionDigits: 3 });
  const list = state.neighbors;
  const ranks = useMemo(
    () =>
      list === null
        ? null
        : mapRanks(
            props.coords,
            props.dims,
            state.source,
            list.map((n) => n.index),
          ),
    [list, props.coords, props.dims, state.source],
  );
  const anyFar = ranks !== null && Array.from(ranks).some((rank) => isFarOnMap(rank, state.k));
  return (
    <section className="neighbors-panel" aria-label={t('neighbors.heading')} data-testid="neighbors-panel">
      <div className="panel-heading">
        <h2>{t('neighbors.heading')}</h2>
        <button
          type="button"
          className="secondary small-button"
          data-testid="neighbors-close"
          onClick={actions.close}
          aria-label={t('neighbors.close')}
        >
          ×
        </button>
      </div>
      <p className="small" data-testid="neighbors-source" data-index={state.source}>
        {t('neighbors.of', { text: props.texts[state.source] ?? '' })}
      </p>
      <div className="neighbors-settings">
        <NumberField
          label={t('neighbors.k')}
          value={state.k}
          min={1}
          max={MAX_NEIGHBOR_K}
          step={1}
          integer
          testId="neighbors-k"
          onChange={actions.setK}
        />
        <SelectField
          label={t('neighbors.metric')}
          value={state.metric}
          options={[
            { value: 'cosine', label: t('settings.metricCosine') },
            { value: 'euclidean', label: t('settings.metricEuclidean') },
          ]}
          onChange={(value) => {
            actions.setMetric(value as DistanceMetric);
          }}
          testId="neighbors-metric"
        />
      </div>
      {state.loading && <p className="muted small">{t('neighbors.loading')}</p>}
      {state.error !== null && (
        <p className="warning small" role="alert" data-testid="neighbors-error">
          {translateError(state.error, language).text}
        </p>
      )}
      {list !== null && (
        <ol className="neighbors-list" data-testid="neighbors-list">
          {list.map((neighbor, k) => {
            const far = ranks !== null && isFarOnMap(ranks[k] ?? 0, state.k);
            const text = props.texts[neighbor.index] ?? '';
            const score = t(
              state.metric === 'cosine' ? 'neighbors.scoreCosine' : 'neighbors.scoreEuclidean',
              {
                score: numbers.format(neighbor.score),
              },
            );
            return (
              <li key={neighbor.index} data-testid="neighbor" data-index={neighbor.index} data-far={far}>
                <button
                  type="button"
                  className="neighbor-button"
                  aria-label={t('neighbors.focus', { text })}
                  onMouseEnter={() => {
                    actions.hover(neighbor.index);
                  }}
                  onMouseLeave={() => {
                    actions.hover(-1);
                  }}
                  onFocus={() => {
                    actions.hover(neighbor.index);
                  }}
                  onBlur={() => {
                    actions.hover(-1);
                  }}
                  onClick={() => {
                    props.onFocus(neighbor.index);
                  }}
                >
                  <span className="neighbor-text">{text}</span>
                  <span className="neighbor-score" data-testid="neighbor-score" data-score={neighbor.score}>
                    {score}
                  </span>
                  {far && <span className="neighbor-far">{t('neighbors.far')}</span>}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {anyFar && <p className="muted small">{t('neighbors.farHint')}</p>}
    </section>
  );
}
