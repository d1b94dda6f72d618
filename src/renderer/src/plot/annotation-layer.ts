import { PLOT_THEMES, type PlotTheme } from '../theme/theme';
import { LABEL_FONT_FAMILY } from './label-layer';
import { NO_ANNOTATIONS, type PlotAnnotations } from './plot-annotations';
import { POINT_SIZE_CSS_PX } from './point-material';
import type { Projector } from './transition';

/**
 * The annotation accent per theme: a magenta that no category colour (Okabe–Ito) or theme colour comes near,
 * so an arrow never reads as data and the end-to-end test can find its pixels.
 */
export const ANNOTATION_ACCENT = { light: '#b0197e', dark: '#ff7ac6' } as const;
/** Arrow shaft width, head length and half-width (CSS px): visible over points without hiding them. */
const ARROW_WIDTH_PX = 2;
const HEAD_LENGTH_PX = 9;
const HEAD_HALF_WIDTH_PX = 4.5;
/** The shaft stops this short of the target's centre, so the head points at the disc, not into it. */
const END_GAP_PX = POINT_SIZE_CSS_PX / 2 + 1;
/** Annotation text: a little larger and bolder than point labels, so it reads as commentary. */
const ANNOTATION_FONT_PX = 13;
export const ANNOTATION_FONT = `600 ${ANNOTATION_FONT_PX}px ${LABEL_FONT_FAMILY}`;
/** Halo width around annotation text, as the labels have. */
const HALO_PX = 3;

/** An arrow as drawn: CSS pixels of the plot, already shortened at the head end. */
export interface DrawnArrow {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly label: string;
  readonly color: string;
}

/** A tag as drawn: its text centred at (x, y) CSS pixels. */
export interface DrawnTag {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly color: string;
}

/** The annotations projected for the current camera: what the screen, the PNG and the SVG draw. */
export interface DrawnAnnotations {
  readonly arrows: readonly DrawnArrow[];
  readonly tags: readonly DrawnTag[];
}

export const NO_DRAWN_ANNOTATIONS: DrawnAnnotations = { arrows: [], tags: [] };

/** The accent of `theme` (the light one for any theme that is not the dark built-in). */
export function annotationAccent(theme: PlotTheme): string {
  return theme === PLOT_THEMES.dark ? ANNOTATION_ACCENT.dark : ANNOTATION_ACCENT.light;
}

function screenOf(projector: Projector, x: number, y: number, z: number): { x: number; y: number } | null {
  if (![x, y, z].every(Number.isFinite)) return null;
  const seen = projector.toScreen(x, y, z);
  return seen === null ? null : { x: seen.x, y: seen.y };
}

/**
 * Projects annotations through the camera: arrows between points (3 floats each in `positions`), tags at
 * layout positions. Arrows to missing points, behind the camera or of zero length on screen are left out.
 */
export function projectAnnotations(
  annotations: PlotAnnotations,
  positions: Float32Array,
  projector: Projector,
  accent: string,
): DrawnAnnotations {
  const pointAt = (index: number): { x: number; y: number } | null =>
    index < 0 || 3 * index + 2 >= positions.length
      ? null
      : screenOf(
          projector,
          positions[3 * index] ?? NaN,
          positions[3 * index + 1] ?? NaN,
          positions[3 * index + 2] ?? NaN,
        );
  const arrows: DrawnArrow[] = [];
  for (const arrow of annotations.arrows) {
    const from = pointAt(arrow.from);
    const to = pointAt(arrow.to);
    if (from === null || to === null) continue;
    const length = Math.hypot(to.x - from.x, to.y - from.y);
    if (length <= END_GAP_PX) continue;
    const shorten = (length - END_GAP_PX) / length;
    arrows.push({
      x1: from.x,
      y1: from.y,
      x2: from.x + (to.x - from.x) * shorten,
      y2: from.y + (to.y - from.y) * shorten,
      label: arrow.label,
      color: arrow.color ?? accent,
    });
  }
  const tags: DrawnTag[] = [];
  for (const tag of annotations.tags) {
    const at = screenOf(projector, tag.at[0] ?? NaN, tag.at[1] ?? NaN, tag.at[2] ?? 0);
    if (at !== null) tags.push({ ...at, text: tag.text, color: tag.color ?? accent });
  }
  return { arrows, tags };
}

