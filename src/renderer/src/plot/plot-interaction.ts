import { rectFromCorners } from './polygon';
import type { SelectionShape, SelectMode, SelectOp } from './selection-shape';
import { wheelZoomFactor } from './view-math';

/** What the pointer, wheel and keyboard do to the plot. */
export interface PlotInteractionHandlers {
  /** Camera drag; `secondary` for the right button or shift (3D pans instead of rotating). */
  drag(dx: number, dy: number, secondary: boolean): void;
  zoomAt(px: number, py: number, factor: number): void;
  fit(): void;
  /** The pointer is over (px, py) CSS pixels of the plot and not dragging; null when it left. */
  hover(position: { px: number; py: number } | null): void;
  click(px: number, py: number, op: SelectOp): void;
  /** The selection shape being drawn (null when done or cancelled). */
  shape(shape: SelectionShape | null): void;
  select(shape: SelectionShape, op: SelectOp): void;
  escape(): void;
  /** N: the nearest neighbours of the selected point. */
  neighbors(): void;
  /** The toolbar's mode now (read on every press, so the handlers need not be re-attached when it changes). */
  mode(): SelectMode;
}

/** Arrow keys move (or turn) the view by this many CSS pixels of drag per press. */
const KEY_DRAG_PX = 40;
/** `+` / `-` zoom by this factor per press. */
const KEY_ZOOM_FACTOR = 1.25;
/** A press that moves less than this (CSS px) is a click, not a drag. */
const CLICK_SLOP_PX = 4;
/** A lasso gets a new vertex every this many CSS pixels: smooth enough, and point-in-polygon stays cheap. */
const LASSO_STEP_PX = 3;

type Gesture =
  | { kind: 'camera'; pointerId: number; x: number; y: number; moved: number; secondary: boolean }
  | { kind: 'box'; pointerId: number; x0: number; y0: number; shape: SelectionShape | null }
  | { kind: 'lasso'; pointerId: number; points: number[] };

function opOf(event: MouseEvent, click: boolean): SelectOp {
  if (event.ctrlKey || event.metaKey) return click ? 'toggle' : 'remove';
  return event.shiftKey ? 'add' : 'replace';
}

/**
 * Wires the pointer (camera drag, click to select, box and lasso), the wheel (zoom) and the keyboard (arrows,
 * + / -, 0 to fit, Escape to clear, N for neighbours) to `element`. Returns the function that removes every listener. The wheel
 * listener is not passive so that zooming the plot does not also scroll the page.
 */
