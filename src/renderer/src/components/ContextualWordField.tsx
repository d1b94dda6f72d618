import { useId, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { ContextualWord } from '../state/contextual-word';
import { CheckboxField } from './CheckboxField';

/** Props of {@link ContextualWordField}. */
export interface ContextualWordFieldProps {
  readonly value: ContextualWord;
  readonly onChange: (change: Partial<ContextualWord>) => void;
}

/**
 * "Embed one word in context" and the word: shown for transformer models, whose vector of a word depends on
 * the sentence around it (polysemy: «замок» the castle and the lock become two groups of points).
 */
export function ContextualWordField({ value, onChange }: ContextualWordFieldProps): ReactNode {
  const { t } = useI18n();
  const wordId = useId();
  const hintId = useId();
  const missingWord = value.enabled && value.word.trim() === '';
  return (
    <div className="field">
      <CheckboxField
        label={t('contextual.option')}
        checked={value.enabled}
        testId="contextual-option"
        describedBy={hintId}
        onChange={(enabled) => {
          onChange({ enabled });
        }}
      />
      {value.enabled && (
        <>
          <label htmlFor={wordId}>{t('contextual.word')}</label>
          <input
            id={wordId}
            type="text"
            data-testid="contextual-word"
            placeholder={t('contextual.wordPlaceholder')}
            value={value.word}
            aria-invalid={missingWord}
            aria-describedby={hintId}
            onChange={(event) => {
              onChange({ word: event.target.value });
            }}
          />
        </>
      )}
      <p id={hintId} className="muted small">
        {missingWord ? t('contextual.needsWord') : value.enabled ? t('contextual.hint') : ''}
      </p>
    </div>
  );
}
