import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { DEFAULT_LABEL_FONT_PX } from '../../plot/label-layer';
import type { Options3d, PlotData, PlotStyle } from '../../plot/plot-controller';
import type { SelectMode } from '../../plot/selection-shape';
import { usePlotController } from '../../plot/use-plot-controller';
import { applySelectOp, companionPointState, companionStyle } from '../../state/companion-view';
import { PLOT_THEMES, type Theme } from '../../theme/theme';
import { useCompanionProbe } from './companion-probe';
import { LinkedHoverMark } from './LinkedHoverMark';
import type { CompanionView } from './tool-context';

/** Props of {@link CompanionPlot}. */
export interface CompanionPlotProps {
  readonly view: CompanionView;
  /** The main plot's selection (linked), and a change to it from the companion. */
  readonly selection: readonly number[];
  readonly onSelect: (indices: readonly number[]) => void;
  /** The item hovered on either plot (linked), or -1. */
  readonly hovered: number;
  readonly onHover: (index: number) => void;
  readonly onClose: () => void;
  /** The main plot's colours, used when the view has no scores of its own. */
  readonly mainStyle: PlotStyle | null;
  readonly theme: Theme;
}

const OPTIONS_3D: Options3d = { axes: true, depthCues: true, autoRotate: false };
const MODES: readonly SelectMode[] = ['pan', 'lasso'];

/**
 * A second layout of the same items beside the main plot (concept axes, or another map to compare), drawn by
 * the same plot controller as the main plot. Selection and hover are linked: a selection made here replaces
 * the main plot's, and the item hovered on either plot is marked on the other.
 */
export function CompanionPlot(props: CompanionPlotProps): ReactNode {
  const { t } = useI18n();
  const { view, selection, onSelect, onHover, hovered } = props;
  const container = useRef<HTMLDivElement>(null);
  const glCanvas = useRef<HTMLCanvasElement>(null);
  const overlay = useRef<HTMLCanvasElement>(null);
  const [selectMode, setSelectMode] = useState<SelectMode>('pan');
  const { layout } = view;
  const count = layout.texts.length;
  const data = useMemo<PlotData>(
    () => ({ coords: layout.coords, dims: layout.dims, texts: layout.texts, labels: layout.labels }),
    [layout],
  );
  const style = useMemo(
    () => companionStyle(view.scores, props.mainStyle, count),
    [view.scores, props.mainStyle, count],
  );
  const pointState = useMemo(() => companionPointState(selection, count), [selection, count]);
  const { controller, hover } = usePlotController(
    { container, glCanvas, overlay },
    {
      data,
      style,
      links: null,
      labelFontPx: DEFAULT_LABEL_FONT_PX,
      pointState,
      hasSelection: selection.length > 0,
      hasSearch: false,
      theme: PLOT_THEMES[props.theme],
      selectMode,
      projection: 'perspective',
      options3d: OPTIONS_3D,
      onSelect: (op, indices) => {
        onSelect(applySelectOp(selection, count, op, indices));
      },
      onEscape: () => {
        onSelect([]);
      },
      onPointClick: () => undefined,
      onNeighborsKey: () => undefined,
    },
    () => undefined,
  );
  const ownHover = hover?.index ?? -1;
  useEffect(() => {
    onHover(ownHover);
  }, [ownHover, onHover]);
  useCompanionProbe(controller, { selection: () => selection, linkedHover: () => hovered });
  const [xTitle, yTitle, zTitle] = view.axisTitles;
  return (
    <section className="companion-plot" aria-label={view.title}>
      <header className="companion-header">
        <h2>{view.title}</h2>
        <div role="radiogroup" aria-label={t('compare.selectMode')} className="companion-modes">
          {MODES.map((mode) => (
            <button
              key={mode}
              type="button"
              role="radio"
              aria-checked={selectMode === mode}
              onClick={() => {
                setSelectMode(mode);
              }}
            >
              {t(mode === 'pan' ? 'compare.modePan' : 'compare.modeLasso')}
            </button>
          ))}
        </div>
        <button type="button" onClick={props.onClose} aria-label={t('compare.closeCompanion')}>
          ×
        </button>
      </header>
      <div className="plot-area" ref={container}>
        <canvas
          ref={glCanvas}
          className={`plot-canvas mode-${selectMode}`}
          data-testid="companion-canvas"
          tabIndex={0}
          role="img"
          aria-label={view.title}
        />
        <canvas ref={overlay} className="plot-overlay" aria-hidden="true" />
        {ownHover >= 0 && <p className="companion-hover-text">{layout.texts[ownHover]}</p>}
        {ownHover < 0 && <LinkedHoverMark controller={controller} index={hovered} />}
      </div>
      {(xTitle !== undefined || view.scores !== null) && (
        <footer className="companion-footer">
          {xTitle !== undefined && (
            <p>
              {t('compare.axisX', { title: xTitle })}
              {yTitle !== undefined && ` · ${t('compare.axisY', { title: yTitle })}`}
              {zTitle !== undefined && ` · ${t('compare.axisZ', { title: zTitle })}`}
            </p>
          )}
          {view.scores !== null && (
            <p className="companion-ramp">
              <span>{t('compare.rampLow')}</span>
              <span className="ramp-swatch" aria-hidden="true" />
              <span>{t('compare.rampHigh')}</span>
            </p>
          )}
        </footer>
      )}
    </section>
  );
}
