import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { ExportScale } from '../plot/export-png';
import type { LegendRow } from '../plot/legend-canvas';
import type { Projection3d } from '../plot/orbit-camera';
import type { Options3d, PlotData } from '../plot/plot-controller';
import type { SelectMode } from '../plot/selection-shape';
import { POINT_HIDDEN } from '../plot/point-flags';
import { usePlotController } from '../plot/use-plot-controller';
import { usePlotProbe } from '../plot/use-plot-probe';
import type { LayoutView } from '../state/layout-view';
import { selectedIndices } from '../state/selection-state';
import type { PlotState, PlotStateActions } from '../state/use-plot-state';
import { PLOT_THEMES, type Theme } from '../theme/theme';
import { PlotToolbar } from './PlotToolbar';
import { PlotTooltip } from './PlotTooltip';
import { SearchBox } from './SearchBox';
import { View3dControls } from './View3dControls';

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
  readonly plot: PlotState;
  readonly plotActions: PlotStateActions;
  readonly theme: Theme;
  readonly onFailure: (kind: 'webgl' | 'export', error: unknown) => void;
  /** Saves exported PNG bytes; resolves with the location, or null when the user cancelled. */
  readonly onSave: (bytes: Uint8Array<ArrayBuffer>) => Promise<string | null>;
}

const DEFAULT_OPTIONS_3D: Options3d = { axes: false, depthCues: true, autoRotate: false };

/** The labels of the points whose state says hidden ('' for none), sorted and distinct. */
function hiddenLabels(state: Uint8Array | null, labels: readonly (string | null)[]): string[] {
  const found = new Set<string>();
  state?.forEach((bits, i) => {
    if ((bits & POINT_HIDDEN) !== 0) found.add(labels[i] ?? '');
  });
  return [...found].sort();
}

/** The map: toolbar, search, the WebGL canvas with its label overlay, and the hover tooltip. */
export function PlotView(props: PlotViewProps): ReactNode {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const glCanvas = useRef<HTMLCanvasElement>(null);
  const overlay = useRef<HTMLCanvasElement>(null);
  const [selectMode, setSelectMode] = useState<SelectMode>('pan');
  const [projection, setProjection] = useState<Projection3d>('perspective');
  const [options3d, setOptions3d] = useState<Options3d>(DEFAULT_OPTIONS_3D);
  const { result, colors, plot, plotActions } = props;
  const data = useMemo<PlotData | null>(
    () =>
      result === null || colors === null
        ? null
        : { coords: result.coords, dims: result.dims, texts: result.texts, labels: result.labels, colors },
    [result, colors],
  );
  const inputs = {
    data,
    pointState: plot.pointState,
    hasSelection: plot.selection.count > 0,
    hasSearch: plot.hasSearch,
    theme: PLOT_THEMES[props.theme],
    selectMode,
    projection,
    options3d,
    onSelect: plotActions.select,
    onEscape: plotActions.clearSelection,
  };
  const { controller, hover } = usePlotController({ container, glCanvas, overlay }, inputs, (error) => {
    props.onFailure('webgl', error);
  });
  usePlotProbe(controller, {
    selection: () => selectedIndices(plot.selection),
    hiddenLabels: () => hiddenLabels(plot.pointState, result?.labels ?? []),
    matches: () => plot.search.matches,
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
  const is3d = result?.dims === 3;
  return (
    <section className="plot-view" aria-label={t('plot.heading')}>
      <PlotToolbar
        host={props.host}
        hasData={data !== null && controller !== null}
        onReset={() => controller?.fit()}
        selectMode={selectMode}
        onSelectMode={setSelectMode}
        extra={
          is3d && (
            <View3dControls
              projection={projection}
              onProjection={setProjection}
              options={options3d}
              onOptions={setOptions3d}
            />
          )
        }
        onExport={onExport}
      />
      <SearchBox
        search={plot.search}
        texts={result?.texts ?? []}
        onQuery={plotActions.setQuery}
        onRegex={plotActions.setRegex}
        onNext={() => {
          const index = plotActions.nextMatch();
          if (index >= 0) controller?.centreOn(index);
        }}
        onZoom={() => controller?.fitTo(plot.search.matches)}
        onSelect={() => {
          plotActions.select('replace', plot.search.matches);
        }}
      />
      <div className="plot-area" ref={container}>
        <canvas
          ref={glCanvas}
          className={`plot-canvas mode-${selectMode}`}
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
