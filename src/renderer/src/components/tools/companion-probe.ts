import { useEffect, useRef } from 'react';
import type { PlotController } from '../../plot/plot-controller';
import type { ProbePoints } from '../../plot/probe';
import type { ViewBounds } from '../../plot/view-math';

/** What the end-to-end test reads about the companion plot (the main plot has its own probe). */
export interface CompanionProbe {
  getView(): ViewBounds & { cssWidth: number; cssHeight: number };
  getPoints(): ProbePoints;
  isRendered(): boolean;
  getViewProjection(): number[];
  /** The linked selection as the companion shows it, ascending. */
  getSelection(): number[];
  /** The item the companion marks as hovered on the main plot, or -1. */
  getLinkedHover(): number;
}

declare global {
  interface Window {
    /** Read-only test hook of the companion plot, installed while one is shown. */
    embeddingStudioCompanionProbe?: CompanionProbe;
  }
}

/** Installs the companion's read-only probe while `controller` exists. */
export function useCompanionProbe(
  controller: PlotController | null,
  readers: { readonly selection: () => readonly number[]; readonly linkedHover: () => number },
): void {
  const latest = useRef(readers);
  useEffect(() => {
    latest.current = readers;
  });
  useEffect(() => {
    if (controller === null) return undefined;
    const probe: CompanionProbe = {
      getView: () => {
        const { view, size } = controller.getView();
        return { ...view, cssWidth: size.width, cssHeight: size.height };
      },
      getPoints: () => {
        const data = controller.getData();
        return {
          coords: Array.from(data?.coords ?? []),
          dims: data?.dims ?? 2,
          labels: [...(data?.labels ?? [])],
          texts: [...(data?.texts ?? [])],
        };
      },
      isRendered: () => controller.isRendered(),
      getViewProjection: () => controller.getViewProjection(),
      getSelection: () => [...latest.current.selection()],
      getLinkedHover: () => latest.current.linkedHover(),
    };
    window.embeddingStudioCompanionProbe = probe;
    return () => {
      if (window.embeddingStudioCompanionProbe === probe) delete window.embeddingStudioCompanionProbe;
    };
  }, [controller]);
}
