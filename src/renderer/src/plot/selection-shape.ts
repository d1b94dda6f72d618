import type { PixelRect } from './polygon';

/** What a left drag does: move the camera, or draw a box or a lasso to select. */
export type SelectMode = 'pan' | 'box' | 'lasso';

/** How a click or a shape changes the selection: plain replaces, shift adds, ctrl/⌘ toggles (click) or removes (shape). */
export type SelectOp = 'replace' | 'add' | 'toggle' | 'remove';

/** What a selection drag draws: a box, or a lasso's vertices as flat `[x0, y0, x1, y1, …]` CSS pixels. */
export type SelectionShape =
  | { readonly kind: 'box'; readonly rect: PixelRect }
  | { readonly kind: 'lasso'; readonly points: readonly number[] };

/** Fill opacity inside a selection shape: shows the area without hiding the points under it. */
const FILL_ALPHA = 0.12;

/** Draws `shape` on the overlay: a dashed outline and a faint fill in `color`. */
export function drawSelectionShape(
  context: CanvasRenderingContext2D,
  shape: SelectionShape,
  scale: number,
  color: string,
): void {
  context.save();
  context.scale(scale, scale);
  context.beginPath();
  if (shape.kind === 'box') {
    const { left, top, right, bottom } = shape.rect;
    context.rect(left, top, right - left, bottom - top);
  } else {
    for (let i = 0; i + 1 < shape.points.length; i += 2) {
      const x = shape.points[i] ?? 0;
      const y = shape.points[i + 1] ?? 0;
      if (i === 0) context.moveTo(x, y);
      else context.lineTo(x, y);
    }
    context.closePath();
  }
  context.strokeStyle = color;
  context.fillStyle = color;
  context.lineWidth = 1.5;
  context.setLineDash([5, 4]);
  context.globalAlpha = FILL_ALPHA;
  context.fill();
  context.globalAlpha = 1;
  context.stroke();
  context.restore();
}
