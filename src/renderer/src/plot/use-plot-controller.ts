import { useEffect, useState, type RefObject } from 'react';
import { PlotController, type PlotData } from './plot-controller';
import { attachPlotInteraction } from './plot-interaction';
import { installProbe } from './probe';

/** The pointer over the plot and the point under it (-1 for none). */
export interface HoverState {
  readonly index: number;
  readonly px: number;
  readonly py: number;
  /** The data the index refers to: a hover over an older map is stale and not shown. */
  readonly data: PlotData | null;
}

/**
 * Creates the plot controller for the WebGL canvas and the label overlay inside `container` (the box that
 * sizes them) and keeps it in step with their size, the data and the
 * pointer. Reports a failure to create it (no WebGL) through `onFailure` instead of throwing in render.
 */
export function usePlotController(
  container: RefObject<HTMLDivElement | null>,
  glCanvas: RefObject<HTMLCanvasElement | null>,
  overlay: RefObject<HTMLCanvasElement | null>,
  data: PlotData | null,
  onFailure: (error: unknown) => void,
): { controller: PlotController | null; hover: HoverState | null } {
  const [controller, setController] = useState<PlotController | null>(null);
  const [hover, setHover] = useState<HoverState | null>(null);

  useEffect(() => {
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
    // state is what lets the effects below and the toolbar use it.
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

  useEffect(() => {
    controller?.setData(data);
  }, [controller, data]);

  useEffect(() => {
    const canvas = glCanvas.current;
    if (controller === null || canvas === null) return undefined;
    return attachPlotInteraction(canvas, {
      panBy: (dx, dy) => {
        setHover(null);
        controller.panBy(dx, dy);
      },
      zoomAt: (px, py, factor) => {
        setHover(null);
        controller.zoomAt(px, py, factor);
      },
      fit: () => {
        controller.fit();
      },
      hover: (position) => {
        setHover(
          position === null ? null : { ...position, index: controller.pick(position.px, position.py), data },
        );
      },
    });
  }, [controller, glCanvas, data]);

  useEffect(() => {
    if (controller === null) return undefined;
    return installProbe({
      getView: () => {
        const { view, size } = controller.getView();
        return { ...view, cssWidth: size.width, cssHeight: size.height };
      },
      getPoints: () => {
        const current = controller.getData();
        return {
          coords: Array.from(current?.coords ?? []),
          dims: current?.dims ?? 2,
          labels: [...(current?.labels ?? [])],
          texts: [...(current?.texts ?? [])],
        };
      },
      getPointCount: () => controller.getPointCount(),
      isRendered: () => controller.isRendered(),
    });
  }, [controller]);

  return { controller, hover: hover?.data === data ? hover : null };
}
