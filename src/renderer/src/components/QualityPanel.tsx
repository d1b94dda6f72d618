import { useState, type ReactNode } from 'react';
import { MAX_NEIGHBORS, type MapQualityResult } from '../../../shared/contract';
import { useI18n } from '../i18n/i18n-context';
import { useAnalysisJob } from '../state/use-analysis-job';
import { NumberField } from './NumberField';
import { belongsTo, distortionColumn, formatScore } from './quality-display';
import type { ToolContext } from './tools/tool-context';

/** k = 15: UMAP's default neighbourhood, and the k the quality literature and our benchmarks report. */
const DEFAULT_K = 15;

type Measured = MapQualityResult & { readonly mapId: string };

/** One score with its plain-language meaning underneath. */
function Score({
  testId,
  text,
  hint,
}: {
  readonly testId: string;
  readonly text: string;
  readonly hint: string;
}): ReactNode {
  return (
    <div data-testid={testId}>
      <strong>{text}</strong>
      <p className="muted small" style={{ margin: '0.1rem 0 0.4rem' }}>
        {hint}
      </p>
    </div>
  );
}

/**
 * "How much does this map distort?": trustworthiness, continuity and kNN preservation of the map on screen,
 * each explained in one line, and a button that colours the points by their own score (a numeric column, so
 * the plot shows a colour ramp and its bar).
 */
export function QualityPanel({ context }: { readonly context: ToolContext }): ReactNode {
  const { t } = useI18n();
  const [k, setK] = useState(DEFAULT_K);
  const [measured, setMeasured] = useState<Measured | null>(null);
  const { client, result: map } = context;
  const measuring = useAnalysisJob(client, context.reportError);
  const shown = measured !== null && belongsTo(measured, map) ? measured : null;
  const compute = (): void => {
    if (map === null) return;
    const mapId = map.mapId;
    // A failed or cancelled measurement leaves the previous scores on screen; only a result replaces them.
    measuring.start(
      (studio) => studio.startMapQuality({ mapId, k }),
      (end) => {
        if (end.type === 'map-quality') setMeasured({ ...end.result, mapId });
      },
    );
  };
  const colour = (): void => {
    if (shown === null) return;
    const name = t('quality.columnName', { k: shown.k });
    context.setColumn('quality', distortionColumn(shown.perPoint, name));
    context.colorByColumn(name);
  };
  return (
    <section className="selection-panel" aria-labelledby="quality-heading" data-testid="quality-panel">
      <div className="panel-heading">
        <h2 id="quality-heading">{t('quality.heading')}</h2>
      </div>
      <p className="muted small">{t('quality.intro')}</p>
      <div className="field-row">
        <NumberField
          label={t('quality.k')}
          value={k}
          min={1}
          max={MAX_NEIGHBORS}
          step={1}
          integer
          testId="quality-k"
          onChange={setK}
        />
        <button
          type="button"
          data-testid="quality-compute"
          disabled={measuring.job !== null || map === null || client === null}
          onClick={compute}
        >
          {measuring.job === null ? t('quality.compute') : t('quality.computing')}
        </button>
      </div>
      {measuring.job !== null && (
        <div className="field-row" data-testid="quality-job">
          <progress
            max={1}
            value={measuring.job.fraction}
            aria-label={t('quality.progress')}
            data-testid="quality-progress"
          />
          <button
            type="button"
            className="secondary"
            data-testid="quality-cancel"
            disabled={measuring.job.cancelling}
            onClick={measuring.cancel}
          >
            {measuring.job.cancelling ? t('quality.cancelling') : t('quality.cancel')}
          </button>
        </div>
      )}
      {shown !== null && (
        <div role="status" data-testid="quality-result">
          <Score
            testId="quality-trustworthiness"
            text={t('quality.trustworthiness', { value: formatScore(shown.trustworthiness) })}
            hint={t('quality.trustworthinessHint')}
          />
          <Score
            testId="quality-continuity"
            text={t('quality.continuity', { value: formatScore(shown.continuity) })}
            hint={t('quality.continuityHint')}
          />
          <Score
            testId="quality-preservation"
            text={t('quality.preservation', { value: formatScore(shown.knnPreservation) })}
            hint={t('quality.preservationHint', { k: shown.k })}
          />
          {shown.sampled !== null && (
            <p className="muted small">{t('quality.sampled', { count: shown.sampled })}</p>
          )}
          <button type="button" className="secondary" data-testid="quality-colour" onClick={colour}>
            {t('quality.colour')}
          </button>
          <p className="muted small">{t('quality.rampHint')}</p>
        </div>
      )}
    </section>
  );
}
