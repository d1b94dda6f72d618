import { wheelZoomFactor } from './view-math';

/** What the pointer, wheel and keyboard do to the plot. */
export interface PlotInteractionHandlers {
  panBy(dx: number, dy: number): void;
  zoomAt(px: number, py: number, factor: number): void;
  fit(): void;
  /** The pointer is over (px, py) CSS pixels of the plot and not dragging; null when it left. */
  hover(position: { px: number; py: number } | null): void;
}

/** Arrow keys move the view by this many CSS pixels per press. */
const KEY_PAN_PX = 40;
/** `+` / `-` zoom by this factor per press. */
const KEY_ZOOM_FACTOR = 1.25;

/**
 * Wires dragging (pan), the wheel (zoom around the cursor), hovering and the keyboard (arrows, + / -, 0 to
 * fit) to `element`. Returns the function that removes every listener. The wheel listener is not passive so
 * that zooming the plot does not also scroll the page.
 */
export function attachPlotInteraction(element: HTMLElement, handlers: PlotInteractionHandlers): () => void {
  let drag: { pointerId: number; x: number; y: number } | null = null;
  const local = (event: MouseEvent): { px: number; py: number } => {
    const box = element.getBoundingClientRect();
    return { px: event.clientX - box.left, py: event.clientY - box.top };
  };
  const onPointerDown = (event: PointerEvent): void => {
    if (event.button !== 0) return;
    element.setPointerCapture(event.pointerId);
    drag = { pointerId: event.pointerId, x: event.clientX, y: event.clientY };
    handlers.hover(null);
  };
  const onPointerMove = (event: PointerEvent): void => {
    if (drag?.pointerId === event.pointerId) {
      handlers.panBy(event.clientX - drag.x, event.clientY - drag.y);
      drag = { pointerId: event.pointerId, x: event.clientX, y: event.clientY };
    } else if (drag === null) {
      handlers.hover(local(event));
    }
  };
  const onPointerEnd = (event: PointerEvent): void => {
    if (drag?.pointerId !== event.pointerId) return;
    drag = null;
    if (element.hasPointerCapture(event.pointerId)) element.releasePointerCapture(event.pointerId);
  };
  const onPointerLeave = (): void => {
    if (drag === null) handlers.hover(null);
  };
  const onWheel = (event: WheelEvent): void => {
    event.preventDefault();
    // Line-based wheels (Firefox) report lines, not pixels: one line is about 16 px.
    const deltaY = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? event.deltaY * 16 : event.deltaY;
    const { px, py } = local(event);
    handlers.zoomAt(px, py, wheelZoomFactor(deltaY));
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (onKey(event.key, element, handlers)) event.preventDefault();
  };
  element.addEventListener('pointerdown', onPointerDown);
  element.addEventListener('pointermove', onPointerMove);
  element.addEventListener('pointerup', onPointerEnd);
  element.addEventListener('pointercancel', onPointerEnd);
  element.addEventListener('pointerleave', onPointerLeave);
  element.addEventListener('wheel', onWheel, { passive: false });
  element.addEventListener('keydown', onKeyDown);
  return () => {
    element.removeEventListener('pointerdown', onPointerDown);
    element.removeEventListener('pointermove', onPointerMove);
    element.removeEventListener('pointerup', onPointerEnd);
    element.removeEventListener('pointercancel', onPointerEnd);
    element.removeEventListener('pointerleave', onPointerLeave);
    element.removeEventListener('wheel', onWheel);
    element.removeEventListener('keydown', onKeyDown);
  };
}

/** Handles one key; returns whether it was the plot's. */
function onKey(key: string, element: HTMLElement, handlers: PlotInteractionHandlers): boolean {
  const centreX = element.clientWidth / 2;
  const centreY = element.clientHeight / 2;
  switch (key) {
    case 'ArrowLeft':
      handlers.panBy(KEY_PAN_PX, 0);
      return true;
    case 'ArrowRight':
      handlers.panBy(-KEY_PAN_PX, 0);
      return true;
    case 'ArrowUp':
      handlers.panBy(0, KEY_PAN_PX);
      return true;
    case 'ArrowDown':
      handlers.panBy(0, -KEY_PAN_PX);
      return true;
    case '+':
    case '=':
      handlers.zoomAt(centreX, centreY, 1 / KEY_ZOOM_FACTOR);
      return true;
    case '-':
      handlers.zoomAt(centreX, centreY, KEY_ZOOM_FACTOR);
      return true;
    case '0':
      handlers.fit();
      return true;
    default:
      return false;
  }
}
