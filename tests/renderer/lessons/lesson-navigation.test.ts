import { describe, expect, it } from 'vitest';
import {
  lessonKeyNavigation,
  LESSONS_OFF,
  navigateLessons,
  type LessonMode,
  type LessonNavigation,
} from '../../../src/renderer/src/lessons/lesson-navigation';

function run(actions: readonly LessonNavigation[], from: LessonMode = LESSONS_OFF): LessonMode {
  return actions.reduce(navigateLessons, from);
}

describe('navigateLessons', () => {
  it('opens the picker, starts a lesson at step 0 and walks it with next and back within its ends', () => {
    expect(run([{ type: 'open-picker' }])).toEqual({ kind: 'picking' });
    expect(run([{ type: 'open-picker' }, { type: 'close-picker' }])).toEqual(LESSONS_OFF);
    const started = run([{ type: 'open-picker' }, { type: 'start', lessonId: 'x', stepCount: 3 }]);
    expect(started).toEqual({ kind: 'running', lessonId: 'x', step: 0, stepCount: 3, visit: 0 });
    expect(run([{ type: 'back' }], started)).toBe(started);
    const last = run([{ type: 'next' }, { type: 'next' }], started);
    expect(last).toMatchObject({ step: 2, visit: 2 });
    expect(run([{ type: 'next' }], last)).toBe(last);
    expect(run([{ type: 'back' }], last)).toMatchObject({ step: 1, visit: 3 });
    expect(run([{ type: 'exit' }], last)).toEqual(LESSONS_OFF);
  });

  it('counts a retry as a new visit of the same step, and ignores moves when no lesson runs', () => {
    const started = run([{ type: 'start', lessonId: 'x', stepCount: 2 }]);
    expect(run([{ type: 'retry' }], started)).toMatchObject({ step: 0, visit: 1 });
    expect(run([{ type: 'next' }, { type: 'back' }, { type: 'retry' }])).toEqual(LESSONS_OFF);
    expect(run([{ type: 'start', lessonId: 'empty', stepCount: 0 }])).toEqual(LESSONS_OFF);
  });
});

describe('lessonKeyNavigation', () => {
  it('maps → ← Esc and nothing else', () => {
    expect(lessonKeyNavigation('ArrowRight')).toEqual({ type: 'next' });
    expect(lessonKeyNavigation('ArrowLeft')).toEqual({ type: 'back' });
    expect(lessonKeyNavigation('Escape')).toEqual({ type: 'exit' });
    expect(lessonKeyNavigation('Enter')).toBeNull();
    expect(lessonKeyNavigation('ArrowUp')).toBeNull();
  });
});
