import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ClusteringMethod, ClusteringResult } from '../../../../shared/contract';
import { useI18n } from '../../i18n/i18n-context';
import { assignColors } from '../../plot/palette';
import { clusterColumn, clusterTags, displayNames } from '../../state/cluster-display';
import type { ClustersJob } from '../../state/clusters-state';
import { useClusters } from '../../state/use-clusters';
import { NumberField } from '../NumberField';
import { SelectField } from '../SelectField';
import type { ToolContext, ToolPresets } from './tool-context';
import { ProgressTrack } from '../ProgressTrack';
import { CheckboxField } from '../CheckboxField';

/** The contract's bounds on k and on the smallest cluster (see `startClusteringInput`). */
const MAX_K = 100;
const MAX_MIN_CLUSTER_SIZE = 10_000;

/** Five groups: a readable legend, and the number of topics in the bundled sentences sample. */
const DEFAULT_K = 5;
/** HDBSCAN's usual default: small enough for a class's word list, large enough to ignore pairs. */
const DEFAULT_MIN_CLUSTER_SIZE = 5;

/** The running job's bar and Cancel button. */
function ClusteringProgress({
  job,
  onCancel,
}: {
  readonly job: ClustersJob;
  readonly onCancel: () => void;
}): ReactNode {
  const { t } = useI18n();
  const percent = Math.round(job.fraction * 100);
  return (
    <div className="job-progress">
      <ProgressTrack percent={percent} label={t('clusters.progress')} testId="clusters-progress" />
      <button
        type="button"
        className="secondary"
        data-testid="clusters-cancel"
        disabled={job.cancelling}
        onClick={onCancel}
      >
        {t('clusters.cancel')}
      </button>
    </div>
  );
}

/** Props of {@link ClusterList}. */
interface ClusterListProps {
  readonly result: ClusteringResult;
  readonly names: readonly string[];
  readonly shownNames: readonly string[];
  readonly colorOf: (name: string) => string | undefined;
  readonly onRename: (id: number, name: string) => void;
}

