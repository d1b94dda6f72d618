import type { ViewBounds } from './view-math';

/** The points on screen as plain arrays (structured-clone friendly for `page.evaluate`). */
export interface ProbePoints {
  coords: number[];
  dims: number;
  labels: (string | null)[];
  texts: string[];
}

/**
 * What the end-to-end test reads from the page: the camera, the points, their count and whether they are
 * drawn, and the interaction state. It never says where a point is drawn: with the view (2D) or the
 * view-projection matrix (3D) the test computes that itself and checks real pixels and real events there.
 */
export interface EmbeddingStudioProbe {
  getView(): ViewBounds & { cssWidth: number; cssHeight: number };
  getPoints(): ProbePoints;
  getPointCount(): number;
  isRendered(): boolean;
  /** '2d' or '3d'. */
  getMode(): '2d' | '3d';
  /** The camera's view-projection matrix: 16 numbers, column-major (the canvas CSS size is in getView). */
  getViewProjection(): number[];
  /** Selected point indices, ascending. */
  getSelection(): number[];
  /** Labels of the points hidden from the legend ('' for points without a label), sorted. */
  getHiddenLabels(): string[];
  /** Indices of the points that match the search, ascending. */
  getMatches(): number[];
  /** The finished map's id (null while a map is being made), and the neighbours listed for a point. */
  getNeighbors(): { mapId: string | null; source: number; indices: number[] };
  /** Progress of a running point transition (0 … 1), or null when the points stand still. */
  getTransitionProgress(): number | null;
}

declare global {
  interface Window {
    /** Read-only test hook, installed by the plot (see {@link installProbe}). */
    embeddingStudioProbe?: EmbeddingStudioProbe;
  }
}

/**
 * Publishes `probe` on `window` for end-to-end tests and returns the function that withdraws it. It only
 * reads state, so leaving it in the product costs nothing and lets the tests check real pixels.
 */
export function installProbe(probe: EmbeddingStudioProbe): () => void {
  window.embeddingStudioProbe = probe;
  return () => {
    if (window.embeddingStudioProbe === probe) delete window.embeddingStudioProbe;
  };
}
