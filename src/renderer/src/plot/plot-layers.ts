import type { Object3D } from 'three';
import { AxesGridLayer } from './axes-grid';
import { NeighborLinesLayer, type NeighborLinks } from './neighbor-lines';
import { computeExtent3 } from './orbit-camera';
import type { PlotData } from './plot-data';
import type { ScatterRenderer } from './scatter-renderer';
import type { PlotTheme } from '../theme/theme';

/** What the extra scene objects are drawn from. */
export interface LayerInputs {
  /** The data on screen (null for none). */
  readonly data: PlotData | null;
  /** Whether the 3D axes and grid are shown (a 3D map with the option on). */
  readonly axes: boolean;
  /** Point positions, 3 per point, and the neighbour lines to draw over them (null for none). */
  readonly positions: Float32Array;
  readonly links: NeighborLinks | null;
  readonly theme: PlotTheme;
}

/**
 * The scene objects besides the points: 3D axes and grid, and the nearest-neighbour lines. Rebuilt together
 * whenever one of them changes (both are a few hundred vertices at most).
 */
export class PlotLayers {
  private readonly axes = new AxesGridLayer();
  private readonly neighbors = new NeighborLinesLayer();

  constructor(private readonly scatter: ScatterRenderer) {}

  /** Rebuilds both layers and hands them to the renderer. */
  update(inputs: LayerInputs): void {
    const { theme } = inputs;
    const objects: Object3D[] = [];
    const { data } = inputs;
    const extent = data !== null && inputs.axes ? computeExtent3(data.coords, data.dims) : null;
    const axes = this.axes.update(extent, theme);
    if (axes !== null) objects.push(axes);
    const lines = this.neighbors.update(inputs.positions, data === null ? null : inputs.links, {
      line: theme.ring,
      highlight: theme.gesture,
    });
    if (lines !== null) objects.push(lines);
    this.scatter.setExtras(objects);
  }

  /** Frees the GPU buffers of both layers. */
  dispose(): void {
    this.axes.dispose();
    this.neighbors.dispose();
  }
}
