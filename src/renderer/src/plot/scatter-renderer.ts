import {
  BufferAttribute,
  BufferGeometry,
  Color,
  InterleavedBuffer,
  InterleavedBufferAttribute,
  OrthographicCamera,
  Points,
  Scene,
  Sphere,
  Vector3,
  WebGLRenderer,
} from 'three';
import { createPointMaterial, setPointPixelRatio } from './point-material';
import { computeExtent, type ViewBounds, type ViewportSize } from './view-math';

/** Light background of the plot (and of exported images). */
export const PLOT_BACKGROUND = '#fbfbfd';

/**
 * Draws every point of a map in one `THREE.Points` call. The coordinates buffer is handed to the GPU as is
 * (an interleaved view that reads x and y of each row), so no per-point JavaScript objects exist.
 */
export class ScatterRenderer {
  private readonly renderer: WebGLRenderer;
  private readonly scene = new Scene();
  // Data units straight through: the camera's bounds are the view's bounds. z stays 0 for every point.
  private readonly camera = new OrthographicCamera(-1, 1, 1, -1, -1, 1);
  private readonly material = createPointMaterial();
  private points: Points | null = null;
  private size: ViewportSize = { width: 1, height: 1 };
  private pixelRatio = 1;

  /** Throws when WebGL is unavailable; the caller turns that into a message for the user. */
  constructor(readonly canvas: HTMLCanvasElement) {
    this.renderer = new WebGLRenderer({
      canvas,
      antialias: false,
      alpha: false,
      powerPreference: 'high-performance',
    });
    this.renderer.setClearColor(new Color(PLOT_BACKGROUND), 1);
  }

  /** Replaces the points: row-major `coords` with `dims` values per row, and 3 colour bytes per point. */
  setData(coords: Float32Array, dims: number, colors: Uint8Array): void {
    this.clearData();
    const geometry = new BufferGeometry();
    geometry.setAttribute(
      'position',
      new InterleavedBufferAttribute(new InterleavedBuffer(coords, dims), 2, 0),
    );
    geometry.setAttribute('aColor', new BufferAttribute(colors, 3, true));
    // three.js cannot compute bounds from 2-component positions (it reads z as NaN and logs an error when
    // sorting transparent objects), so the sphere is given from the 2D extent.
    geometry.boundingSphere = boundingSphere(coords, dims);
    const points = new Points(geometry, this.material);
    this.points = points;
    this.scene.add(points);
  }

  /** Sizes the drawing buffer: `size` in CSS pixels (integers) at `pixelRatio` device pixels per CSS pixel. */
  setSize(size: ViewportSize, pixelRatio: number): void {
    this.size = size;
    this.pixelRatio = pixelRatio;
    this.renderer.setPixelRatio(pixelRatio);
    this.renderer.setSize(size.width, size.height, true);
    setPointPixelRatio(this.material, pixelRatio);
  }

  /** Draws the map as seen through `view`. */
  render(view: ViewBounds): void {
    this.camera.left = view.left;
    this.camera.right = view.right;
    this.camera.top = view.top;
    this.camera.bottom = view.bottom;
    this.camera.updateProjectionMatrix();
    this.renderer.render(this.scene, this.camera);
  }

  /**
   * Renders `view` at `scale` device pixels per CSS pixel and hands the canvas to `consume` before anything else
   * can draw, then restores the on-screen resolution. The drawing buffer is only valid within this task.
   */
  renderScaled(view: ViewBounds, scale: number, consume: (canvas: HTMLCanvasElement) => void): void {
    const { size, pixelRatio } = this;
    const limit = this.renderer.capabilities.maxTextureSize;
    if (size.width * scale > limit || size.height * scale > limit) {
      throw new RangeError(
        `export of ${size.width * scale}×${size.height * scale} px exceeds the GPU limit ${limit}`,
      );
    }
    try {
      this.setSize(size, scale);
      this.render(view);
      consume(this.canvas);
    } finally {
      this.setSize(size, pixelRatio);
      this.render(view);
    }
  }

  /** Frees the GPU buffers of the current points. */
  clearData(): void {
    if (this.points === null) return;
    this.scene.remove(this.points);
    this.points.geometry.dispose();
    this.points = null;
  }

  /** Frees everything, including the WebGL context. */
  dispose(): void {
    this.clearData();
    this.material.dispose();
    this.renderer.dispose();
  }
}

function boundingSphere(coords: Float32Array, dims: number): Sphere {
  const extent = computeExtent(coords, dims);
  if (extent === null) return new Sphere(new Vector3(), 0);
  const centre = new Vector3((extent.minX + extent.maxX) / 2, (extent.minY + extent.maxY) / 2, 0);
  return new Sphere(centre, Math.hypot(extent.maxX - extent.minX, extent.maxY - extent.minY) / 2);
}
