import { useMemo, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { ExportScale } from '../plot/export-png';
import type { LegendRow } from '../plot/legend-canvas';
import type { PlotData } from '../plot/plot-controller';
import { usePlotController } from '../plot/use-plot-controller';
import type { LayoutView } from '../state/layout-view';
import { PlotToolbar } from './PlotToolbar';
import { PlotTooltip } from './PlotTooltip';

/** Props of {@link PlotView}. */
export interface PlotViewProps {
  /** The map to draw: a finished result, or the latest intermediate layout of a running job. */
  readonly result: LayoutView | null;
  /** 3 bytes per point, from the same palette as the legend. */
  readonly colors: Uint8Array | null;
  readonly legend: readonly LegendRow[];
  readonly host: 'desktop' | 'web';
  /** Shown instead of the empty-state text while the first map is being made. */
  readonly busy: boolean;
  readonly onFailure: (kind: 'webgl' | 'export', error: unknown) => void;
  /** Saves exported PNG bytes; resolves with the location, or null when the user cancelled. */
  readonly onSave: (bytes: Uint8Array<ArrayBuffer>) => Promise<string | null>;
}

/** The map: toolbar, the WebGL canvas with its label overlay, and the hover tooltip. */
export function PlotView(props: PlotViewProps): ReactNode {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const glCanvas = useRef<HTMLCanvasElement>(null);
  const overlay = useRef<HTMLCanvasElement>(null);
  const { result, colors } = props;
  const data = useMemo<PlotData | null>(
    () =>
      result === null || colors === null
        ? null
        : { coords: result.coords, dims: result.dims, texts: result.texts, labels: result.labels, colors },
    [result, colors],
  );
  const { controller, hover } = usePlotController(container, glCanvas, overlay, data, (error) => {
    props.onFailure('webgl', error);
  });
  const onExport = async (scale: ExportScale): Promise<string | null> => {
    if (controller === null) return null;
    try {
      return await props.onSave(await controller.exportPng(scale, props.legend));
    } catch (error) {
      props.onFailure('export', error);
      return null;
    }
  };
  const hovered = hover !== null && hover.index >= 0 && result !== null ? hover : null;
  const size = controller?.getView().size;
  return (
    <section className="plot-view" aria-label={t('plot.heading')}>
      <PlotToolbar
        host={props.host}
        hasData={data !== null && controller !== null}
        onReset={() => controller?.fit()}
        onExport={onExport}
      />
      <div className="plot-area" ref={container}>
        <canvas
          ref={glCanvas}
          className="plot-canvas"
          data-testid="plot-canvas"
          tabIndex={0}
          role="img"
          aria-label={t('plot.canvasLabel')}
        />
        <canvas ref={overlay} className="plot-overlay" aria-hidden="true" />
        {result === null && <p className="plot-empty">{props.busy ? t('plot.loading') : t('plot.empty')}</p>}
        {hovered !== null && result !== null && (
          <PlotTooltip
            text={result.texts[hovered.index] ?? ''}
            label={result.labels[hovered.index] ?? null}
            px={hovered.px}
            py={hovered.py}
            plotWidth={size?.width ?? 0}
            plotHeight={size?.height ?? 0}
          />
        )}
      </div>
    </section>
  );
}
