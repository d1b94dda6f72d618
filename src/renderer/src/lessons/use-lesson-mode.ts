import { useCallback, useEffect, useReducer, useState } from 'react';
import type { StudioClient } from '../../../shared/contract';
import type { ToolPresets } from '../components/tools/tool-context';
import type { ToolTab } from '../components/tools/ToolsPanel';
import type { WorkflowActions } from '../state/use-workflow';
import type { WorkflowState } from '../state/workflow-state';
import { BUNDLED_LESSONS } from './bundled-lessons';
import type { LessonCatalogue } from './lesson-loader';
import {
  lessonKeyNavigation,
  LESSONS_OFF,
  navigateLessons,
  type LessonMode,
  type LessonNavigation,
} from './lesson-navigation';
import type { Lesson, LessonStep } from './lesson-schema';
import { useLessonRunner, type LessonRun } from './use-lesson-runner';

/** Everything the app shell needs to show lesson mode. */
export interface LessonModeView {
  readonly mode: LessonMode;
  readonly catalogue: LessonCatalogue;
  /** The running lesson and its current step, or null outside a lesson. */
  readonly lesson: Lesson | null;
  readonly step: LessonStep | null;
  readonly run: LessonRun;
  /** What the workspace's tools show and which tab is open, while a lesson runs. */
  readonly presets: ToolPresets | undefined;
  readonly toolTab: ToolTab | undefined;
  readonly navigate: (action: LessonNavigation) => void;
  /** Large type for a projector (on by default in a lesson: classrooms are where lessons run). */
  readonly projector: boolean;
  readonly setProjector: (on: boolean) => void;
}

/** Keys typed into a field belong to the field (the analogy expression, a search), not to the lesson. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Lesson mode: the picker, the navigation (buttons and →/←/Esc), and the runner that prepares each step's
 * map through the workflow.
 */
export function useLessonMode(
  client: StudioClient | null,
  workflow: { readonly state: WorkflowState; readonly actions: WorkflowActions },
  catalogue: LessonCatalogue = BUNDLED_LESSONS,
): LessonModeView {
  const [mode, navigate] = useReducer(navigateLessons, LESSONS_OFF);
  const [projector, setProjector] = useState(true);
  const lesson =
    mode.kind === 'running'
      ? (catalogue.lessons.find((candidate) => candidate.id === mode.lessonId) ?? null)
      : null;
  const step = mode.kind === 'running' ? (lesson?.steps[mode.step] ?? null) : null;
  const stepKey = mode.kind === 'running' ? `${mode.lessonId}#${mode.step}#${mode.visit}` : '';
  const run = useLessonRunner(client, step, stepKey, workflow);

  const running = mode.kind === 'running';
  const onKey = useCallback((event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || isTyping(event.target)) return;
    const action = lessonKeyNavigation(event.key);
    if (action === null) return;
    event.preventDefault();
    navigate(action);
  }, []);
  useEffect(() => {
    if (!running) return undefined;
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [running, onKey]);

  return {
    mode,
    catalogue,
    lesson,
    step,
    run,
    presets: running ? run.presets : undefined,
    toolTab: step === null ? undefined : (step.tab ?? 'map'),
    navigate,
    projector,
    setProjector,
  };
}
