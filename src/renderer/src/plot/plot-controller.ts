import { exportPng, type ExportScale } from './export-png';
import { LabelLayer } from './label-layer';
import type { LegendRow } from './legend-canvas';
import { POINT_SIZE_CSS_PX } from './point-material';
import { ScatterRenderer } from './scatter-renderer';
import { buildSpatialGrid, type SpatialGrid } from './spatial-grid';
import {
  computeExtent,
  fitView,
  panView,
  resizeView,
  screenToData,
  unitsPerPixel,
  zoomViewAt,
  type DataExtent,
  type ViewBounds,
  type ViewportSize,
} from './view-math';

/** The points to show: row-major coordinates, their texts and labels, and 3 colour bytes per point. */
export interface PlotData {
  readonly coords: Float32Array;
  readonly dims: number;
  readonly texts: readonly string[];
  readonly labels: readonly (string | null)[];
  readonly colors: Uint8Array;
}

/** Room left around the data when fitting, in CSS pixels: a point's radius plus a short label's start. */
const FIT_PADDING_PX = 32;
/** Hover reaches a little beyond the drawn disc, so small points are easy to hit. */
const HOVER_RADIUS_PX = POINT_SIZE_CSS_PX / 2 + 3;

/**
 * Owns the WebGL scatter, the label overlay and the view, and redraws at most once per animation frame.
 * React components drive it; it never touches React state.
 */
export class PlotController {
  private readonly scatter: ScatterRenderer;
  private readonly labels: LabelLayer;
  private readonly overlay: CanvasRenderingContext2D;
  private size: ViewportSize = { width: 1, height: 1 };
  private pixelRatio = 1;
  private view: ViewBounds = fitView(null, this.size, 0);
  private extent: DataExtent | null = null;
  private data: PlotData | null = null;
  private grid: SpatialGrid | null = null;
  private frame = 0;
  private rendered = false;

  /** Throws when WebGL or a 2D context is unavailable. */
  constructor(
    glCanvas: HTMLCanvasElement,
    private readonly overlayCanvas: HTMLCanvasElement,
  ) {
    const overlay = overlayCanvas.getContext('2d');
    if (overlay === null) throw new Error('no 2D canvas context for the label overlay');
    this.overlay = overlay;
    this.scatter = new ScatterRenderer(glCanvas);
    this.labels = new LabelLayer(overlay);
  }

  /** Shows new points (or none) and fits the view to them. */
  setData(data: PlotData | null): void {
    this.data = data;
    this.rendered = false;
    if (data === null) {
      this.scatter.clearData();
      this.grid = null;
      this.extent = null;
      this.labels.setSource(null);
    } else {
      this.scatter.setData(data.coords, data.dims, data.colors);
      this.grid = buildSpatialGrid(data.coords, data.dims);
      this.extent = computeExtent(data.coords, data.dims);
      this.labels.setSource({ coords: data.coords, dims: data.dims, texts: data.texts, grid: this.grid });
    }
    this.fit();
  }

  /** Follows a new plot size (whole CSS pixels) and device pixel ratio, keeping centre and scale. */
  resize(size: ViewportSize, pixelRatio: number): void {
    this.view = resizeView(this.view, this.size, size);
    this.size = size;
    this.pixelRatio = pixelRatio;
    this.scatter.setSize(size, pixelRatio);
    this.overlayCanvas.width = Math.floor(size.width * pixelRatio);
    this.overlayCanvas.height = Math.floor(size.height * pixelRatio);
    this.overlayCanvas.style.width = `${size.width}px`;
    this.overlayCanvas.style.height = `${size.height}px`;
    // Drawing now, not on the next frame: a resized canvas is blank until drawn again.
    this.draw();
  }

  /** Fits the view to the data, with padding. */
  fit(): void {
    this.view = fitView(this.extent, this.size, FIT_PADDING_PX);
    this.schedule();
  }

  /** Moves the view by a drag of (dx, dy) CSS pixels. */
  panBy(dx: number, dy: number): void {
    this.view = panView(this.view, this.size, dx, dy);
    this.schedule();
  }

  /** Zooms by `factor` (< 1 zooms in) around CSS pixel (px, py). */
  zoomAt(px: number, py: number, factor: number): void {
    const extent = this.extent;
    const span = extent === null ? 1 : Math.max(extent.maxX - extent.minX, extent.maxY - extent.minY);
    this.view = zoomViewAt(this.view, this.size, px, py, factor, span);
    this.schedule();
  }

  /** The index of the point under CSS pixel (px, py), or -1. */
  pick(px: number, py: number): number {
    if (this.grid === null) return -1;
    const [x, y] = screenToData(this.view, this.size, px, py);
    return this.grid.nearest(x, y, HOVER_RADIUS_PX * unitsPerPixel(this.view, this.size));
  }

  /** The view currently on screen and the plot's CSS size. */
  getView(): { view: ViewBounds; size: ViewportSize } {
    return { view: this.view, size: this.size };
  }

  /** The data on screen, or null. */
  getData(): PlotData | null {
    return this.data;
  }

  /** How many points the current data has. */
  getPointCount(): number {
    return this.data?.texts.length ?? 0;
  }

  /** Whether a frame showing the current data has been drawn. */
  isRendered(): boolean {
    return this.rendered;
  }

  /** Renders the current view at `scale` with labels and `legend`, as PNG bytes. */
  exportPng(scale: ExportScale, legend: readonly LegendRow[]): Promise<Uint8Array<ArrayBuffer>> {
    return exportPng({
      renderer: this.scatter,
      labels: this.labels,
      view: this.view,
      size: this.size,
      scale,
      legend,
    });
  }

  /** Stops drawing and frees the GPU resources. */
  dispose(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.scatter.dispose();
  }

  private schedule(): void {
    if (this.frame !== 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private draw(): void {
    this.scatter.render(this.view);
    this.labels.layout(this.view, this.size);
    const context = this.overlay;
    context.clearRect(0, 0, this.overlayCanvas.width, this.overlayCanvas.height);
    this.labels.draw(context, this.pixelRatio);
    this.rendered = this.data !== null;
  }
}
