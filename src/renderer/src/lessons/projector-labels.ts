/**
 * The plot's labels in projector mode. Projector mode enlarges the app's type and the lesson text through
 * CSS (styles.css, `.app.projector`), but the plot draws its labels on a canvas, which CSS does not reach:
 * they get their own factor. 1.6× turns the default 12 px labels into 19 px, about the lesson text's size,
 * so they can be read from the back of a classroom; the label layer clamps the result to its maximum.
 */
export const PROJECTOR_LABEL_SCALE = 1.6;

/** The label scale for the plot: {@link PROJECTOR_LABEL_SCALE} while a lesson runs in projector mode, else 1. */
export function labelScaleOf(lessonRunning: boolean, projector: boolean): number {
  return lessonRunning && projector ? PROJECTOR_LABEL_SCALE : 1;
}

/** The label size to draw: the user's chosen size times the scale, in whole CSS pixels. */
export function scaledLabelFontPx(fontPx: number, scale: number): number {
  return Math.round(fontPx * scale);
}
