import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { LessonNavigation } from '../../lessons/lesson-navigation';
import type { Lesson } from '../../lessons/lesson-schema';
import type { LessonRun } from '../../lessons/use-lesson-runner';
import { ToggleButton } from '../ToggleButton';
import { LessonStatus } from './LessonStatus';

/** Props of {@link LessonCard}. */
export interface LessonCardProps {
  readonly lesson: Lesson;
  /** The current step, 0-based. */
  readonly stepIndex: number;
  readonly run: LessonRun;
  readonly projector: boolean;
  readonly onProjector: (on: boolean) => void;
  readonly navigate: (action: LessonNavigation) => void;
}

/**
 * The lesson in the left column, in place of the workflow panel: the lesson's name, a step counter, the
 * step's title and explanation in large type, what the step is doing, and Back / Next (Finish) / Exit.
 */
export function LessonCard({
  lesson,
  stepIndex,
  run,
  projector,
  onProjector,
  navigate,
}: LessonCardProps): ReactNode {
  const { t, language } = useI18n();
  const step = lesson.steps[stepIndex];
  if (step === undefined) return null;
  const last = stepIndex === lesson.steps.length - 1;
  const title = lesson.title[language];
  return (
    <section className="lesson-card" aria-label={t('lessons.cardLabel', { title })} data-testid="lesson-card">
      <p className="lesson-name">{title}</p>
      <p className="lesson-counter" data-testid="lesson-counter" aria-live="polite">
        {t('lessons.counter', { step: stepIndex + 1, count: lesson.steps.length })}
      </p>
      <h2 className="lesson-step-title" data-testid="lesson-step-title">
        {step.title[language]}
      </h2>
      <p className="lesson-text" data-testid="lesson-text">
        {(run.word !== null && step.token !== undefined ? step.token.text : step.text)[language]}
      </p>
      <LessonStatus
        phase={run.phase}
        training={run.training}
        onRetry={() => {
          navigate({ type: 'retry' });
        }}
      />
      <nav className="lesson-nav" aria-label={t('lessons.heading')}>
        <button
          type="button"
          className="secondary"
          data-testid="lesson-back"
          disabled={stepIndex === 0}
          onClick={() => {
            navigate({ type: 'back' });
          }}
        >
          {t('lessons.back')}
        </button>
        <button
          type="button"
          data-testid="lesson-next"
          onClick={() => {
            navigate(last ? { type: 'exit' } : { type: 'next' });
          }}
        >
          {last ? t('lessons.finish') : t('lessons.next')}
        </button>
        <button
          type="button"
          className="secondary"
          data-testid="lesson-exit"
          onClick={() => {
            navigate({ type: 'exit' });
          }}
        >
          {t('lessons.exit')}
        </button>
      </nav>
      <p className="lesson-keys">{t('lessons.keys')}</p>
      <ToggleButton
        label={t('lessons.projector')}
        pressed={projector}
        onChange={onProjector}
        testId="lesson-projector"
      />
    </section>
  );
}
