/**
 * Where the user is in lesson mode: off, choosing a lesson, or on a step of one. Pure (React's
 * `useReducer`); `visit` counts arrivals at a step, so coming back to a step applies its presets again.
 */
export type LessonMode =
  | { readonly kind: 'off' }
  | { readonly kind: 'picking' }
  | {
      readonly kind: 'running';
      readonly lessonId: string;
      readonly step: number;
      readonly stepCount: number;
      readonly visit: number;
    };

export type LessonNavigation =
  | { readonly type: 'open-picker' }
  | { readonly type: 'close-picker' }
  | { readonly type: 'start'; readonly lessonId: string; readonly stepCount: number }
  | { readonly type: 'next' }
  | { readonly type: 'back' }
  | { readonly type: 'exit' }
  /** Prepare the current step again (after it failed). */
  | { readonly type: 'retry' };

export const LESSONS_OFF: LessonMode = { kind: 'off' };

function moveTo(mode: LessonMode, step: number): LessonMode {
  if (mode.kind !== 'running' || step < 0 || step >= mode.stepCount || step === mode.step) return mode;
  return { ...mode, step, visit: mode.visit + 1 };
}

/** The lesson mode after one navigation. Moves past either end are ignored (the card offers Finish). */
export function navigateLessons(mode: LessonMode, action: LessonNavigation): LessonMode {
  switch (action.type) {
    case 'open-picker':
      return mode.kind === 'off' ? { kind: 'picking' } : mode;
    case 'close-picker':
      return mode.kind === 'picking' ? LESSONS_OFF : mode;
    case 'start':
      if (action.stepCount < 1) return mode;
      return { kind: 'running', lessonId: action.lessonId, step: 0, stepCount: action.stepCount, visit: 0 };
    case 'next':
      return mode.kind === 'running' ? moveTo(mode, mode.step + 1) : mode;
    case 'back':
      return mode.kind === 'running' ? moveTo(mode, mode.step - 1) : mode;
    case 'exit':
      return LESSONS_OFF;
    case 'retry':
      return mode.kind === 'running' ? { ...mode, visit: mode.visit + 1 } : mode;
  }
}

/** The navigation a key press asks for while a lesson runs: → next, ← back, Esc exit; other keys none. */
export function lessonKeyNavigation(key: string): LessonNavigation | null {
  if (key === 'ArrowRight') return { type: 'next' };
  if (key === 'ArrowLeft') return { type: 'back' };
  if (key === 'Escape') return { type: 'exit' };
  return null;
}
