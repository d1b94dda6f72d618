import {
  BufferGeometry,
  Float32BufferAttribute,
  GridHelper,
  Group,
  LineBasicMaterial,
  LineSegments,
} from 'three';
import type { Extent3 } from './orbit-camera';

/** Floor grid lines per side: enough to read distances, few enough not to compete with the points. */
const GRID_DIVISIONS = 10;

/**
 * Three axes through the data's centre and a grid on the floor of its bounding box, for 3D maps: they give
 * the eye a frame to judge rotation and depth against. Returns a group the caller disposes with
 * {@link disposeAxesGrid}.
 */
export function createAxesGrid(extent: Extent3, axisColor: string, gridColor: string): Group {
  const { min, max } = extent;
  const centre = [(min[0] + max[0]) / 2, (min[1] + max[1]) / 2, (min[2] + max[2]) / 2] as const;
  const span = Math.max(max[0] - min[0], max[1] - min[1], max[2] - min[2]) || 1;
  const half = span / 2;
  const group = new Group();
  const grid = new GridHelper(span, GRID_DIVISIONS, gridColor, gridColor);
  grid.position.set(centre[0], min[1], centre[2]);
  group.add(grid);
  const vertices = [
    [centre[0] - half, centre[1], centre[2], centre[0] + half, centre[1], centre[2]],
    [centre[0], centre[1] - half, centre[2], centre[0], centre[1] + half, centre[2]],
    [centre[0], centre[1], centre[2] - half, centre[0], centre[1], centre[2] + half],
  ].flat();
  const axes = new BufferGeometry();
  axes.setAttribute('position', new Float32BufferAttribute(vertices, 3));
  group.add(new LineSegments(axes, new LineBasicMaterial({ color: axisColor })));
  return group;
}

/** Frees the group's GPU buffers and materials. */
export function disposeAxesGrid(group: Group): void {
  group.traverse((object) => {
    if (!(object instanceof LineSegments)) return;
    // three.js types a narrowed LineSegments' parts as `any`: checked here instead of trusted.
    const geometry: unknown = object.geometry;
    const material: unknown = object.material;
    if (geometry instanceof BufferGeometry) geometry.dispose();
    if (material instanceof LineBasicMaterial) material.dispose();
  });
}

/** The axes-and-grid object of the current map, rebuilt when the data, the option or the theme changes. */
export class AxesGridLayer {
  private group: Group | null = null;

  /** Replaces the group: shown for `extent` (a 3D map with axes on) in `theme`'s colours, else none. */
  update(extent: Extent3 | null, colors: { axis: string; grid: string }): Group | null {
    this.dispose();
    this.group = extent === null ? null : createAxesGrid(extent, colors.axis, colors.grid);
    return this.group;
  }

  /** Frees the current group. */
  dispose(): void {
    if (this.group !== null) disposeAxesGrid(this.group);
    this.group = null;
  }
}
