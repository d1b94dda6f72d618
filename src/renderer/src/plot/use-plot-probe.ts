import { useEffect, useRef } from 'react';
import type { PlotController } from './plot-controller';
import { installProbe } from './probe';

/** Where the probe reads the interaction state that lives in React, not in the controller. */
export interface ProbeReaders {
  readonly selection: () => ArrayLike<number>;
  readonly hiddenLabels: () => string[];
  readonly matches: () => ArrayLike<number>;
  readonly neighbors: () => { mapId: string | null; source: number; indices: number[] };
}

/** Installs the read-only end-to-end probe for `controller` while it exists. */
export function usePlotProbe(controller: PlotController | null, readers: ProbeReaders): void {
  const latest = useRef(readers);
  useEffect(() => {
    latest.current = readers;
  });
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
      getMode: () => controller.getMode(),
      getViewProjection: () => controller.getViewProjection(),
      getSelection: () => Array.from(latest.current.selection()),
      getHiddenLabels: () => latest.current.hiddenLabels(),
      getMatches: () => Array.from(latest.current.matches()),
      getNeighbors: () => latest.current.neighbors(),
      getTransitionProgress: () => controller.transitionProgress(),
    });
  }, [controller]);
}
