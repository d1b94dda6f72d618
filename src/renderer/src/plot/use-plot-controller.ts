import { useEffect, useRef, useState, type RefObject } from 'react';
import type { PlotTheme } from '../theme/theme';
import type { Projection3d } from './orbit-camera';
import type { NeighborLinks } from './neighbor-lines';
import { PlotController, type Options3d, type PlotData, type PlotStyle } from './plot-controller';
import { attachPlotInteraction } from './plot-interaction';
import type { SelectMode, SelectOp } from './selection-shape';

/** The pointer over the plot and the point under it (-1 for none). */
export interface HoverState {
  readonly index: number;
  readonly px: number;
  readonly py: number;
  /** The data the index refers to: a hover over an older map is stale and not shown. */
  readonly data: PlotData | null;
}

/** Everything the plot shows and how it reports what the user did. */
export interface PlotInputs {
  readonly data: PlotData | null;
  /** Colours and sizes of the points (null until known). */
  readonly style: PlotStyle | null;
  /** Neighbour lines to draw, or null. */
  readonly links: NeighborLinks | null;
  readonly labelFontPx: number;
  /** One state byte per point (see point-flags), or null. */
  readonly pointState: Uint8Array | null;
  readonly hasSelection: boolean;
  readonly hasSearch: boolean;
  readonly theme: PlotTheme;
  readonly selectMode: SelectMode;
  readonly projection: Projection3d;
  readonly options3d: Options3d;
  readonly onSelect: (op: SelectOp, indices: ArrayLike<number>) => void;
  readonly onEscape: () => void;
  /** A plain click on a point (after it was selected): its neighbours are looked up. */
  readonly onPointClick: (index: number) => void;
  /** N pressed on the plot. */
  readonly onNeighborsKey: () => void;
}

/** The canvases the controller draws on, inside `container` (the box that sizes them). */
export interface PlotElements {
  readonly container: RefObject<HTMLDivElement | null>;
  readonly glCanvas: RefObject<HTMLCanvasElement | null>;
  readonly overlay: RefObject<HTMLCanvasElement | null>;
}

/**
 * Creates the plot controller and keeps it in step with the canvases' size, the inputs and the pointer.
 * Reports a failure to create it (no WebGL) through `onFailure` instead of throwing in render.
 */
export function usePlotController(
  elements: PlotElements,
  inputs: PlotInputs,
  onFailure: (error: unknown) => void,
): { controller: PlotController | null; hover: HoverState | null } {
  const controller = useCreatedController(elements, onFailure);
  const [hover, setHover] = useState<HoverState | null>(null);
  // The handlers read the latest inputs through a ref, so the listeners are attached once per controller.
  const latest = useRef(inputs);
  useEffect(() => {
    latest.current = inputs;
  });
  const {
    data,
    style,
    links,
    labelFontPx,
    pointState,
    hasSelection,
    hasSearch,
    theme,
    projection,
    options3d,
  } = inputs;
  // The style first: a new map and its colours arrive in the same commit, and setData uses the style it has.
  useEffect(() => {
    if (style !== null) controller?.setStyle(style);
  }, [controller, style]);
  useEffect(() => {
    controller?.setData(data);
  }, [controller, data]);
  useEffect(() => {
    controller?.setNeighbors(links);
  }, [controller, data, links]);
  useEffect(() => {
    controller?.setLabelFontSize(labelFontPx);
  }, [controller, labelFontPx]);
  useEffect(() => {
    if (pointState !== null) controller?.setPointState(pointState, hasSelection, hasSearch);
  }, [controller, data, pointState, hasSelection, hasSearch]);
  useEffect(() => {
    controller?.setTheme(theme);
  }, [controller, theme]);
  useEffect(() => {
    controller?.setProjection(projection);
  }, [controller, projection]);
  useEffect(() => {
    controller?.setOptions3d(options3d);
  }, [controller, options3d]);

  useEffect(() => {
    const canvas = elements.glCanvas.current;
    if (controller === null || canvas === null) return undefined;
    const hits = controller.hitsNow.bind(controller);
    return attachPlotInteraction(canvas, {
      drag: (dx, dy, secondary) => {
        setHover(null);
        controller.drag(dx, dy, secondary);
      },
      zoomAt: (px, py, factor) => {
        setHover(null);
        controller.zoomAt(px, py, factor);
      },
      fit: () => {
        controller.fit();
      },
      hover: (position) => {
        const index = position === null ? -1 : controller.pick(position.px, position.py);
        setHover(position === null ? null : { ...position, index, data: controller.getData() });
      },
      click: (px, py, op) => {
        const index = controller.pickNow(px, py);
        if (index >= 0) {
          latest.current.onSelect(op, [index]);
          if (op === 'replace') latest.current.onPointClick(index);
        } else if (op === 'replace') latest.current.onSelect('replace', []);
      },
      shape: (shape) => {
        controller.setGesture(shape);
      },
      select: (shape, op) => {
        const index = hits();
        if (index === null) return;
        latest.current.onSelect(
          op,
          shape.kind === 'box' ? index.inRect(shape.rect) : index.inPolygon(shape.points),
        );
      },
      escape: () => {
        latest.current.onEscape();
      },
      neighbors: () => {
        latest.current.onNeighborsKey();
      },
      mode: () => latest.current.selectMode,
    });
  }, [controller, elements.glCanvas]);

  return { controller, hover: hover?.data === data ? hover : null };
}

/** The controller for the committed canvases, resized with their box; null until mounted or without WebGL. */
function useCreatedController(
  elements: PlotElements,
  onFailure: (error: unknown) => void,
): PlotController | null {
  const [controller, setController] = useState<PlotController | null>(null);
  useEffect(() => {
    const { container, glCanvas, overlay } = elements;
    if (container.current === null || glCanvas.current === null || overlay.current === null) return undefined;
    let created: PlotController;
    try {
      created = new PlotController(glCanvas.current, overlay.current);
    } catch (error) {
      onFailure(error);
      return undefined;
    }
    const box = container.current;
    const resize = (): void => {
      // Whole CSS pixels, so the canvas, the probe and exported images agree exactly on the size.
      const size = {
        width: Math.max(1, Math.floor(box.clientWidth)),
        height: Math.max(1, Math.floor(box.clientHeight)),
      };
      created.resize(size, window.devicePixelRatio || 1);
    };
    resize();
    const observer = new ResizeObserver(resize);
    observer.observe(box);
    // The controller needs the committed canvases, so it can only be created here; publishing it through
    // state is what lets the effects above and the toolbar use it.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setController(created);
    return () => {
      observer.disconnect();
      created.dispose();
      setController(null);
    };
    // The elements are stable refs and the failure callback is only needed once, at creation.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return controller;
}
