import { describe, expect, it } from 'vitest';
import type { StudioErrorInfo } from '../../../src/shared/errors';
import { createStepStore, type ReducerStep } from '../../../src/renderer/src/state/use-step-reducer';

/** A counter whose 'fail' action reports an error and leaves the count as it was. */
type CounterAction = 'add' | 'fail' | 'same';
const FAILURE: StudioErrorInfo = { code: 'unknown-map', message: 'No map.' };

/** The count the action found, returned beside the step: a reducer may hand back more than state and error. */
type CounterStep = ReducerStep<number> & { readonly seen: number };

function counter(count: number, action: CounterAction): CounterStep {
  if (action === 'add') return { state: count + 1, error: null, seen: count };
  if (action === 'fail') return { state: count, error: FAILURE, seen: count };
  return { state: count, error: null, seen: count };
}

function recordingStore() {
  const changes: number[] = [];
  const errors: StudioErrorInfo[] = [];
  const inner = createStepStore<number, CounterAction, CounterStep>(counter, 0);
  const sink = {
    onChange: (state: number) => changes.push(state),
    onError: (error: StudioErrorInfo) => errors.push(error),
  };
  const store = { current: inner.current, dispatch: (action: CounterAction) => inner.dispatch(action, sink) };
  return { store, changes, errors };
}

describe('createStepStore', () => {
  it('applies each action to the state the last one left, at once', () => {
    const { store } = recordingStore();
    store.dispatch('add');
    expect(store.current()).toBe(1);
    store.dispatch('add');
    expect(store.current()).toBe(2);
  });

  it('tells onChange only of real changes', () => {
    const { store, changes } = recordingStore();
    store.dispatch('same');
    store.dispatch('add');
    store.dispatch('fail');
    store.dispatch('add');
    expect(changes).toEqual([1, 2]);
  });

  it('reports each step’s error exactly once', () => {
    const { store, errors } = recordingStore();
    store.dispatch('fail');
    store.dispatch('add');
    store.dispatch('fail');
    expect(errors).toEqual([FAILURE, FAILURE]);
  });

  it('returns the reducer’s whole step, extra fields included', () => {
    const { store } = recordingStore();
    store.dispatch('add');
    expect(store.dispatch('add')).toEqual({ state: 2, error: null, seen: 1 });
  });
});
