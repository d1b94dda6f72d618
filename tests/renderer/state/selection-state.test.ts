import { describe, expect, it } from 'vitest';
import {
  countsByLabel,
  emptySelection,
  selectedIndices,
  selectionReducer,
  type SelectionState,
} from '../../../src/renderer/src/state/selection-state';

const apply = (
  state: SelectionState,
  op: 'replace' | 'add' | 'toggle' | 'remove',
  indices: number[],
): SelectionState => selectionReducer(state, { type: 'apply', op, indices });

describe('selection reducer', () => {
  it('replaces, adds, removes and toggles, keeping the count in step with the mask', () => {
    let state = emptySelection(6);
    state = apply(state, 'replace', [1, 3]);
    expect(Array.from(selectedIndices(state))).toEqual([1, 3]);
    state = apply(state, 'add', [3, 4]);
    expect(Array.from(selectedIndices(state))).toEqual([1, 3, 4]);
    state = apply(state, 'remove', [1, 5]);
    expect(Array.from(selectedIndices(state))).toEqual([3, 4]);
    state = apply(state, 'toggle', [4, 0]);
    expect(Array.from(selectedIndices(state))).toEqual([0, 3]);
    expect(state.count).toBe(2);
    state = apply(state, 'replace', [5]);
    expect(Array.from(selectedIndices(state))).toEqual([5]);
  });

  it('never mutates the previous state (React compares by identity)', () => {
    const before = apply(emptySelection(4), 'replace', [0]);
    const snapshot = before.mask.slice();
    apply(before, 'add', [1, 2]);
    apply(before, 'toggle', [0]);
    expect(before.mask).toEqual(snapshot);
    expect(before.count).toBe(1);
  });

  it('ignores duplicates and indices outside the map', () => {
    const state = apply(emptySelection(3), 'add', [1, 1, -1, 3, 99]);
    expect(state.count).toBe(1);
  });

  it('clears, returning the same object when already empty', () => {
    const empty = emptySelection(3);
    expect(selectionReducer(empty, { type: 'clear' })).toBe(empty);
    expect(apply(empty, 'replace', [])).toBe(empty);
    expect(selectionReducer(apply(empty, 'add', [2]), { type: 'clear' }).count).toBe(0);
    expect(selectionReducer(empty, { type: 'reset', size: 7 }).mask.length).toBe(7);
  });

  it('counts the selection per label, most first, empty labels as none', () => {
    const labels = ['a', 'b', 'a', null, '', 'a'];
    const state = apply(emptySelection(6), 'replace', [0, 1, 2, 3, 4]);
    expect(countsByLabel(state, labels)).toEqual([
      { label: 'a', count: 2 },
      { label: null, count: 2 },
      { label: 'b', count: 1 },
    ]);
  });
});
