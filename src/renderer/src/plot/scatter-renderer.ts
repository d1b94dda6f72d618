import {
  Color,
  Points,
  type BufferGeometry,
  type NormalOrGLBufferAttributes,
  type ShaderMaterial,
  Scene,
  Vector2,
  WebGLRenderer,
  type Camera,
  type Object3D,
} from 'three';
import type { DepthCues } from './camera-rig';
import { PointAttributes } from './point-attributes';
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
  private points: Points<BufferGeometry<NormalOrGLBufferAttributes>, ShaderMaterial> | null = null;
  private attributes: PointAttributes | null = null;
  /** Whether every point has the one size (the shader then ignores aSize, which borrows the state buffer). */
  private uniformSize = true;
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

  /** Replaces the points (new buffers: buffers of a different map are never patched in place). */
  setData(buffers: ScatterBuffers): void {
    this.clearData();
    const attributes = new PointAttributes(this.renderer.getContext() as WebGL2RenderingContext);
    this.attributes = attributes;
    attributes.upload(['aColor'], buffers.colors, 3, true);
    attributes.upload(['aState'], buffers.state, 1);
    this.setSizes(buffers.sizes);
    this.setPositions(buffers.positions, buffers.from);
    const points = new Points(attributes.geometry, this.material);
    // Bounds are not computed (a scan of every point for nothing): the camera is fitted to the data anyway.
    points.frustumCulled = false;
    this.points = points;
    this.scene.add(points);
  }

  /**
   * New positions of the same points (a streamed layout, a change of 3D projection), moving from `from`
   * (null: standing still): only the position buffers are replaced, colours and state stay on the GPU.
   */
  setPositions(positions: Float32Array, from: Float32Array | null): void {
    const attributes = this.attributes;
    if (attributes === null) return;
    // Standing still, the start positions are the positions: one GPU buffer serves both attributes.
    if (from === null) attributes.upload(['position', 'aFrom'], positions, 3);
    else {
      attributes.upload(['position'], positions, 3);
      attributes.upload(['aFrom'], from, 3);
    }
    setUniform(this.material, 'uMix', from === null ? 1 : 0);
  }

  /**
   * New colours (3 bytes per point) and sizes for the same points: only those two buffers are replaced, so
   * recolouring a million points costs one upload, not a new geometry.
   */
  setStyle(colors: Uint8Array, sizes: Uint8Array | null): void {
    if (this.attributes === null) return;
    this.attributes.upload(['aColor'], colors, 3, true);
    this.setSizes(sizes);
  }

  /** Uploads new state bytes (hidden, selected, match; one per point) and the flags that say what dims. */
  setState(state: Uint8Array, hasSelection: boolean, hasSearch: boolean): void {
    const attributes = this.attributes;
    if (attributes !== null) {
      attributes.upload(['aState'], state, 1);
      if (this.uniformSize) attributes.share('aSize', 'aState');
    }
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
    this.attributes?.flush();
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
    this.attributes?.dispose();
    this.points = null;
    this.attributes = null;
  }

  /** Sizes per point, or one size: then no extra buffer is made (the state buffer stands in for aSize). */
  private setSizes(sizes: Uint8Array | null): void {
    const attributes = this.attributes;
    if (attributes === null) return;
    this.uniformSize = sizes === null;
    if (sizes === null) attributes.share('aSize', 'aState');
    else attributes.upload(['aSize'], sizes, 1, true);
    setUniform(this.material, 'uUseSize', sizes === null ? 0 : 1);
  }

  /** Frees everything, including the WebGL context. */
  dispose(): void {
    this.clearData();
    this.material.dispose();
    this.renderer.dispose();
  }
}