/** The three corners of an arrow's head (tip first), in CSS pixels. */
export function arrowHead(arrow: DrawnArrow): [number, number][] {
  const angle = Math.atan2(arrow.y2 - arrow.y1, arrow.x2 - arrow.x1);
  const back = (side: number): [number, number] => [
    arrow.x2 - HEAD_LENGTH_PX * Math.cos(angle) + side * HEAD_HALF_WIDTH_PX * Math.sin(angle),
    arrow.y2 - HEAD_LENGTH_PX * Math.sin(angle) - side * HEAD_HALF_WIDTH_PX * Math.cos(angle),
  ];
  return [[arrow.x2, arrow.y2], back(1), back(-1)];
}

/** Where an arrow's label goes: its middle. */
export function arrowMiddle(arrow: DrawnArrow): [number, number] {
  return [(arrow.x1 + arrow.x2) / 2, (arrow.y1 + arrow.y2) / 2];
}

function haloText(
  context: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  color: string,
): void {
  context.fillStyle = color;
  context.strokeText(text, x, y);
  context.fillText(text, x, y);
}

/** Draws arrows (shaft and head), their labels and the tags; `scale` maps CSS pixels to the context's. */
export function drawAnnotations(
  context: CanvasRenderingContext2D,
  drawn: DrawnAnnotations,
  scale: number,
  halo: string,
): void {
  if (drawn.arrows.length === 0 && drawn.tags.length === 0) return;
  context.save();
  context.scale(scale, scale);
  context.lineCap = 'round';
  context.lineJoin = 'round';
  for (const arrow of drawn.arrows) {
    context.strokeStyle = arrow.color;
    context.fillStyle = arrow.color;
    context.lineWidth = ARROW_WIDTH_PX;
    context.beginPath();
    context.moveTo(arrow.x1, arrow.y1);
    context.lineTo(arrow.x2, arrow.y2);
    context.stroke();
    const [tip, left, right] = arrowHead(arrow);
    context.beginPath();
    context.moveTo(...(tip ?? [0, 0]));
    context.lineTo(...(left ?? [0, 0]));
    context.lineTo(...(right ?? [0, 0]));
    context.closePath();
    context.fill();
  }
  context.font = ANNOTATION_FONT;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.lineWidth = HALO_PX;
  context.strokeStyle = halo;
  for (const arrow of drawn.arrows) {
    if (arrow.label !== '') haloText(context, arrow.label, ...arrowMiddle(arrow), arrow.color);
  }
  for (const tag of drawn.tags) haloText(context, tag.text, tag.x, tag.y, tag.color);
  context.restore();
}

/**
 * Keeps the annotations the tools asked for and their latest projection, so the screen and an export draw
 * exactly the same arrows and tags.
 */
export class AnnotationLayer {
  private annotations: PlotAnnotations = NO_ANNOTATIONS;
  private drawnValue: DrawnAnnotations = NO_DRAWN_ANNOTATIONS;

  /** The annotations to draw from now on. */
  set(annotations: PlotAnnotations): void {
    this.annotations = annotations;
  }

  /** Projects for the current camera (each frame, so they follow pan, zoom and rotation). */
  project(positions: Float32Array, projector: Projector, theme: PlotTheme): void {
    this.drawnValue =
      this.annotations.arrows.length === 0 && this.annotations.tags.length === 0
        ? NO_DRAWN_ANNOTATIONS
        : projectAnnotations(this.annotations, positions, projector, annotationAccent(theme));
  }

  /** Hides them (while points fly between layouts an arrow would point at the wrong place). */
  clear(): void {
    this.drawnValue = NO_DRAWN_ANNOTATIONS;
  }

  /** The latest projection. */
  get drawn(): DrawnAnnotations {
    return this.drawnValue;
  }
}
