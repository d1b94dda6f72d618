import type { ReactNode } from 'react';
import { projectPoint } from '../../plot/projection-math';
import type { PlotController } from '../../plot/plot-controller';

/** Props of {@link LinkedHoverMark}. */
export interface LinkedHoverMarkProps {
  readonly controller: PlotController | null;
  /** The item hovered on the other plot, or -1. */
  readonly index: number;
}

/**
 * A ring and the item's text at the place of an item hovered on the *other* plot (linked hover). A DOM
 * element over the canvas, not a GPU layer: it is one mark, and it needs nothing from the renderer but the
 * camera matrix, so the plot modules stay untouched.
 */
export function LinkedHoverMark({ controller, index }: LinkedHoverMarkProps): ReactNode {
  const data = controller?.getData() ?? null;
  if (controller === null || data === null || index < 0 || index >= data.texts.length) return null;
  const { size } = controller.getView();
  const at = (axis: number): number => (axis < data.dims ? (data.coords[index * data.dims + axis] ?? 0) : 0);
  const screen = projectPoint(controller.getViewProjection(), at(0), at(1), at(2), size);
  if (screen === null || screen.x < 0 || screen.y < 0 || screen.x > size.width || screen.y > size.height)
    return null;
  return (
    <div className="linked-hover-mark" style={{ left: screen.x, top: screen.y }} aria-hidden="true">
      <span className="linked-hover-text">{data.texts[index]}</span>
    </div>
  );
}
