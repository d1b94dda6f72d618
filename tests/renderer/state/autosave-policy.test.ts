import { describe, expect, it } from 'vitest';
import {
  AUTOSAVE_DEBOUNCE_MS,
  autosaveFailed,
  autosaveSucceeded,
  INITIAL_AUTOSAVE,
  plannedAutosave,
} from '../../../src/renderer/src/state/autosave-policy';

describe('plannedAutosave', () => {
  it('saves a new map at once and a view change after the debounce', () => {
    expect(plannedAutosave(INITIAL_AUTOSAVE, { mapId: 'm1', revision: 0, paused: false })).toEqual({
      delayMs: 0,
    });
    const saved = autosaveSucceeded('m1', 3);
    expect(plannedAutosave(saved, { mapId: 'm1', revision: 3, paused: false })).toBeNull();
    expect(plannedAutosave(saved, { mapId: 'm1', revision: 4, paused: false })).toEqual({
      delayMs: AUTOSAVE_DEBOUNCE_MS,
    });
    expect(plannedAutosave(saved, { mapId: 'm2', revision: 3, paused: false })).toEqual({ delayMs: 0 });
  });

  it('saves nothing without a map, or while the previous session waits for an answer', () => {
    expect(plannedAutosave(INITIAL_AUTOSAVE, { mapId: null, revision: 5, paused: false })).toBeNull();
    expect(plannedAutosave(INITIAL_AUTOSAVE, { mapId: 'm1', revision: 5, paused: true })).toBeNull();
  });
});

describe('autosave failures', () => {
  it('are reported once, not per attempt, and again after a success', () => {
    const first = autosaveFailed(INITIAL_AUTOSAVE, 'm1', 1);
    expect(first.report).toBe(true);
    const second = autosaveFailed(first.state, 'm1', 2);
    expect(second.report).toBe(false);
    // The failed attempt counts as done: no retry loop until the next change.
    expect(plannedAutosave(second.state, { mapId: 'm1', revision: 2, paused: false })).toBeNull();
    const recovered = autosaveSucceeded('m1', 3);
    expect(autosaveFailed(recovered, 'm1', 4).report).toBe(true);
  });
});
