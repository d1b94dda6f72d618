import { rampBytes } from '../plot/color-ramp';
import { composePointState } from '../plot/point-flags';
import type { PlotStyle } from '../plot/plot-data';
import type { SelectOp } from '../plot/selection-shape';
import { emptySelection, selectedIndices, selectionReducer } from './selection-state';

/** The grey of a companion drawn without a colouring of its own or the main plot's (0x80 per channel). */
const PLAIN_GREY = 128;

/**
 * How the companion's points look: coloured by `scores` on the colour ramp (0 → 1, e.g. neighbourhood
 * overlap), else in the main plot's colours when they fit, else one grey.
 */
export function companionStyle(
  scores: Float32Array | null,
  main: PlotStyle | null,
  count: number,
): PlotStyle {
  if (scores !== null && scores.length === count) {
    return { colors: rampBytes(Float64Array.from(scores), 0, 1), sizes: null };
  }
  if (main !== null && main.colors.length === 3 * count) return main;
  return { colors: new Uint8Array(3 * count).fill(PLAIN_GREY), sizes: null };
}

/** The state bytes of `count` points with `selection` selected (nothing hidden, no search on the companion). */
export function companionPointState(selection: readonly number[], count: number): Uint8Array {
  const mask = new Uint8Array(count);
  for (const index of selection) if (index >= 0 && index < count) mask[index] = 1;
  return composePointState({
    entryOfPoint: new Uint16Array(count),
    hiddenEntries: new Set(),
    selection: selection.length > 0 ? mask : null,
    matches: null,
  });
}

/** The selection after a click or shape `op` on the companion, as ascending indices (shared with the main plot). */
export function applySelectOp(
  selection: readonly number[],
  count: number,
  op: SelectOp,
  indices: ArrayLike<number>,
): number[] {
  const current = selectionReducer(emptySelection(count), {
    type: 'apply',
    op: 'replace',
    indices: selection,
  });
  return Array.from(selectedIndices(selectionReducer(current, { type: 'apply', op, indices })));
}
