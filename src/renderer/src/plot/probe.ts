import type { ViewBounds } from './view-math';

/** The points on screen as plain arrays (structured-clone friendly for `page.evaluate`). */
export interface ProbePoints {
  coords: number[];
  dims: number;
  labels: (string | null)[];
  texts: string[];
}

/**
 * What the end-to-end test reads from the page: the on-screen view, the points, their count and whether
 * they are drawn. With the view, a test computes where each point must land and checks real pixels there.
 */
export interface EmbeddingStudioProbe {
  getView(): ViewBounds & { cssWidth: number; cssHeight: number };
  getPoints(): ProbePoints;
  getPointCount(): number;
  isRendered(): boolean;
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
