import type { ToolPresets } from '../components/tools/tool-context';
import type { WorkflowState } from '../state/workflow-state';
import type { LessonCommand } from './lesson-plan';
import type { LessonStep } from './lesson-schema';

/** Commands that change the workspace (the others only wait, show or report). */
export type IssuedCommand = Exclude<LessonCommand, { type: 'wait' | 'show' | 'unavailable' }>;

/**
 * What the lesson runner remembers between renders: for the current step (`stepKey`), how often it issued
 * each command, the last one issued (with the workflow state it was issued in), whether the step failed,
 * and the presets the tools were last given. Kept in React state and advanced by {@link rememberCommand},
 * so the runner's rules are pure and unit-tested.
 */
export interface RunnerMemory {
  readonly stepKey: string;
  readonly counts: Readonly<Partial<Record<IssuedCommand['type'], number>>>;
  /** The command to execute: a new object each time one is issued, so an effect runs it exactly once. */
  readonly issued: { readonly command: IssuedCommand; readonly during: WorkflowState } | null;
  readonly failed: boolean;
  /** The presets of the last step whose map was ready, and that step's key. */
  readonly presets: ToolPresets;
  readonly presetsKey: string;
}

export const INITIAL_RUNNER_MEMORY: RunnerMemory = {
  stepKey: '',
  counts: {},
  issued: null,
  failed: false,
  presets: { revision: 0 },
  presetsKey: '',
};

/**
 * How often one step may issue each command: opening, training, choosing the dimensions and mapping happen
 * once (asking a second time means the first failed, and the error alert already says why); choosing the
 * columns may take two turns when training changed the embedder in between.
 */
const ATTEMPTS: Readonly<Record<IssuedCommand['type'], number>> = {
  open: 1,
  train: 1,
  'set-dims': 1,
  map: 1,
  configure: 2,
};

/**
 * The memory after the planner asked for `command` for `step` (key `stepKey`) while the workflow is
 * `workflow`. Returns the same object when nothing changes (React then skips the update). A command asked
 * for again in the very state it was issued in is still pending (a re-render before its effect ran); asked
 * for again in a later state, it is a new attempt, and one attempt too many fails the step.
 */
export function rememberCommand(
  memory: RunnerMemory,
  stepKey: string,
  step: LessonStep,
  command: LessonCommand,
  workflow: WorkflowState,
): RunnerMemory {
  const current: RunnerMemory =
    memory.stepKey === stepKey ? memory : { ...memory, stepKey, counts: {}, issued: null, failed: false };
  if (current.failed) return current;
  switch (command.type) {
    case 'wait':
    case 'unavailable':
      return current;
    case 'show':
      return current.presetsKey === stepKey
        ? current
        : {
            ...current,
            presetsKey: stepKey,
            presets: { ...step.presets, revision: current.presets.revision + 1 },
          };
    default: {
      const issued = current.issued;
      if (issued !== null && issued.command.type === command.type && issued.during === workflow)
        return current;
      const count = current.counts[command.type] ?? 0;
      if (count >= ATTEMPTS[command.type]) return { ...current, failed: true, issued: null };
      return {
        ...current,
        counts: { ...current.counts, [command.type]: count + 1 },
        issued: { command, during: workflow },
      };
    }
  }
}
