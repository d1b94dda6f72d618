import { useCallback, useEffect, useRef, useState } from 'react';
import type { StudioErrorInfo } from '../../../shared/errors';

/** What a step reducer returns: the next state, and an error to report once (or null). */
export interface ReducerStep<S> {
  readonly state: S;
  readonly error: StudioErrorInfo | null;
}

/** A pure reducer whose steps may carry an error (and, through `R`, anything else the caller reads). */
export type StepReducer<S, A, R extends ReducerStep<S> = ReducerStep<S>> = (state: S, action: A) => R;

/** Where a step store's news go: the changed state (to render) and the error to report. */
export interface StepSink<S> {
  readonly onChange: (state: S) => void;
  readonly onError: (error: StudioErrorInfo) => void;
}

/** The state a step reducer stands at, and the way to move it on. */
export interface StepStore<S, A, R extends ReducerStep<S>> {
  /** The state after every action dispatched so far (not waiting for a render). */
  readonly current: () => S;
  /**
   * Applies an action, tells `sink.onChange` if the state changed (a step that returns the same state object
   * is no change), reports the step's error to `sink.onError`, and returns the step.
   */
  readonly dispatch: (action: A, sink: StepSink<S>) => R;
}

/**
 * Holds a step reducer's state outside React, so that each action's error is reported exactly once (a
 * reducer run inside `setState` may run twice) and callers can read the state an action left at once.
 */
export function createStepStore<S, A, R extends ReducerStep<S>>(
  reduce: StepReducer<S, A, R>,
  initial: S,
): StepStore<S, A, R> {
  let state = initial;
  return {
    current: () => state,
    dispatch: (action, sink) => {
      const step = reduce(state, action);
      if (step.state !== state) {
        state = step.state;
        sink.onChange(state);
      }
      if (step.error !== null) sink.onError(step.error);
      return step;
    },
  };
}

/**
 * {@link createStepStore} as a hook: the state to render, a stable `dispatch`, and `current()` for callbacks
 * that must see the state of an action dispatched in the same tick. `onError` may change between renders.
 */
export function useStepReducer<S, A, R extends ReducerStep<S>>(
  reduce: StepReducer<S, A, R>,
  initial: S,
  onError: (error: StudioErrorInfo) => void,
): { readonly state: S; readonly dispatch: (action: A) => R; readonly current: () => S } {
  const [state, setState] = useState<S>(initial);
  const onErrorRef = useRef(onError);
  useEffect(() => {
    onErrorRef.current = onError;
  });
  // Made once (a lazy initial state is never rebuilt): the reducer and the first state are the first
  // render's, as with React's useReducer.
  const [store] = useState(() => createStepStore(reduce, initial));
  const dispatch = useCallback(
    (action: A): R =>
      store.dispatch(action, {
        onChange: setState,
        onError: (error) => {
          onErrorRef.current(error);
        },
      }),
    [store],
  );
  return { state, dispatch, current: store.current };
}
