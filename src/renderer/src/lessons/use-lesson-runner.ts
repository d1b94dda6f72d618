import { useEffect, useEffectEvent, useState } from 'react';
import type { StudioClient } from '../../../shared/contract';
import type { ToolPresets } from '../components/tools/tool-context';
import { INITIAL_PARAMS, useTraining, type TrainingJob } from '../state/use-training';
import type { WorkflowActions } from '../state/use-workflow';
import type { WorkflowState } from '../state/workflow-state';
import { LESSON_DATA_FILES } from './bundled-lessons';
import { planStep, type LessonCommand } from './lesson-plan';
import { INITIAL_RUNNER_MEMORY, rememberCommand, type IssuedCommand } from './lesson-runner-memory';
import type { LessonStep } from './lesson-schema';
import { LESSON_VECTORS_NAME, stepEmbedding } from './step-embedder';

/** What the lesson card says about the step: being prepared (and how), shown, or why it cannot be. */
export type LessonPhase =
  'loading' | 'training' | 'mapping' | 'ready' | 'failed' | 'no-embedder' | 'missing-column';

/** The runner's report to the card and the workspace. */
export interface LessonRun {
  readonly phase: LessonPhase;
  /** The word-vector training the step started, while it runs (its progress is part of the lesson). */
  readonly training: TrainingJob | null;
  /** What the tools are asked to show: set when a step's map is ready, kept while the next is prepared. */
  readonly presets: ToolPresets;
  /** The word the step maps in context (a model is installed), or null: the card shows the matching text. */
  readonly word: string | null;
}

/**
 * word2vec skip-gram, the training panel's default: with INITIAL_PARAMS (5 epochs) it learns the corpus's
 * topics in about 5 s, and the analogies the lessons show were checked on exactly these vectors.
 */
const LESSON_ALGORITHM = 'skipgram';

/** A lesson data file as the File the workflow opens (read exactly as a dropped file would be). */
function dataFile(name: string): File {
  return new File([LESSON_DATA_FILES[name] ?? ''], name, { type: 'text/plain' });
}

function phaseOf(command: LessonCommand | null, state: WorkflowState, training: boolean): LessonPhase {
  if (command?.type === 'show') return 'ready';
  if (command?.type === 'unavailable') return command.reason;
  if (training || command?.type === 'train') return 'training';
  if (state.opening || command?.type === 'open') return 'loading';
  return 'mapping';
}

/**
 * Brings the workspace to the current lesson step, one command per render (see {@link planStep}), through
 * the workflow's own actions, so the map, its progress bar and any error look exactly as when the user does
 * it by hand. `stepKey` changes on every arrival at a step: each arrival prepares the step afresh.
 */
export function useLessonRunner(
  client: StudioClient | null,
  step: LessonStep | null,
  stepKey: string,
  workflow: { readonly state: WorkflowState; readonly actions: WorkflowActions },
): LessonRun {
  const { state, actions } = workflow;
  const training = useTraining(client, { onTrained: actions.showEmbedders, onError: actions.reportError });
  const [memory, setMemory] = useState(INITIAL_RUNNER_MEMORY);
  const command = step === null ? null : planStep(step, state, training.job !== null);
  const next =
    step === null || command === null ? memory : rememberCommand(memory, stepKey, step, command, state);
  // Derived from this render's inputs (React's "adjust state while rendering" pattern): no extra effect pass.
  if (next !== memory) setMemory(next);

  const execute = useEffectEvent((issued: IssuedCommand): void => {
    switch (issued.type) {
      case 'open':
        if ('sample' in issued.data) actions.chooseSample(issued.data.sample);
        else actions.openFile(dataFile(issued.data.file));
        return;
      case 'train':
        training.train({
          corpus: 'bundled',
          file: null,
          dataset: null,
          algorithm: LESSON_ALGORITHM,
          name: LESSON_VECTORS_NAME,
          params: INITIAL_PARAMS,
        });
        return;
      case 'configure':
        actions.chooseTextColumn(issued.textColumn);
        actions.chooseLabelColumn(issued.labelColumn);
        actions.chooseEmbedder(issued.embedderId);
        actions.chooseMethod(issued.method);
        actions.changeContextual(
          issued.word === null ? { enabled: false } : { enabled: true, word: issued.word },
        );
        return;
      case 'set-dims':
        actions.chooseDims(issued.dims);
        return;
      case 'map':
        actions.run();
        return;
    }
  });
  const issued = next.issued;
  useEffect(() => {
    if (issued !== null) execute(issued.command);
  }, [issued]);

  const failed = next.failed && next.stepKey === stepKey;
  return {
    phase: failed ? 'failed' : phaseOf(command, state, training.job !== null),
    training: training.job,
    presets: next.presets,
    word: step === null ? null : (stepEmbedding(step, state.embedders)?.word ?? null),
  };
}
