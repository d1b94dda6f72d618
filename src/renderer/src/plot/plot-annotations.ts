/**
 * Drawings on the plot that explain something: arrows between items (an analogy's parallelogram) and text
 * tags at positions in layout space (cluster names). Drawn over the points in 2D and 3D and in the exports.
 */

/** An arrow from one item to another, with a short label at its middle (e.g. "cos 0.71"). */
export interface PlotArrow {
  readonly from: number;
  readonly to: number;
  readonly label: string;
  /** A CSS colour; the theme's accent when absent. */
  readonly color?: string;
}

/** A text drawn at a position in layout coordinates (2 or 3 numbers, as the map's dims). */
export interface PlotTag {
  readonly at: readonly number[];
  readonly text: string;
  readonly color?: string;
}

export interface PlotAnnotations {
  readonly arrows: readonly PlotArrow[];
  readonly tags: readonly PlotTag[];
}

export const NO_ANNOTATIONS: PlotAnnotations = { arrows: [], tags: [] };

/** Every source's annotations drawn together, in the order given. */
export function mergeAnnotations(sources: readonly (PlotAnnotations | null)[]): PlotAnnotations {
  const present = sources.filter((source): source is PlotAnnotations => source !== null);
  if (present.length === 0) return NO_ANNOTATIONS;
  if (present.length === 1) return present[0] ?? NO_ANNOTATIONS;
  return {
    arrows: present.flatMap((source) => source.arrows),
    tags: present.flatMap((source) => source.tags),
  };
}
