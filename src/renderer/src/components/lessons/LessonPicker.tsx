import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { LessonCatalogue } from '../../lessons/lesson-loader';

/** Props of {@link LessonPicker}. */
export interface LessonPickerProps {
  readonly catalogue: LessonCatalogue;
  readonly onStart: (lessonId: string, stepCount: number) => void;
  readonly onClose: () => void;
}

/**
 * The list of bundled lessons as a modal dialog: one button per lesson (title, what it teaches, its number
 * of steps), and a message for each lesson file that could not be loaded. Esc or Close dismisses it.
 */
export function LessonPicker({ catalogue, onStart, onClose }: LessonPickerProps): ReactNode {
  const { t, language } = useI18n();
  return (
    <div className="lesson-picker-backdrop">
      <div
        className="lesson-picker"
        role="dialog"
        aria-modal="true"
        aria-labelledby="lesson-picker-title"
        data-testid="lesson-picker"
        onKeyDown={(event) => {
          if (event.key === 'Escape') onClose();
        }}
      >
        <h2 id="lesson-picker-title">{t('lessons.pickerTitle')}</h2>
        <p className="lesson-picker-hint">{t('lessons.pickerHint')}</p>
        {catalogue.problems.length > 0 && (
          <div role="alert" className="lesson-problems" data-testid="lesson-problems">
            {catalogue.problems.map((problem) => (
              <p key={problem.file}>{t('lessons.brokenFile', { message: problem.message })}</p>
            ))}
          </div>
        )}
        <ol className="lesson-list">
          {catalogue.lessons.map((lesson, index) => (
            <li key={lesson.id}>
              <button
                type="button"
                className="lesson-choice"
                data-testid={`lesson-${lesson.id}`}
                autoFocus={index === 0}
                onClick={() => {
                  onStart(lesson.id, lesson.steps.length);
                }}
              >
                <strong>{lesson.title[language]}</strong>
                <span>{lesson.summary[language]}</span>
                <span className="lesson-choice-steps">
                  {t('lessons.stepCount', { count: lesson.steps.length })}
                </span>
              </button>
            </li>
          ))}
        </ol>
        <button type="button" className="secondary" data-testid="lesson-picker-close" onClick={onClose}>
          {t('lessons.close')}
        </button>
      </div>
    </div>
  );
}
