/**
 * Per-point state as one byte per point, uploaded to the GPU as the `aState` attribute: 1,000,000 points
 * are one 1 MB Uint8Array, never one object per point. The shader reads the bits back with floor/mod
 * arithmetic (WebGL 1-compatible GLSL has no bit operators).
 */

/** The point's category is hidden in the legend: not drawn, not hoverable, not selectable, no label. */
export const POINT_HIDDEN = 1;
/** The point is in the selection (the others turn grey while a selection exists). */
export const POINT_SELECTED = 2;
/** The point matches the search (drawn with a ring; the others turn grey while a search is active). */
export const POINT_MATCH = 4;

/** What decides each point's state byte. */
export interface PointStateInput {
  /** The legend entry of each point, and which entries are hidden (by entry index). */
  readonly entryOfPoint: Uint16Array;
  readonly hiddenEntries: ReadonlySet<number>;
  /** 1 where the point is selected; null for an empty selection. */
  readonly selection: Uint8Array | null;
  /** 1 where the point matches the search; null when no search is active. */
  readonly matches: Uint8Array | null;
}

/** Writes the state byte of every point into `out` (allocated when absent) and returns it. */
export function composePointState(input: PointStateInput, out?: Uint8Array): Uint8Array {
  const count = input.entryOfPoint.length;
  const state = out?.length === count ? out : new Uint8Array(count);
  // Entry visibility as a lookup table: one read per point instead of a Set lookup.
  let maxEntry = 0;
  for (const entry of input.hiddenEntries) maxEntry = Math.max(maxEntry, entry);
  const hidden = new Uint8Array(maxEntry + 1);
  for (const entry of input.hiddenEntries) hidden[entry] = POINT_HIDDEN;
  const { entryOfPoint, selection, matches } = input;
  for (let i = 0; i < count; i++) {
    state[i] =
      (hidden[entryOfPoint[i] ?? 0] ?? 0) |
      (selection !== null && selection[i] === 1 ? POINT_SELECTED : 0) |
      (matches !== null && matches[i] === 1 ? POINT_MATCH : 0);
  }
  return state;
}

/** Whether point `index` is drawn (not hidden) under `state`. */
export function isVisible(state: Uint8Array, index: number): boolean {
  return ((state[index] ?? 0) & POINT_HIDDEN) === 0;
}
