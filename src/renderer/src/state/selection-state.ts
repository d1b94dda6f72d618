/**
 * The selection as one byte per point (1 = selected) and a count: a million points cost 1 MB, every change
 * is one pass, and the mask goes to the GPU as part of the point state without conversion.
 */
import type { SelectOp } from '../plot/selection-shape';

/** The selected points of the map on screen. */
export interface SelectionState {
  readonly mask: Uint8Array;
  readonly count: number;
}

/** What can happen to the selection. */
export type SelectionAction =
  | { readonly type: 'apply'; readonly op: SelectOp; readonly indices: ArrayLike<number> }
  | { readonly type: 'clear' }
  /** A different map: a fresh, empty selection of `size` points. */
  | { readonly type: 'reset'; readonly size: number };

/** An empty selection over `size` points. */
export function emptySelection(size: number): SelectionState {
  return { mask: new Uint8Array(size), count: 0 };
}

/**
 * Pure selection transitions. `replace` selects exactly `indices`; `add` and `remove` change only them;
 * `toggle` flips each. Indices outside the map are ignored. Unchanged selections are returned as they are,
 * so React skips the re-render.
 */
export function selectionReducer(state: SelectionState, action: SelectionAction): SelectionState {
  switch (action.type) {
    case 'reset':
      return emptySelection(action.size);
    case 'clear':
      return state.count === 0 ? state : emptySelection(state.mask.length);
    case 'apply':
      return applyOp(state, action.op, action.indices);
  }
}

function applyOp(state: SelectionState, op: SelectOp, indices: ArrayLike<number>): SelectionState {
  if (op === 'replace' && indices.length === 0 && state.count === 0) return state;
  const mask = op === 'replace' ? new Uint8Array(state.mask.length) : state.mask.slice();
  let count = op === 'replace' ? 0 : state.count;
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k] ?? -1;
    if (i < 0 || i >= mask.length) continue;
    const was = mask[i] === 1;
    const now = op === 'remove' ? false : op === 'toggle' ? !was : true;
    if (was === now) continue;
    mask[i] = now ? 1 : 0;
    count += now ? 1 : -1;
  }
  return { mask, count };
}

/** The selected indices, ascending. */
export function selectedIndices(state: SelectionState): Int32Array {
  const out = new Int32Array(state.count);
  let k = 0;
  for (let i = 0; i < state.mask.length && k < out.length; i++) if (state.mask[i] === 1) out[k++] = i;
  return out;
}

/** How many selected points carry each label (null for none), most first; ties in order of first appearance. */
export function countsByLabel(
  state: SelectionState,
  labels: readonly (string | null)[],
): { label: string | null; count: number }[] {
  const counts = new Map<string | null, number>();
  for (let i = 0; i < state.mask.length; i++) {
    if (state.mask[i] !== 1) continue;
    const label = labels[i] ?? null;
    const key = label === '' ? null : label;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count);
}
