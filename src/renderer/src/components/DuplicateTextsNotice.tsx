import { useId, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';

/** Props of {@link DuplicateTextsNotice}. */
export interface DuplicateTextsNoticeProps {
  /** Rows repeating an earlier row's text. */
  readonly count: number;
  /** A data set is being opened (or merged): the button waits for it. */
  readonly busy: boolean;
  readonly onMerge: () => void;
}

/**
 * Says how many rows repeat an earlier row's text (they would pile up on one spot of the map) and offers to
 * open a merged copy; the hint says the current data set stays open, so merging loses nothing.
 */
export function DuplicateTextsNotice({ count, busy, onMerge }: DuplicateTextsNoticeProps): ReactNode {
  const { t } = useI18n();
  const hintId = useId();
  return (
    <div className="notice" role="status" data-testid="duplicate-texts-notice" data-count={count}>
      <p>{t('duplicates.notice', { count })}</p>
      <p id={hintId} className="muted small">
        {t('duplicates.mergeHint')}
      </p>
      <button
        type="button"
        onClick={onMerge}
        disabled={busy}
        aria-describedby={hintId}
        data-testid="merge-duplicates"
      >
        {busy ? t('duplicates.merging') : t('duplicates.merge')}
      </button>
    </div>
  );
}
