import type { PlotTheme } from '../theme/theme';
import { AnnotationLayer, drawAnnotations } from './annotation-layer';
import { LabelLayer } from './label-layer';
import { drawSelectionShape, type SelectionShape } from './selection-shape';
import type { Projector } from './transition';
import type { ViewportSize } from './view-math';

/** Where the points are on one frame, for the annotations that point at them. */
export interface OverlayFrame {
  /** Point positions, 3 per point. */
  readonly positions: Float32Array;
  readonly projector: Projector;
  /** Whether the points fly between layouts (the annotations wait then). */
  readonly transitioning: boolean;
}

/** The 2D canvas over the WebGL canvas: the tools' annotations, point labels and the selection shape being dragged. */
export class PlotOverlay {
  readonly labels: LabelLayer;
  readonly annotations = new AnnotationLayer();
  private readonly context: CanvasRenderingContext2D;
  private gesture: SelectionShape | null = null;

  /** Throws when the canvas has no 2D context. */
  constructor(private readonly canvas: HTMLCanvasElement) {
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('no 2D canvas context for the label overlay');
    this.context = context;
    this.labels = new LabelLayer(context);
  }

  /** Sizes the canvas to `size` CSS pixels at `pixelRatio`. */
  resize(size: ViewportSize, pixelRatio: number): void {
    this.canvas.width = Math.floor(size.width * pixelRatio);
    this.canvas.height = Math.floor(size.height * pixelRatio);
    this.canvas.style.width = `${size.width}px`;
    this.canvas.style.height = `${size.height}px`;
  }

  /** The selection shape to draw (null for none). */
  setGesture(shape: SelectionShape | null): void {
    this.gesture = shape;
  }

  /** Projects the annotations for `frame` and redraws everything. */
  drawFrame(frame: OverlayFrame, theme: PlotTheme, pixelRatio: number): void {
    // Projected every frame, so arrows follow pan, zoom and rotation; hidden while the points fly.
    if (frame.transitioning) this.annotations.clear();
    else this.annotations.project(frame.positions, frame.projector, theme);
    this.draw(theme, pixelRatio);
  }

  /** Redraws annotations, labels and the selection shape in `theme`'s colours. */
  draw(theme: PlotTheme, pixelRatio: number): void {
    const context = this.context;
    context.clearRect(0, 0, this.canvas.width, this.canvas.height);
    drawAnnotations(context, this.annotations.drawn, pixelRatio, theme.labelHalo);
    this.labels.draw(context, pixelRatio, { text: theme.labelText, halo: theme.labelHalo });
    if (this.gesture !== null) drawSelectionShape(context, this.gesture, pixelRatio, theme.gesture);
  }
}
