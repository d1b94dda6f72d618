import {
  BufferAttribute,
  BufferGeometry,
  Color,
  Points,
  Scene,
  Vector2,
  WebGLRenderer,
  type Camera,
  type Object3D,
} from 'three';
import type { DepthCues } from './camera-rig';
import {
  createPointMaterial,
  setPointColors,
  setPointPixelRatio,
  setUniform,
  type PointColors,
} from './point-material';
import type { ViewportSize } from './view-math';

/** The GPU buffers of one map: positions (3 per point), start positions of a transition, colours, state. */
export interface ScatterBuffers {
  readonly positions: Float32Array;
  /** Where a transition starts (3 per point), or null when the points stand still. */
  readonly from: Float32Array | null;
  readonly colors: Uint8Array;
  readonly state: Uint8Array;
  /** One byte per point scaling its size (see point-material), or null for one size. */
  readonly sizes: Uint8Array | null;
}

/**
 * Draws every point of a map in one `THREE.Points` call. Positions, colours and state are typed arrays handed
 * to the GPU as they are, so no per-point JavaScript objects exist.
 */
export class ScatterRenderer {
  private readonly renderer: WebGLRenderer;
  private readonly scene = new Scene();
  private readonly material = createPointMaterial();
  private points: Points | null = null;
  private stateAttribute: BufferAttribute | null = null;
  private extras: readonly Object3D[] = [];
  private background = '#ffffff';
  private size: ViewportSize = { width: 1, height: 1 };
  private pixelRatio = 1;

  /** Throws when WebGL is unavailable; the caller turns that into a message for the user. */
  constructor(readonly canvas: HTMLCanvasElement) {
    this.renderer = new WebGLRenderer({
      canvas,
      antialias: false,
      // An alpha channel, cleared opaque on screen, lets an export leave the background transparent.
      alpha: true,
      powerPreference: 'high-performance',
    });
  }

  /** Replaces the points (a new geometry: buffers of a different map are never patched in place). */
  setData(buffers: ScatterBuffers): void {
    this.clearData();
    const geometry = new BufferGeometry();
    const position = new BufferAttribute(buffers.positions, 3);
    geometry.setAttribute('position', position);
    // Standing still, the start positions are the positions: one GPU buffer serves both attributes.
    geometry.setAttribute('aFrom', buffers.from === null ? position : new BufferAttribute(buffers.from, 3));
    geometry.setAttribute('aColor', new BufferAttribute(buffers.colors, 3, true));
    this.stateAttribute = new BufferAttribute(buffers.state, 1);
    geometry.setAttribute('aState', this.stateAttribute);
    // Without sizes the shader ignores aSize: the state buffer stands in, so no extra buffer is made.
    geometry.setAttribute(
      'aSize',
      buffers.sizes === null ? this.stateAttribute : new BufferAttribute(buffers.sizes, 1, true),
    );
    setUniform(this.material, 'uUseSize', buffers.sizes === null ? 0 : 1);
    const points = new Points(geometry, this.material);
    // Bounds are not computed (a scan of every point for nothing): the camera is fitted to the data anyway.
    points.frustumCulled = false;
    this.points = points;
    this.scene.add(points);
    setUniform(this.material, 'uMix', buffers.from === null ? 1 : 0);
  }

  /**
   * New colours (3 bytes per point) and sizes for the same points: only those two buffers are replaced, so
   * recolouring a million points costs one upload, not a new geometry.
   */
  setStyle(colors: Uint8Array, sizes: Uint8Array | null): void {
    const geometry = this.points?.geometry;
    if (geometry === undefined || this.stateAttribute === null) return;
    geometry.setAttribute('aColor', new BufferAttribute(colors, 3, true));
    geometry.setAttribute(
      'aSize',
      sizes === null ? this.stateAttribute : new BufferAttribute(sizes, 1, true),
    );
    setUniform(this.material, 'uUseSize', sizes === null ? 0 : 1);
  }

  /** Uploads changed state bytes (the same array given to setData, rewritten in place). */
  stateChanged(hasSelection: boolean, hasSearch: boolean): void {
    if (this.stateAttribute !== null) this.stateAttribute.needsUpdate = true;
    setUniform(this.material, 'uHasSelection', hasSelection ? 1 : 0);
    setUniform(this.material, 'uHasSearch', hasSearch ? 1 : 0);
  }

  /** How far the points are between their start and end positions (0 … 1, already eased). */
  setMix(mix: number): void {
    setUniform(this.material, 'uMix', mix);
  }

  /** 3D depth cues, or null in 2D (fixed size, no fog, no depth test: later points are drawn on top). */
  setDepthCues(cues: DepthCues | null): void {
    setUniform(this.material, 'uAttenuationDepth', cues?.attenuationDepth ?? 0);
    setUniform(this.material, 'uFogRange', new Vector2(cues?.fogNear ?? 0, cues?.fogFar ?? 0));
    const depth = cues !== null;
    this.material.depthTest = depth;
    this.material.depthWrite = depth;
  }

  /** The theme's colours for the background and the points' states. */
  setColors(colors: PointColors): void {
    this.background = colors.background;
    this.renderer.setClearColor(new Color(colors.background), 1);
    setPointColors(this.material, colors);
  }

  /** Extra scene objects (3D axes and grid, neighbour lines), replacing the previous ones. */
  setExtras(extras: readonly Object3D[]): void {
    for (const extra of this.extras) this.scene.remove(extra);
    this.extras = extras;
    for (const extra of extras) this.scene.add(extra);
  }

  /** Sizes the drawing buffer: `size` in CSS pixels (integers) at `pixelRatio` device pixels per CSS pixel. */
  setSize(size: ViewportSize, pixelRatio: number): void {
    this.size = size;
    this.pixelRatio = pixelRatio;
    this.renderer.setPixelRatio(pixelRatio);
    this.renderer.setSize(size.width, size.height, true);
    setPointPixelRatio(this.material, pixelRatio);
  }

  /** Draws the map through `camera`. */
  render(camera: Camera): void {
    this.renderer.render(this.scene, camera);
  }

  /**
   * Renders at `scale` device pixels per CSS pixel and hands the canvas to `consume` before anything else
   * can draw, then restores the on-screen resolution. The drawing buffer is only valid within this task.
   */
  renderScaled(
    camera: Camera,
    scale: number,
    consume: (canvas: HTMLCanvasElement) => void,
    transparent = false,
  ): void {
    const { size, pixelRatio } = this;
    const limit = this.renderer.capabilities.maxTextureSize;
    if (size.width * scale > limit || size.height * scale > limit) {
      throw new RangeError(
        `export of ${size.width * scale}×${size.height * scale} px exceeds the GPU limit ${limit}`,
      );
    }
    try {
      this.setSize(size, scale);
      if (transparent) this.renderer.setClearColor(new Color(this.background), 0);
      this.render(camera);
      consume(this.canvas);
    } finally {
      this.renderer.setClearColor(new Color(this.background), 1);
      this.setSize(size, pixelRatio);
      this.render(camera);
    }
  }

  /** Frees the GPU buffers of the current points. */
  clearData(): void {
    if (this.points === null) return;
    this.scene.remove(this.points);
    this.points.geometry.dispose();
    this.points = null;
    this.stateAttribute = null;
  }

  /** Frees everything, including the WebGL context. */
  dispose(): void {
    this.clearData();
    this.material.dispose();
    this.renderer.dispose();
  }
}
