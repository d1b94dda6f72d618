import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { Recovery } from '../state/use-recovery';

/** "Restore your previous session?" with Restore / Discard, shown when the last session did not close cleanly. */
export function RecoveryPrompt(props: { readonly recovery: Recovery }): ReactNode {
  const { language, t } = useI18n();
  const { offer } = props.recovery;
  if (offer === null) return null;
  const time = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(offer.savedAt),
  );
  return (
    <section
      className="recovery-prompt"
      role="alertdialog"
      aria-label={t('project.recoverHeading')}
      data-testid="recovery-prompt"
    >
      <p>
        {t('project.recoverQuestion', {
          count: offer.items,
          name: offer.datasetName ?? t('project.unnamedData'),
          time,
        })}
      </p>
      <div className="button-row">
        <button type="button" data-testid="recovery-restore" onClick={props.recovery.restore}>
          {t('project.recoverRestore')}
        </button>
        <button
          type="button"
          className="secondary"
          data-testid="recovery-discard"
          onClick={props.recovery.discard}
        >
          {t('project.recoverDiscard')}
        </button>
      </div>
    </section>
  );
}
