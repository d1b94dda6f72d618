/**
 * What the plot draws: coordinates and the items they belong to. Both a finished MapResult and an
 * intermediate layout streamed while UMAP settles have this shape.
 */
export interface LayoutView {
  readonly coords: Float32Array;
  readonly dims: 2 | 3;
  readonly texts: readonly string[];
  readonly labels: readonly (string | null)[];
}
