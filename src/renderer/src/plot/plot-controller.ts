import { depthCuesOf, type PlotMode } from './camera-rig';
import type { LegendContent } from './color-bar';
import type { PlotAnnotations } from './plot-annotations';
import type { ExportOptions } from './export-options';
import { plotPng, plotSvg, type PlotExportSources } from './plot-exports';
import type { HitIndex } from './hit-index';
import type { NeighborLinks } from './neighbor-lines';
import type { Projection3d } from './orbit-camera';
import { PlotLayers } from './plot-layers';
import { PlotCamera, type CameraPose } from './plot-camera';
import { PlotHits } from './plot-hits';
import { PlotOverlay } from './plot-overlay';
import { PlotPoints } from './plot-points';
import { POINT_SIZE_CSS_PX } from './point-material';
import { ScatterRenderer } from './scatter-renderer';
import type { SelectionShape } from './selection-shape';
import { changeOfDims, transitionStart } from './transition';
import { PLOT_THEMES, type PlotTheme } from '../theme/theme';
import type { ViewBounds, ViewportSize } from './view-math';
import { FrameScheduler } from './frame-scheduler';
import { type Options3d, type PlotData, type PlotStyle } from './plot-data';
import { PlotMotion } from './plot-motion';
import { PlotLabels } from './plot-labels';

export type { Options3d, PlotData, PlotStyle } from './plot-data';

/** Hover reaches a little beyond the drawn disc, so small points are easy to hit. */
const HOVER_RADIUS_PX = POINT_SIZE_CSS_PX / 2 + 3;

/**
 * Owns the WebGL scatter, the label overlay and the camera (a 2D view or a 3D orbit), and redraws at most
 * once per animation frame. React components drive it; it never touches React state.
 */
export class PlotController {
  private readonly scatter: ScatterRenderer;
  private readonly overlay: PlotOverlay;
  private readonly cam = new PlotCamera();
  private pixelRatio = 1;
  private readonly points = new PlotPoints();
  private links: NeighborLinks | null = null;
  private readonly layers: PlotLayers;
  // A large map's hit grid is built between frames; its labels and hover come with the next frame.
  private readonly hits = new PlotHits(this.cam, () => {
    this.frames.schedule();
  });
  private readonly motion = new PlotMotion();
  private options: Options3d = { axes: false, depthCues: true, autoRotate: false };
  private theme: PlotTheme = PLOT_THEMES.light;
  private readonly frames = new FrameScheduler(() => {
    this.draw();
  });
  private rendered = false;
  private readonly labels: PlotLabels;

  /** Throws when WebGL or a 2D context is unavailable. */
  constructor(glCanvas: HTMLCanvasElement, overlayCanvas: HTMLCanvasElement) {
    this.overlay = new PlotOverlay(overlayCanvas);
    this.scatter = new ScatterRenderer(glCanvas);
    this.scatter.setColors(this.theme);
    this.layers = new PlotLayers(this.scatter);
    this.labels = new PlotLabels(this.overlay.labels, this.hits, this.cam, this.frames);
  }

  /**
   * Shows new points (or none) and fits the camera to them. When the items are the same as before and the
   * dimensionality changed (2D ⇄ 3D), the points move from where they were seen to their new places. A new
   * layout of the same items (a streamed UMAP epoch) only replaces the positions and the hit grid: colours,
   * state, labels and neighbour lines stay. The camera is fitted to it only when it comes from elsewhere (its
   * texts are another array: a job's first layout, a finished map), not on every epoch of one job, so a
   * user who pans while a map settles keeps their view.
   */
  setData(data: PlotData | null): void {
    const previous = this.points.data;
    const moved = data !== null && this.points.isRelayout(data);
    const before = this.cam.projector();
    const oldPositions = this.points.positions;
    if (moved) this.points.relayout(data);
    else {
      this.points.replace(data);
      this.links = null;
      this.overlay.labels.setTexts(data?.texts ?? null);
    }
    this.rendered = false;
    this.cameraChanged();
    if (moved && data.texts === previous?.texts) this.cam.setLayout(data);
    else this.cam.setData(data);
    this.hits.setData(this.points.hitData());
    this.updateLayers();
    if (data === null) this.scatter.clearData();
    else if (moved) {
      this.motion.setTransition(null);
      this.scatter.setPositions(this.points.positions, null);
    } else {
      const after = { data, positions: this.points.positions, camera: this.cam.projector() };
      const from = changeOfDims({ data: previous, positions: oldPositions, camera: before }, after);
      this.motion.setTransition(from === null ? null : performance.now());
      this.scatter.setData(this.points.buffers(from));
    }
    this.frames.schedule();
  }

  /** New colours and sizes for the points on screen (kept for the next data when the count differs). */
  setStyle(style: PlotStyle): void {
    if (!this.points.setStyle(style)) return;
    this.scatter.setStyle(style.colors, style.sizes);
    this.frames.schedule();
  }

  /** The neighbour lines to draw (null for none); indices refer to the data on screen. */
  setNeighbors(links: NeighborLinks | null): void {
    this.links = links;
    this.updateLayers();
    this.frames.schedule();
  }

  /** The tools' arrows and tags, drawn over the points and into the exports. */
  setAnnotations(annotations: PlotAnnotations): void {
    this.overlay.annotations.set(annotations);
    this.frames.schedule();
  }

