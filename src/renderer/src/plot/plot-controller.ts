import { depthCuesOf, type PlotMode } from './camera-rig';
import type { LegendContent } from './color-bar';
import type { ExportOptions } from './export-options';
import { exportPng } from './export-png';
import { exportSvg } from './export-svg';
import type { HitIndex } from './hit-index';
import type { NeighborLinks } from './neighbor-lines';
import { computeExtent3, type Projection3d } from './orbit-camera';
import { PlotLayers } from './plot-layers';
import { PlotCamera } from './plot-camera';
import { PlotHits, SETTLE_MS } from './plot-hits';
import { PlotOverlay } from './plot-overlay';
import { toPositions3 } from './plot-geometry';
import { POINT_SIZE_CSS_PX } from './point-material';
import { ScatterRenderer } from './scatter-renderer';
import type { SelectionShape } from './selection-shape';
import { sameItems, transitionProgress, transitionStart } from './transition';
import { PLOT_THEMES, type PlotTheme } from '../theme/theme';
import type { ViewBounds, ViewportSize } from './view-math';

/** The points to show: row-major coordinates, their texts and labels. */
export interface PlotData {
  readonly coords: Float32Array;
  readonly dims: number;
  readonly texts: readonly string[];
  readonly labels: readonly (string | null)[];
}

/** How the points look: 3 colour bytes per point, and a size byte per point (null for one size). */
export interface PlotStyle {
  readonly colors: Uint8Array;
  readonly sizes: Uint8Array | null;
}

/** 3D display options. */
export interface Options3d {
  readonly axes: boolean;
  readonly depthCues: boolean;
  readonly autoRotate: boolean;
}

/** Hover reaches a little beyond the drawn disc, so small points are easy to hit. */
const HOVER_RADIUS_PX = POINT_SIZE_CSS_PX / 2 + 3;
/** Auto-rotation speed in radians per second: a slow turn a class can follow (about 20 s per turn). */
const AUTO_ROTATE_RAD_PER_S = 0.3;

/**
 * Owns the WebGL scatter, the label overlay and the camera (a 2D view or a 3D orbit), and redraws at most
 * once per animation frame. React components drive it; it never touches React state.
 */
export class PlotController {
  private readonly scatter: ScatterRenderer;
  private readonly overlay: PlotOverlay;
  private readonly cam = new PlotCamera();
  private pixelRatio = 1;
  private data: PlotData | null = null;
  private positions: Float32Array = new Float32Array(0);
  private state = new Uint8Array(0);
  private style: PlotStyle | null = null;
  private links: NeighborLinks | null = null;
  private readonly layers: PlotLayers;
  private hasSelection = false;
  private hasSearch = false;
  private readonly hits = new PlotHits(this.cam);
  private transitionStart: number | null = null;
  private options: Options3d = { axes: false, depthCues: true, autoRotate: false };
  private theme: PlotTheme = PLOT_THEMES.light;
  private frame = 0;
  private settleTimer = 0;
  private lastFrameAt = 0;
  private rendered = false;

  /** Throws when WebGL or a 2D context is unavailable. */
  constructor(glCanvas: HTMLCanvasElement, overlayCanvas: HTMLCanvasElement) {
    this.overlay = new PlotOverlay(overlayCanvas);
    this.scatter = new ScatterRenderer(glCanvas);
    this.scatter.setColors(this.theme);
    this.layers = new PlotLayers(this.scatter);
  }

  /**
   * Shows new points (or none) and fits the camera to them. When the items are the same as before and the
   * dimensionality changed (2D ⇄ 3D), the points move from where they were seen to their new places.
   */
  setData(data: PlotData | null): void {
    const previous = this.data;
    const before = this.cam.projector();
    const oldPositions = this.positions;
    this.data = data;
    this.rendered = false;
    this.links = null;
    this.cameraChanged();
    if (data === null) {
      this.scatter.clearData();
      this.positions = new Float32Array(0);
      this.state = new Uint8Array(0);
      this.hits.setData(null);
      this.cam.setData(null);
      this.overlay.labels.setTexts(null);
      this.updateLayers();
      this.schedule();
      return;
    }
    const count = data.texts.length;
    if (this.state.length !== count) this.state = new Uint8Array(count);
    this.positions = toPositions3(data.coords, data.dims);
    this.cam.setData(data);
    this.hits.setData({ coords: data.coords, dims: data.dims, state: this.state });
    this.overlay.labels.setTexts(data.texts);
    this.updateLayers();
    const animate = previous !== null && previous.dims !== data.dims && sameItems(previous.texts, data.texts);
    const from = animate ? transitionStart(oldPositions, before, this.positions, this.cam.projector()) : null;
    this.transitionStart = from === null ? null : performance.now();
    this.scatter.setData({ positions: this.positions, from, ...this.styleFor(count), state: this.state });
    this.schedule();
  }

