import { useMemo, useState, type ReactNode } from 'react';
import { MAX_HEATMAP_ITEMS } from '../../../../shared/contract';
import { useI18n } from '../../i18n/i18n-context';
import { greedySeriation, orderBySimilarityTo } from '../../plot/seriation';
import { heatmapFits, useHeatmap } from '../../state/use-heatmap';
import { HeatmapCanvas } from './HeatmapCanvas';
import type { ToolContext } from './tool-context';

/** How the heatmap's rows and columns are ordered. */
type HeatmapOrder = 'original' | 'anchor' | 'clustered';

/** A cosine-similarity heatmap of the selected items, sortable, with the numbers on hover. */
export function HeatmapTool({ context }: { readonly context: ToolContext }): ReactNode {
  const { t } = useI18n();
  const { matrix, loading } = useHeatmap(context);
  const [orderKind, setOrderKind] = useState<HeatmapOrder>('original');
  const [anchor, setAnchor] = useState(0);
  const n = matrix?.indices.length ?? 0;
  const order = useMemo(() => {
    if (matrix === null) return [];
    if (orderKind === 'clustered') return greedySeriation(matrix.values, n);
    if (orderKind === 'anchor') return orderBySimilarityTo(matrix.values, n, Math.min(anchor, n - 1));
    return Array.from({ length: n }, (_, i) => i);
  }, [matrix, n, orderKind, anchor]);
  const texts = context.result?.texts ?? [];
  if (context.result === null) return <p className="tool-hint">{t('heatmap.needMap')}</p>;
  if (!heatmapFits(context.selection.length)) {
    return (
      <p className="tool-hint" data-testid="heatmap-hint">
        {t('heatmap.selectItems', { max: MAX_HEATMAP_ITEMS, count: context.selection.length })}
      </p>
    );
  }
  const itemTexts = matrix?.indices.map((index) => texts[index] ?? '') ?? [];
  return (
    <section className="heatmap-tool" aria-label={t('heatmap.heading')}>
      <label className="field">
        <span>{t('heatmap.order')}</span>
        <select
          value={orderKind}
          data-testid="heatmap-order"
          onChange={(event) => {
            setOrderKind(event.target.value as HeatmapOrder);
          }}
        >
          <option value="original">{t('heatmap.orderOriginal')}</option>
          <option value="anchor">{t('heatmap.orderAnchor')}</option>
          <option value="clustered">{t('heatmap.orderClustered')}</option>
        </select>
      </label>
      {orderKind === 'anchor' && (
        <label className="field">
          <span>{t('heatmap.anchor')}</span>
          <select
            value={anchor}
            onChange={(event) => {
              setAnchor(Number(event.target.value));
            }}
          >
            {itemTexts.map((text, i) => (
              <option key={i} value={i}>
                {text}
              </option>
            ))}
          </select>
        </label>
      )}
      {matrix === null ? (
        <p className="tool-hint">{loading ? t('heatmap.loading') : ''}</p>
      ) : (
        <HeatmapCanvas
          values={matrix.values}
          texts={itemTexts}
          order={order}
          label={t('heatmap.label', { count: n })}
          describe={(a, b, value) => t('heatmap.cell', { a, b, value })}
        />
      )}
    </section>
  );
}
