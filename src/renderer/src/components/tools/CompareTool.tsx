import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { EmbedderInfo } from '../../../../shared/contract';
import { toStudioErrorInfo } from '../../../../shared/errors';
import { useI18n } from '../../i18n/i18n-context';
import { localized } from '../../i18n/localized';
import { compareTargets, disagreements, targetKey, type CompareTarget } from '../../state/compare-state';
import { OVERLAP_K, useCompare } from '../../state/use-compare';
import type { ToolContext } from './tool-context';

/** How many of the most disputed items are listed: a screenful, enough to spot a pattern. */
const DISAGREEMENTS_SHOWN = 12;

const METHOD_NAMES = { pca: 'PCA', umap: 'UMAP', tsne: 't-SNE' } as const;

/**
 * Compare with: remakes the map on screen with another method or another model (same data, same rows), aligns
 * the second layout onto the first (Procrustes) beside the plot, coloured by per-item neighbourhood overlap, and
 * lists the items the two disagree about most.
 */
export function CompareTool({ context }: { readonly context: ToolContext }): ReactNode {
  const { t, language } = useI18n();
  const { client, request, result } = context;
  const [embedders, setEmbedders] = useState<readonly EmbedderInfo[]>([]);
  const [chosen, setChosen] = useState('');
  const compare = useCompare(context);
  const { reportError } = context;
  useEffect(() => {
    if (client === null) return;
    client
      .listEmbedders({})
      .then(setEmbedders)
      .catch((error: unknown) => {
        reportError(toStudioErrorInfo(error));
      });
  }, [client, reportError, result?.mapId]);
  const targets = useMemo(
    () => (request === null ? [] : compareTargets(request, embedders)),
    [request, embedders],
  );
  const nameOf = (target: CompareTarget): string => {
    if (target.kind === 'method') return METHOD_NAMES[target.method];
    const info = embedders.find((embedder) => embedder.id === target.embedderId);
    return info === undefined ? target.embedderId : localized(info.name, language);
  };
  if (result === null) return <p className="tool-hint">{t('compare.needMap')}</p>;
  if (request === null) return <p className="tool-hint">{t('compare.noRequest')}</p>;
  const target = targets.find((candidate) => targetKey(candidate) === chosen) ?? targets[0];
  const { job, comparison } = compare;
  const worst = comparison === null ? [] : disagreements(comparison.overlap, DISAGREEMENTS_SHOWN);
  return (
    <section className="compare-tool" aria-label={t('compare.heading')}>
      <label className="field">
        <span>{t('compare.with')}</span>
        <select
          data-testid="compare-target"
          value={target === undefined ? '' : targetKey(target)}
          onChange={(event) => {
            setChosen(event.target.value);
          }}
        >
          {targets.map((candidate) => (
            <option key={targetKey(candidate)} value={targetKey(candidate)}>
              {candidate.kind === 'method'
                ? t('compare.method', { name: nameOf(candidate) })
                : t('compare.embedder', { name: nameOf(candidate) })}
            </option>
          ))}
        </select>
      </label>
      {job === null ? (
        <button
          type="button"
          data-testid="compare-start"
          disabled={target === undefined}
          onClick={() => {
            if (target !== undefined)
              compare.start(target, t('compare.companionTitle', { name: nameOf(target) }));
          }}
        >
          {t('compare.start')}
        </button>
      ) : (
        <div className="compare-job" data-testid="compare-job" data-phase={job.phase}>
          <progress
            max={1}
            value={job.fraction}
            aria-label={job.phase === 'map' ? t('compare.progress') : t('compare.measuring')}
            data-testid="compare-progress"
          />
          <button
            type="button"
            data-testid="compare-cancel"
            disabled={job.cancelling}
            onClick={compare.cancel}
          >
            {job.cancelling ? t('compare.cancelling') : t('compare.cancel')}
          </button>
        </div>
      )}
      {comparison !== null && (
        <div className="compare-output" role="status" data-testid="compare-output">
          <p>
            {t('compare.meanOverlap', { k: OVERLAP_K, percent: Math.round(comparison.meanOverlap * 100) })}
          </p>
          <p className="tool-hint">{t('compare.disparity', { value: comparison.disparity.toFixed(3) })}</p>
          <h3>{t('compare.disagree')}</h3>
          <ol className="compare-disagreements">
            {worst.map((index) => (
              <li key={index}>
                <button
                  type="button"
                  onClick={() => {
                    context.select([index]);
                  }}
                >
                  {result.texts[index]} · {Math.round((comparison.overlap[index] ?? 0) * 100)}%
                </button>
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