  /** New colours and sizes for the points on screen (kept for the next data when the count differs). */
  setStyle(style: PlotStyle): void {
    this.style = style;
    if (style.colors.length !== 3 * this.state.length) return;
    this.scatter.setStyle(style.colors, style.sizes);
    this.schedule();
  }

  /** The neighbour lines to draw (null for none); indices refer to the data on screen. */
  setNeighbors(links: NeighborLinks | null): void {
    this.links = links;
    this.updateLayers();
    this.schedule();
  }

  /** The label font size in CSS pixels. */
  setLabelFontSize(px: number): void {
    this.overlay.labels.setFontSize(px);
    this.schedule();
  }

  /** New per-point state bytes (hidden, selected, match); ignored when they belong to another map. */
  setPointState(state: Uint8Array, hasSelection: boolean, hasSearch: boolean): void {
    if (state.length !== this.state.length) return;
    this.state.set(state);
    this.hasSelection = hasSelection;
    this.hasSearch = hasSearch;
    this.scatter.stateChanged(hasSelection, hasSearch);
    this.hits.invalidate();
    this.schedule();
  }

  /** Switches the 3D projection, animating the points from where they appear to where they will. */
  setProjection(projection: Projection3d): void {
    if (this.cam.orbit.projection === projection) return;
    const before = this.cam.projector();
    this.cam.setProjection(projection);
    this.cameraChanged();
    const data = this.data;
    if (data === null || this.cam.mode !== '3d') return;
    const from = transitionStart(this.positions, before, this.positions, this.cam.projector());
    this.transitionStart = performance.now();
    this.scatter.setData({
      positions: this.positions,
      from,
      ...this.styleFor(data.texts.length),
      state: this.state,
    });
  }

  /** Axes, depth cues and auto-rotation for 3D maps. */
  setOptions3d(options: Options3d): void {
    this.options = options;
    this.updateLayers();
    this.lastFrameAt = performance.now();
    this.schedule();
  }

  /** The plot's colours. */
  setTheme(theme: PlotTheme): void {
    this.theme = theme;
    this.scatter.setColors(theme);
    this.updateLayers();
    this.schedule();
  }

  /** The selection shape being dragged, drawn on the overlay; null when none. */
  setGesture(shape: SelectionShape | null): void {
    this.overlay.setGesture(shape);
    this.schedule();
  }

  /** Follows a new plot size (whole CSS pixels) and device pixel ratio, keeping centre and scale. */
  resize(size: ViewportSize, pixelRatio: number): void {
    this.cam.resize(size);
    this.pixelRatio = pixelRatio;
    this.scatter.setSize(size, pixelRatio);
    this.overlay.resize(size, pixelRatio);
    this.cameraChanged();
    // Drawing now, not on the next frame: a resized canvas is blank until drawn again.
    this.draw();
  }

  /** Fits the camera to all the data, with padding (keeping the 3D angles). */
  fit(): void {
    this.cam.fit();
    this.cameraChanged();
  }

  /** Fits the camera to the points `indices` (e.g. search matches); nothing happens for none. */
  fitTo(indices: Int32Array): void {
    this.cam.fitTo(indices);
    this.cameraChanged();
  }

  /** Centres the camera on point `index`, keeping the scale. */
  centreOn(index: number): void {
    const p = this.positions;
    const [x, y, z] = [p[3 * index] ?? NaN, p[3 * index + 1] ?? NaN, p[3 * index + 2] ?? NaN];
    if (![x, y, z].every(Number.isFinite)) return;
    this.cam.centreOn(x, y, z);
    this.cameraChanged();
  }

  /** A drag of (dx, dy) CSS pixels: pans in 2D; in 3D rotates, or pans when `secondary` (right button, shift). */
  drag(dx: number, dy: number, secondary: boolean): void {
    this.cam.drag(dx, dy, secondary);
    this.cameraChanged();
  }

  /** Zooms by `factor` (< 1 zooms in) around CSS pixel (px, py) in 2D; dollies towards the target in 3D. */
  zoomAt(px: number, py: number, factor: number): void {
    this.cam.zoomAt(px, py, factor);
    this.cameraChanged();
  }

  /** The index of the drawn point under CSS pixel (px, py), or -1 (also while a large 3D map moves). */
  pick(px: number, py: number): number {
    return this.transitionStart === null ? (this.hits.get()?.nearest(px, py, HOVER_RADIUS_PX) ?? -1) : -1;
  }

  /** The drawn point under (px, py) for a click: in 3D the screen index is built now if it is stale. */
  pickNow(px: number, py: number): number {
    return this.hits.get(true)?.nearest(px, py, HOVER_RADIUS_PX) ?? -1;
  }

  /** The hit index for the current camera, built on demand (synchronously, for selections). */
  hitsNow(): HitIndex | null {
    return this.hits.get(true);
  }

  /** 2D or 3D. */
  getMode(): PlotMode {
    return this.cam.mode;
  }

