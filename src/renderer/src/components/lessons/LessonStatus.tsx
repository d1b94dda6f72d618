import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { LessonPhase } from '../../lessons/use-lesson-runner';
import type { TrainingJob } from '../../state/use-training';

/** The status lines without parameters (the training line has its percentage). */
type PhaseKey =
  | 'lessons.status.loading'
  | 'lessons.status.mapping'
  | 'lessons.status.ready'
  | 'lessons.status.failed'
  | 'lessons.status.noEmbedder'
  | 'lessons.status.missingColumn';

const PHASE_TEXT: Readonly<Record<Exclude<LessonPhase, 'training'>, PhaseKey>> = {
  loading: 'lessons.status.loading',
  mapping: 'lessons.status.mapping',
  ready: 'lessons.status.ready',
  failed: 'lessons.status.failed',
  'no-embedder': 'lessons.status.noEmbedder',
  'missing-column': 'lessons.status.missingColumn',
};

/** Props of {@link LessonStatus}. */
export interface LessonStatusProps {
  readonly phase: LessonPhase;
  readonly training: TrainingJob | null;
  readonly onRetry: () => void;
}

/**
 * One line under the explanation saying what the step is doing: opening its data, training the word
 * vectors (with a progress bar: watching word2vec learn is part of the lesson), making the map, or ready.
 */
export function LessonStatus({ phase, training, onRetry }: LessonStatusProps): ReactNode {
  const { t } = useI18n();
  const percent = Math.round((training?.fraction ?? 0) * 100);
  return (
    <div className="lesson-status" data-testid="lesson-status" data-phase={phase} aria-live="polite">
      {phase === 'training' ? (
        <>
          <span>
            {training === null || training.stage === 'prepare'
              ? t('lessons.status.trainingStart')
              : t('lessons.status.training', { percent })}
          </span>
          <progress
            max={100}
            value={percent}
            aria-label={t('lessons.trainingProgress')}
            data-testid="lesson-training-progress"
          />
        </>
      ) : (
        <span>{t(PHASE_TEXT[phase])}</span>
      )}
      {phase === 'failed' && (
        <button type="button" className="secondary" data-testid="lesson-retry" onClick={onRetry}>
          {t('lessons.retry')}
        </button>
      )}
    </div>
  );
}