export function attachPlotInteraction(element: HTMLElement, handlers: PlotInteractionHandlers): () => void {
  let gesture: Gesture | null = null;
  const local = (event: MouseEvent): { px: number; py: number } => {
    const box = element.getBoundingClientRect();
    return { px: event.clientX - box.left, py: event.clientY - box.top };
  };
  const onPointerDown = (event: PointerEvent): void => {
    if (event.button !== 0 && event.button !== 2) return;
    element.setPointerCapture(event.pointerId);
    handlers.hover(null);
    const { px, py } = local(event);
    const mode = event.button === 2 ? 'pan' : event.altKey ? 'box' : handlers.mode();
    const pointerId = event.pointerId;
    if (mode === 'box') gesture = { kind: 'box', pointerId, x0: px, y0: py, shape: null };
    else if (mode === 'lasso') gesture = { kind: 'lasso', pointerId, points: [px, py] };
    else {
      const secondary = event.button === 2 || event.shiftKey;
      gesture = { kind: 'camera', pointerId, x: event.clientX, y: event.clientY, moved: 0, secondary };
    }
  };
  const onPointerMove = (event: PointerEvent): void => {
    if (gesture === null) {
      handlers.hover(local(event));
      return;
    }
    if (gesture.pointerId !== event.pointerId) return;
    const { px, py } = local(event);
    if (gesture.kind === 'camera') {
      const dx = event.clientX - gesture.x;
      const dy = event.clientY - gesture.y;
      handlers.drag(dx, dy, gesture.secondary);
      gesture = { ...gesture, x: event.clientX, y: event.clientY, moved: gesture.moved + Math.hypot(dx, dy) };
    } else if (gesture.kind === 'box') {
      gesture.shape = { kind: 'box', rect: rectFromCorners(gesture.x0, gesture.y0, px, py) };
      handlers.shape(gesture.shape);
    } else {
      const n = gesture.points.length;
      const last = [gesture.points[n - 2] ?? px, gesture.points[n - 1] ?? py];
      if (Math.hypot(px - (last[0] ?? px), py - (last[1] ?? py)) < LASSO_STEP_PX) return;
      gesture.points.push(px, py);
      handlers.shape({ kind: 'lasso', points: [...gesture.points] });
    }
  };
  const onPointerUp = (event: PointerEvent): void => {
    const done = gesture;
    if (done?.pointerId !== event.pointerId) return;
    gesture = null;
    if (element.hasPointerCapture(event.pointerId)) element.releasePointerCapture(event.pointerId);
    const { px, py } = local(event);
    handlers.shape(null);
    if (done.kind === 'camera') {
      if (done.moved < CLICK_SLOP_PX && event.button === 0) handlers.click(px, py, opOf(event, true));
    } else if (done.kind === 'box') {
      if (done.shape === null) handlers.click(px, py, opOf(event, true));
      else handlers.select(done.shape, opOf(event, false));
    } else if (done.points.length >= 6) {
      handlers.select({ kind: 'lasso', points: done.points }, opOf(event, false));
    } else {
      handlers.click(px, py, opOf(event, true));
    }
  };
  const onPointerCancel = (event: PointerEvent): void => {
    if (gesture?.pointerId !== event.pointerId) return;
    gesture = null;
    handlers.shape(null);
  };
  const onPointerLeave = (): void => {
    if (gesture === null) handlers.hover(null);
  };
  const onWheel = (event: WheelEvent): void => {
    event.preventDefault();
    // Line-based wheels (Firefox) report lines, not pixels: one line is about 16 px.
    const deltaY = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? event.deltaY * 16 : event.deltaY;
    const { px, py } = local(event);
    handlers.zoomAt(px, py, wheelZoomFactor(deltaY));
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (onKey(event, element, handlers)) event.preventDefault();
  };
  // The right button pans, so its menu would only get in the way.
  const onContextMenu = (event: Event): void => {
    event.preventDefault();
  };
  const listeners: [string, EventListener, AddEventListenerOptions?][] = [
    ['pointerdown', onPointerDown as EventListener],
    ['pointermove', onPointerMove as EventListener],
    ['pointerup', onPointerUp as EventListener],
    ['pointercancel', onPointerCancel as EventListener],
    ['pointerleave', onPointerLeave],
    ['wheel', onWheel as EventListener, { passive: false }],
    ['keydown', onKeyDown as EventListener],
    ['contextmenu', onContextMenu],
  ];
  for (const [type, listener, options] of listeners) element.addEventListener(type, listener, options);
  return () => {
    for (const [type, listener] of listeners) element.removeEventListener(type, listener);
  };
}

/** Handles one key; returns whether it was the plot's. */
function onKey(event: KeyboardEvent, element: HTMLElement, handlers: PlotInteractionHandlers): boolean {
  const centreX = element.clientWidth / 2;
  const centreY = element.clientHeight / 2;
  const arrows: Record<string, [number, number]> = {
    ArrowLeft: [KEY_DRAG_PX, 0],
    ArrowRight: [-KEY_DRAG_PX, 0],
    ArrowUp: [0, KEY_DRAG_PX],
    ArrowDown: [0, -KEY_DRAG_PX],
  };
  const arrow = arrows[event.key];
  if (arrow !== undefined) {
    handlers.drag(arrow[0], arrow[1], event.shiftKey);
    return true;
  }
  switch (event.key) {
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
    case 'Escape':
      handlers.escape();
      return true;
    case 'n':
    case 'N':
      handlers.neighbors();
      return true;
    default:
      return false;
  }
}