  /** The 2D view on screen and the plot's CSS size (in 3D the view is the last 2D one). */
  getView(): { view: ViewBounds; size: ViewportSize } {
    return { view: this.cam.view, size: this.cam.size };
  }

  /** The current camera's view-projection matrix, 16 numbers, column-major. */
  getViewProjection(): number[] {
    return this.cam.viewProjection();
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

  /** How far a running transition is (0 … 1, eased), or null when the points stand still. */
  transitionProgress(): number | null {
    return this.transitionStart === null ? null : transitionProgress(this.transitionStart, performance.now());
  }

  /** Renders the current view as PNG bytes, with labels, `legend` and the chosen width, background and title. */
  exportPng(options: ExportOptions, legend: LegendContent): Promise<Uint8Array<ArrayBuffer>> {
    return exportPng({
      renderer: this.scatter,
      labels: this.overlay.labels,
      camera: this.cam.camera(),
      size: this.cam.size,
      options,
      legend,
      theme: this.theme,
    });
  }

  /** The current 2D view as an SVG document; null in 3D or without data. */
  exportSvg(options: ExportOptions, legend: LegendContent): string | null {
    const data = this.data;
    const style = this.style;
    if (
      data === null ||
      style === null ||
      this.cam.mode !== '2d' ||
      style.colors.length !== 3 * this.state.length
    )
      return null;
    return exportSvg({
      size: this.cam.size,
      view: this.cam.view,
      coords: data.coords,
      dims: data.dims,
      colors: style.colors,
      sizes: style.sizes,
      state: this.state,
      hasSelection: this.hasSelection,
      hasSearch: this.hasSearch,
      labels: this.overlay.labels.drawnLabels(),
      labelFontPx: this.overlay.labels.fontSize,
      links: this.links,
      legend,
      theme: this.theme,
      options,
    });
  }

  /** Stops drawing and frees the GPU resources. */
  dispose(): void {
    cancelAnimationFrame(this.frame);
    window.clearTimeout(this.settleTimer);
    this.frame = 0;
    this.layers.dispose();
    this.scatter.dispose();
  }

  /** The style's buffers when they fit `count` points; else a neutral grey until the new style arrives. */
  private styleFor(count: number): PlotStyle {
    const style = this.style;
    if (style !== null && style.colors.length === 3 * count) return style;
    return { colors: new Uint8Array(3 * count).fill(153), sizes: null };
  }

  private updateLayers(): void {
    const data = this.data;
    const axes = data !== null && this.cam.mode === '3d' && this.options.axes;
    this.layers.update({
      axes: axes ? computeExtent3(data.coords, data.dims) : null,
      positions: this.positions,
      links: data === null ? null : this.links,
      theme: this.theme,
    });
  }

  private cameraChanged(): void {
    this.hits.cameraChanged(performance.now());
    this.schedule();
  }

  private schedule(): void {
    if (this.frame !== 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  /** Advances the transition and the auto-rotation; returns whether another frame is needed. */
  private advance(now: number): boolean {
    let more = false;
    if (this.transitionStart !== null) {
      const t = transitionProgress(this.transitionStart, now);
      this.scatter.setMix(t);
      if (t >= 1) {
        this.transitionStart = null;
        this.hits.invalidate();
      } else more = true;
    }
    if (this.cam.mode === '3d' && this.options.autoRotate && this.data !== null) {
      // Capped per frame: after a stall (a hidden tab) the map turns on smoothly instead of jumping.
      const seconds = Math.min(0.1, Math.max(0, (now - this.lastFrameAt) / 1000));
      this.cam.turn(AUTO_ROTATE_RAD_PER_S * seconds);
      this.hits.cameraChanged(now);
      more = true;
    }
    this.lastFrameAt = now;
    return more;
  }

  private draw(): void {
    const now = performance.now();
    const more = this.advance(now);
    this.scatter.setDepthCues(
      this.cam.mode === '3d' && this.options.depthCues ? depthCuesOf(this.cam.orbit) : null,
    );
    this.scatter.render(this.cam.camera());
    this.layoutLabels();
    this.overlay.draw(this.theme, this.pixelRatio);
    this.rendered = this.data !== null;
    if (more) this.schedule();
  }

  private layoutLabels(): void {
    const data = this.data;
    // Labels wait while the points fly: they would sit beside the wrong places.
    const hits = this.transitionStart === null ? this.hits.get() : null;
    const candidates = hits === null ? null : this.hits.labelCandidates();
    if (data === null || hits === null || candidates === null) {
      this.overlay.labels.clear();
      // A large 3D map gets its labels (and hover) back once the camera rests.
      window.clearTimeout(this.settleTimer);
      if (data !== null) {
        this.settleTimer = window.setTimeout(() => {
          this.schedule();
        }, SETTLE_MS);
      }
      return;
    }
    this.overlay.labels.layout(candidates, this.cam.size, hits);
  }
}