  /** The label font size in CSS pixels. */
  setLabelFontSize(px: number): void {
    this.overlay.labels.setFontSize(px);
    this.frames.schedule();
  }

  /** New per-point state bytes (hidden, selected, match); ignored when they belong to another map. */
  setPointState(state: Uint8Array, hasSelection: boolean, hasSearch: boolean): void {
    if (!this.points.setState(state, hasSelection, hasSearch)) return;
    this.scatter.setState(this.points.state, hasSelection, hasSearch);
    this.hits.invalidate();
    this.labels.pointStateChanged(this.points.state);
    this.frames.schedule();
  }

  /** Switches the 3D projection, animating the points from where they appear to where they will. */
  setProjection(projection: Projection3d): void {
    if (this.cam.orbit.projection === projection) return;
    const before = this.cam.projector();
    this.cam.setProjection(projection);
    this.cameraChanged();
    if (this.points.data === null || this.cam.mode !== '3d') return;
    const positions = this.points.positions;
    const from = transitionStart(positions, before, positions, this.cam.projector());
    this.motion.setTransition(performance.now());
    this.scatter.setPositions(positions, from);
  }

  /** Axes, depth cues and auto-rotation for 3D maps. */
  setOptions3d(options: Options3d): void {
    this.options = options;
    this.updateLayers();
    this.motion.restartClock(performance.now());
    this.frames.schedule();
  }

  /** The plot's colours. */
  setTheme(theme: PlotTheme): void {
    this.theme = theme;
    this.scatter.setColors(theme);
    this.updateLayers();
    this.frames.schedule();
  }

  /** The selection shape being dragged, drawn on the overlay; null when none. */
  setGesture(shape: SelectionShape | null): void {
    this.overlay.setGesture(shape);
    this.frames.schedule();
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
    const xyz = this.points.positionOf(index);
    if (xyz === null) return;
    this.cam.centreOn(...xyz);
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
    return !this.motion.transitioning ? (this.hits.get()?.nearest(px, py, HOVER_RADIUS_PX) ?? -1) : -1;
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

  /** The camera as a project saves it (2D centre and scale, or the 3D orbit). */
  getCameraPose(): CameraPose {
    return this.cam.pose();
  }

  /** Restores a saved camera (ignored when it is of the other mode than the map on screen). */
  setCameraPose(pose: CameraPose): void {
    this.cam.setPose(pose);
    this.cameraChanged();
  }

  /** The current camera's view-projection matrix, 16 numbers, column-major. */
  getViewProjection(): number[] {
    return this.cam.viewProjection();
  }

  /** The data on screen, or null. */
  getData(): PlotData | null {
    return this.points.data;
  }

  /** How many points the current data has. */
  getPointCount(): number {
    return this.points.data?.texts.length ?? 0;
  }

  /** Whether a frame showing the current data has been drawn. */
  isRendered(): boolean {
    return this.rendered;
  }

  /** How far a running transition is (0 … 1, eased), or null when the points stand still. */
  transitionProgress(): number | null {
    return this.motion.progress(performance.now());
  }

  /** Renders the current view as PNG bytes, with labels, `legend` and the chosen width, background and title. */
  exportPng(options: ExportOptions, legend: LegendContent): Promise<Uint8Array<ArrayBuffer>> {
    return plotPng(this.exportSources(), options, legend);
  }

  /** The current 2D view as an SVG document; null in 3D or without data. */
  exportSvg(options: ExportOptions, legend: LegendContent): string | null {
    return plotSvg(this.exportSources(), options, legend);
  }

  /** Stops drawing and frees the GPU resources. */
  dispose(): void {
    this.frames.dispose();
    this.labels.dispose();
    this.hits.dispose();
    this.layers.dispose();
    this.scatter.dispose();
  }

  private updateLayers(): void {
    const { data, positions } = this.points;
    const axes = this.cam.mode === '3d' && this.options.axes;
    this.layers.update({ data, axes, positions, links: this.links, theme: this.theme });
  }

  private exportSources(): PlotExportSources {
    const { scatter, overlay, cam, points, links, theme } = this;
    return { scatter, overlay, camera: cam, points, links, theme };
  }

  private cameraChanged(): void {
    this.hits.cameraChanged(performance.now());
    this.frames.schedule();
  }

  private draw(): void {
    const now = performance.now();
    const rotating = this.cam.mode === '3d' && this.options.autoRotate && this.points.data !== null;
    const { scatter, cam, hits } = this;
    const more = this.motion.applyFrame(now, rotating, { scatter, camera: cam, hits });
    this.scatter.setDepthCues(
      this.cam.mode === '3d' && this.options.depthCues ? depthCuesOf(this.cam.orbit) : null,
    );
    this.scatter.render(this.cam.camera());
    const positions = this.points.data === null ? null : this.points.positions;
    this.labels.update({ positions, transitioning: this.motion.transitioning, now });
    const projected = { positions: this.points.positions, projector: this.cam.projector() };
    this.overlay.drawFrame(
      { ...projected, transitioning: this.motion.transitioning },
      this.theme,
      this.pixelRatio,
    );
    this.rendered = this.points.data !== null;
    if (more) this.frames.schedule();
  }
}
