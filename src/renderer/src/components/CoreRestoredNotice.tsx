import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';

/** Props of {@link CoreRestoredNotice}. */
export interface CoreRestoredNoticeProps {
  readonly onDismiss: () => void;
}

/**
 * Says that the compute engine crashed, was restarted, and got the map and data on screen back (so nothing
 * needs reopening). A status, not an alert: nothing is wrong any more.
 */
export function CoreRestoredNotice({ onDismiss }: CoreRestoredNoticeProps): ReactNode {
  const { t } = useI18n();
  return (
    <div className="notice" role="status" data-testid="core-restored-notice">
      <p>{t('faults.coreRestored')}</p>
      <button type="button" className="secondary" onClick={onDismiss}>
        {t('faults.dismissNotice')}
      </button>
    </div>
  );
}
