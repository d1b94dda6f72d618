import type { Camera } from 'three';
import {
  CameraRig,
  INITIAL_ORBIT,
  projector2d,
  projector3d,
  viewProjectionOf,
  type PlotMode,
} from './camera-rig';
import {
  computeExtent3,
  dollyOrbit,
  fitOrbit,
  panOrbit,
  rotateOrbit,
  type OrbitState,
  type Projection3d,
} from './orbit-camera';
import { fitOrbitTo, fitView2dTo } from './plot-geometry';
import type { Projector } from './transition';
import {
  centredView,
  computeExtent,
  fitView,
  panView,
  resizeView,
  zoomViewAt,
  type ViewBounds,
  type ViewportSize,
} from './view-math';

/** Room left around the data when fitting, in CSS pixels: a point's radius plus a short label's start. */
const FIT_PADDING_PX = 32;

/** The data the camera frames. */
export interface CameraData {
  readonly coords: Float32Array;
  readonly dims: number;
}

/**
 * A camera that can be saved and restored on a plot of another size: the 2D view as its centre and scale
 * (data units per CSS pixel), the 3D orbit as it is.
 */
export type CameraPose =
  | { readonly mode: '2d'; readonly centre: readonly [number, number]; readonly unitsPerPx: number }
  | { readonly mode: '3d'; readonly orbit: OrbitState };

/**
 * Where the plot looks from: a 2D view (orthographic, pan and zoom around the cursor) or a 3D orbit (rotate,
 * dolly, pan; perspective or orthographic). One object so that every gesture, fit and projection reads the
 * same state.
 */
export class PlotCamera {
  private readonly rig = new CameraRig();
  private modeValue: PlotMode = '2d';
  private viewValue: ViewBounds;
  private orbitValue: OrbitState = INITIAL_ORBIT;
  private sizeValue: ViewportSize = { width: 1, height: 1 };
  private data: CameraData | null = null;
  private span = 1;

  constructor() {
    this.viewValue = fitView(null, this.sizeValue, 0);
  }

  get mode(): PlotMode {
    return this.modeValue;
  }

  get view(): ViewBounds {
    return this.viewValue;
  }

  get orbit(): OrbitState {
    return this.orbitValue;
  }

  get size(): ViewportSize {
    return this.sizeValue;
  }

  /** Frames new data: 3D maps keep the current angles if the old map was 3D too, else take the default pose. */
  setData(data: CameraData | null): void {
    const was3d = this.modeValue === '3d' && this.data !== null;
    this.data = data;
    this.modeValue = data?.dims === 3 ? '3d' : '2d';
    const extent = data === null ? null : computeExtent(data.coords, data.dims);
    this.span = extent === null ? 1 : Math.max(extent.maxX - extent.minX, extent.maxY - extent.minY);
    this.fit(was3d);
  }

  /**
   * Takes new coordinates of the same items (a streamed layout) without moving: the user may be panning while
   * a map settles. Later fits use them; the zoom limit keeps the span of the last fitted layout.
   */
  setLayout(data: CameraData): void {
    this.data = data;
  }

  /** Follows a new plot size, keeping centre and scale. */
  resize(size: ViewportSize): void {
    this.viewValue = resizeView(this.viewValue, this.sizeValue, size);
    this.sizeValue = size;
  }

  /** Fits all the data; `keepAngles` keeps the 3D rotation (else the default pose). */
  fit(keepAngles = true): void {
    const data = this.data;
    if (this.modeValue === '2d') {
      this.viewValue = fitView(
        data === null ? null : computeExtent(data.coords, data.dims),
        this.sizeValue,
        FIT_PADDING_PX,
      );
      return;
    }
    const pose = keepAngles ? this.orbitValue : { ...INITIAL_ORBIT, projection: this.orbitValue.projection };
    this.orbitValue = fitOrbit(
      data === null ? null : computeExtent3(data.coords, data.dims),
      this.sizeValue,
      pose,
    );
  }

  /** Frames the points `indices`. */
  fitTo(indices: Int32Array): void {
    const data = this.data;
    if (data === null || indices.length === 0) return;
    if (this.modeValue === '2d') {
      this.viewValue =
        fitView2dTo(data.coords, data.dims, indices, this.sizeValue, FIT_PADDING_PX) ?? this.viewValue;
    } else {
      this.orbitValue =
        fitOrbitTo(data.coords, data.dims, indices, this.sizeValue, this.orbitValue) ?? this.orbitValue;
    }
  }

  /** Centres on (x, y, z), keeping the scale. */
  centreOn(x: number, y: number, z: number): void {
    if (this.modeValue === '2d') {
      const units = (this.viewValue.right - this.viewValue.left) / this.sizeValue.width;
      this.viewValue = centredView(x, y, units, this.sizeValue);
    } else {
      this.orbitValue = { ...this.orbitValue, target: [x, y, z] };
    }
  }

  /** A drag: pans in 2D; in 3D rotates, or pans when `secondary`. */
  drag(dx: number, dy: number, secondary: boolean): void {
    if (this.modeValue === '2d') this.viewValue = panView(this.viewValue, this.sizeValue, dx, dy);
    else if (secondary) this.orbitValue = panOrbit(this.orbitValue, dx, dy, this.sizeValue);
    else this.orbitValue = rotateOrbit(this.orbitValue, dx, dy);
  }

  /** Zooms around (px, py) in 2D; dollies in 3D. */
  zoomAt(px: number, py: number, factor: number): void {
    if (this.modeValue === '3d') this.orbitValue = dollyOrbit(this.orbitValue, factor);
    else this.viewValue = zoomViewAt(this.viewValue, this.sizeValue, px, py, factor, this.span);
  }

  /** The camera as it can be saved. */
  pose(): CameraPose {
    if (this.modeValue === '3d') return { mode: '3d', orbit: this.orbitValue };
    const { left, right, bottom, top } = this.viewValue;
    const unitsPerPx = (right - left) / this.sizeValue.width;
    return { mode: '2d', centre: [(left + right) / 2, (bottom + top) / 2], unitsPerPx };
  }

  /** Restores a saved camera; a pose of the other mode (a 2D view for a 3D map) is ignored. */
  setPose(pose: CameraPose): void {
    if (pose.mode !== this.modeValue) return;
    if (pose.mode === '3d') this.orbitValue = pose.orbit;
    else this.viewValue = centredView(pose.centre[0], pose.centre[1], pose.unitsPerPx, this.sizeValue);
  }

  /** Turns the 3D camera around the vertical axis by `radians` (auto-rotation). */
  turn(radians: number): void {
    this.orbitValue = { ...this.orbitValue, yaw: this.orbitValue.yaw + radians };
  }

  /** Sets the 3D projection. */
  setProjection(projection: Projection3d): void {
    this.orbitValue = { ...this.orbitValue, projection };
  }

  /** The three.js camera for the current state. */
  camera(): Camera {
    return this.modeValue === '2d'
      ? this.rig.camera2d(this.viewValue)
      : this.rig.camera3d(this.orbitValue, this.sizeValue);
  }

  /** The view-projection matrix, column-major. */
  viewProjection(): number[] {
    return viewProjectionOf(this.camera()).toArray();
  }

  /** Screen mapping for transitions. */
  projector(): Projector {
    return this.modeValue === '2d'
      ? projector2d(this.viewValue, this.sizeValue)
      : projector3d(viewProjectionOf(this.camera()), this.sizeValue);
  }
}
