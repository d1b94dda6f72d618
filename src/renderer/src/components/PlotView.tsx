import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { LegendContent } from '../plot/color-bar';
import type { ExportOptions } from '../plot/export-options';
import type { NeighborLinks } from '../plot/neighbor-lines';
import type { PlotAnnotations } from '../plot/plot-annotations';
import type { Projection3d } from '../plot/orbit-camera';
import type { Options3d, PlotController, PlotData, PlotStyle } from '../plot/plot-controller';
import type { SelectMode } from '../plot/selection-shape';
import { POINT_HIDDEN } from '../plot/point-flags';
import { usePlotController } from '../plot/use-plot-controller';
import { usePlotProbe } from '../plot/use-plot-probe';
import type { LayoutView } from '../state/layout-view';
import { selectedIndices } from '../state/selection-state';
import type { PlotState, PlotStateActions } from '../state/use-plot-state';
import { PLOT_THEMES, type Theme } from '../theme/theme';
import { ExportControls, type ExportFormat } from './ExportControls';
import { PlotToolbar } from './PlotToolbar';
import { PlotTooltip } from './PlotTooltip';
import { SearchBox } from './SearchBox';
import { LinkedHoverMark } from './tools/LinkedHoverMark';
import { View3dControls } from './View3dControls';

/** Props of {@link PlotView}. */
export interface PlotViewProps {
  /** The map to draw: a finished result, or the latest intermediate layout of a running job. */
  readonly result: LayoutView | null;
  /** Colours (3 bytes per point, as the legend says) and sizes. */
  readonly style: PlotStyle | null;
  /** What an exported image explains its colours with. */
  readonly legend: LegendContent;
  readonly links: NeighborLinks | null;
  /** Arrows and tags the analysis tools draw over the points (and into the exports). */
  readonly annotations: PlotAnnotations;
  readonly labelFontPx: number;
  /** Other columns of the hovered item, for the tooltip. */
  readonly columns: readonly { readonly name: string; readonly values: readonly string[] }[];
  readonly host: 'desktop' | 'web';
  /** Shown instead of the empty-state text while the first map is being made. */
  readonly busy: boolean;
  readonly plot: PlotState;
  readonly plotActions: PlotStateActions;
  readonly theme: Theme;
  readonly onFailure: (kind: 'webgl' | 'export', error: unknown) => void;
  /** Saves exported bytes; resolves with the location, or null when the user cancelled. */
  readonly onSave: (bytes: Uint8Array<ArrayBuffer>, format: ExportFormat) => Promise<string | null>;
  /** A plain click on a point, and N pressed on the plot: ask for neighbours. */
  readonly onPointClick: (index: number) => void;
  readonly onNeighborsKey: () => void;
  /** Hands the controller (or null) to the owner, e.g. to centre on a neighbour. */
  readonly onController: (controller: PlotController | null) => void;
  /** What the end-to-end probe reports about the neighbours. */
  readonly probeNeighbors: () => { mapId: string | null; source: number; indices: number[] };
  /** Linked hover: the item hovered on a companion plot (marked here), and this plot's hovered item (-1 for none). */
  readonly linkedHover?: number;
  readonly onHover?: (index: number) => void;
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
  const { result, plot, plotActions, onController } = props;
  const data = useMemo<PlotData | null>(
    () =>
      result === null
        ? null
        : { coords: result.coords, dims: result.dims, texts: result.texts, labels: result.labels },
    [result],
  );
  const inputs = {
    data,
    style: props.style,
    links: props.links,
    labelFontPx: props.labelFontPx,
    pointState: plot.pointState,
    hasSelection: plot.selection.count > 0,
    hasSearch: plot.hasSearch,
    theme: PLOT_THEMES[props.theme],
    selectMode,
    projection,
    options3d,
    onSelect: plotActions.select,
    onEscape: plotActions.clearSelection,
    onPointClick: props.onPointClick,
    onNeighborsKey: props.onNeighborsKey,
  };
  const { controller, hover } = usePlotController({ container, glCanvas, overlay }, inputs, (error) => {
    props.onFailure('webgl', error);
  });
  useEffect(() => {
    onController(controller);
  }, [controller, onController]);
  const { annotations } = props;
  useEffect(() => {
    controller?.setAnnotations(annotations);
  }, [controller, annotations]);
  usePlotProbe(controller, {
    selection: () => selectedIndices(plot.selection),
    hiddenLabels: () => hiddenLabels(plot.pointState, result?.labels ?? []),
    matches: () => plot.search.matches,
    neighbors: props.probeNeighbors,
  });
  const onExport = async (format: ExportFormat, options: ExportOptions): Promise<string | null> => {
    if (controller === null) return null;
    try {
      if (format === 'png')
        return await props.onSave(await controller.exportPng(options, props.legend), format);
      const svg = controller.exportSvg(options, props.legend);
      return svg === null ? null : await props.onSave(new TextEncoder().encode(svg), format);
    } catch (error) {
      props.onFailure('export', error);
      return null;
    }
  };
  const hovered = hover !== null && hover.index >= 0 && result !== null ? hover : null;
  const { onHover } = props;
  const hoveredIndex = hovered?.index ?? -1;
  useEffect(() => {
    onHover?.(hoveredIndex);
  }, [hoveredIndex, onHover]);
  const size = controller?.getView().size;
  const is3d = result?.dims === 3;
  return (
    <section className="plot-view" aria-label={t('plot.heading')}>
      <PlotToolbar
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
        exportControls={
          <ExportControls
            host={props.host}
            hasData={data !== null && controller !== null}
            can2d={!is3d}
            plotWidth={size?.width ?? 0}
            onExport={onExport}
          />
        }
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
        {hovered === null && <LinkedHoverMark controller={controller} index={props.linkedHover ?? -1} />}
        {hovered !== null && result !== null && (
          <PlotTooltip
            text={result.texts[hovered.index] ?? ''}
            label={result.labels[hovered.index] ?? null}
            columns={props.columns.map((column) => ({
              name: column.name,
              value: column.values[hovered.index] ?? '',
            }))}
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