/** The result: silhouette, noise, and one row per cluster with its colour, editable name, size and keywords. */
function ClusterList({ result, names, shownNames, colorOf, onRename }: ClusterListProps): ReactNode {
  const { t } = useI18n();
  const silhouette = result.silhouette;
  return (
    <section aria-label={t('clusters.list')} data-testid="clusters-result">
      <p className="muted small" role="status">
        {t('clusters.summary', { clusters: result.clusters.length })}
        {' · '}
        <span data-testid="clusters-silhouette">
          {silhouette === null
            ? t('clusters.silhouetteNone')
            : t('clusters.silhouette', { value: Math.round(silhouette * 100) / 100 })}
        </span>
        {result.method === 'density' && (
          <>
            {' · '}
            <span data-testid="clusters-noise">{t('clusters.noiseCount', { count: result.noise })}</span>
          </>
        )}
      </p>
      <p className="muted small">{t('clusters.renameHint')}</p>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {result.clusters.map((cluster) => {
          const color = colorOf(shownNames[cluster.id] ?? '');
          return (
            <li
              key={cluster.id}
              data-testid="cluster-row"
              data-cluster-id={cluster.id}
              data-size={cluster.size}
              data-color={color}
              style={{ marginBottom: '0.5rem' }}
            >
              <div style={{ display: 'flex', alignItems: 'center', gap: '0.4rem' }}>
                <span className="swatch" style={{ backgroundColor: color }} aria-hidden="true" />
                <input
                  type="text"
                  data-testid="cluster-name"
                  aria-label={t('clusters.nameLabel', { number: cluster.id + 1 })}
                  value={names[cluster.id] ?? ''}
                  style={{ flex: 1, minWidth: 0 }}
                  onChange={(event) => {
                    onRename(cluster.id, event.target.value);
                  }}
                />
                <span className="muted small">{t('clusters.size', { count: cluster.size })}</span>
              </div>
              {cluster.keywords.length > 0 && (
                <p className="muted small" style={{ margin: '0.2rem 0 0' }}>
                  {t('clusters.keywords', { words: cluster.keywords.join(', ') })}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * The Clusters tool: k-means (k given or chosen by the silhouette) or the density method in the original
 * space, run as a job; the clusters colour the points (a "Cluster" column chosen for colouring, so the
 * legend lists them) and their names are drawn at their centres, renamed live as the user types.
 */
export function ClustersTool({ context }: { readonly context: ToolContext }): ReactNode {
  const { t } = useI18n();
  const map = context.result;
  const [method, setMethod] = useState<ClusteringMethod>('kmeans');
  const [autoK, setAutoK] = useState(false);
  const [k, setK] = useState(DEFAULT_K);
  const [minClusterSize, setMinClusterSize] = useState(DEFAULT_MIN_CLUSTER_SIZE);
  // A lesson's preset, kept until a map is on screen and no run is in progress, then run once.
  const pendingPreset = useRef<ToolPresets['clusters'] | null>(null);
  const { state, run, cancel, rename } = useClusters(context.client, context.reportError);
  // Context callbacks are new on every render of the workspace: effects read them here, not as dependencies.
  const contextRef = useRef(context);
  useEffect(() => {
    contextRef.current = context;
  });

  const result =
    state.result !== null && map !== null && state.result.mapId === map.mapId ? state.result : null;
  const noiseName = t('clusters.noise');
  const columnName = t('clusters.column');
  const shownNames = useMemo(
    () => (result === null ? [] : displayNames(state.names, noiseName)),
    [result, state.names, noiseName],
  );
  const column = useMemo(
    () => (result === null ? null : clusterColumn(result, shownNames, columnName, noiseName)),
    [result, shownNames, columnName, noiseName],
  );
  // The same palette assignment the workspace makes for this column, so swatches match the legend and points.
  const colors = useMemo(
    () =>
      new Map((column === null ? [] : assignColors(column.values).entries).map((e) => [e.label, e.color])),
    [column],
  );

  useEffect(() => {
    const tools = contextRef.current;
    if (column === null || result === null || map === null) {
      tools.setColumn('clusters', null);
      tools.setAnnotations('clusters', null);
      return;
    }
    tools.setColumn('clusters', column);
    const tags = clusterTags(result, shownNames, map.coords, map.dims, (name) => colors.get(name));
    tools.setAnnotations('clusters', { arrows: [], tags });
  }, [column, colors, result, shownNames, map]);

  // A new result (or the column's name in another language) recolours the points by cluster once; the user
  // may colour by something else afterwards.
  useEffect(() => {
    if (result !== null) contextRef.current.colorByColumn(columnName);
  }, [result, columnName]);

  const presetRevision = context.presets.revision;
  useEffect(() => {
    const preset = contextRef.current.presets.clusters;
    if (presetRevision === 0 || preset === undefined) return;
    setMethod(preset.method);
    setAutoK(preset.k === null);
    if (preset.k !== null) setK(preset.k);
    pendingPreset.current = preset;
  }, [presetRevision]);

  const count = map?.count ?? 0;
  const start = (): void => {
    if (map === null) return;
    run({
      mapId: map.mapId,
      method,
      k: method === 'kmeans' && !autoK ? Math.min(k, map.count) : null,
      minClusterSize: Math.min(minClusterSize, MAX_MIN_CLUSTER_SIZE),
      seed: map.seed >>> 0,
    });
  };
  useEffect(() => {
    const preset = pendingPreset.current;
    if (preset === null || preset === undefined || map === null || state.job !== null) return;
    pendingPreset.current = null;
    run({
      mapId: map.mapId,
      method: preset.method,
      k: preset.k === null ? null : Math.min(preset.k, map.count),
      minClusterSize,
      seed: map.seed >>> 0,
    });
  }, [presetRevision, map, state.job, run, minClusterSize]);

  if (map === null) {
    return (
      <section aria-label={t('clusters.heading')}>
        <p className="muted small">{t('clusters.noMap')}</p>
      </section>
    );
  }
  return (
    <section aria-label={t('clusters.heading')} data-testid="clusters-tool">
      <p className="muted small">{t('clusters.intro')}</p>
      <SelectField
        label={t('clusters.method')}
        value={method}
        testId="clusters-method"
        options={[
          { value: 'kmeans', label: t('clusters.method.kmeans') },
          { value: 'density', label: t('clusters.method.density') },
        ]}
        onChange={(value) => {
          setMethod(value === 'density' ? 'density' : 'kmeans');
        }}
      />
      {method === 'kmeans' ? (
        <>
          <CheckboxField
            label={t('clusters.autoK')}
            checked={autoK}
            testId="clusters-auto-k"
            onChange={setAutoK}
          />
          {!autoK && (
            <NumberField
              label={t('clusters.k')}
              value={k}
              min={2}
              max={Math.max(2, Math.min(MAX_K, count))}
              step={1}
              integer
              testId="clusters-k"
              onChange={setK}
            />
          )}
        </>
      ) : (
        <NumberField
          label={t('clusters.minClusterSize')}
          value={minClusterSize}
          min={2}
          max={Math.max(2, Math.min(MAX_MIN_CLUSTER_SIZE, count))}
          step={1}
          integer
          testId="clusters-min-size"
          onChange={setMinClusterSize}
        />
      )}
      {state.job === null ? (
        <button
          type="button"
          data-testid="clusters-run"
          disabled={context.client === null || count < 2}
          onClick={start}
        >
          {t('clusters.run')}
        </button>
      ) : (
        <ClusteringProgress job={state.job} onCancel={cancel} />
      )}
      {state.cancelled && state.job === null && (
        <p className="muted small" role="status">
          {t('clusters.cancelled')}
        </p>
      )}
      {result !== null && (
        <ClusterList
          result={result}
          names={state.names}
          shownNames={shownNames}
          colorOf={(name) => colors.get(name)}
          onRename={rename}
        />
      )}
    </section>
  );
}
