import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { translateError, type DisplayError } from '../i18n/translate-error';
import { offeredSampleRows } from '../state/memory-sample-offer';

/** Props of {@link ErrorAlert}. */
export interface ErrorAlertProps {
  readonly error: DisplayError;
  readonly onDismiss: () => void;
  /** Re-runs the map on a sample of `rows` rows; offered when a map did not fit in memory. */
  readonly onMapSample?: (rows: number) => void;
}

/** The one place errors are shown: translated by code, with the core's English sentence as details. */
export function ErrorAlert({ error, onDismiss, onMapSample }: ErrorAlertProps): ReactNode {
  const { language, t } = useI18n();
  const { text, details } = translateError(error, language);
  const sampleRows = onMapSample === undefined ? null : offeredSampleRows(error);
  return (
    <div className="error-alert" role="alert" data-testid="error-alert" data-code={error.code}>
      <div className="error-body">
        <strong>{t('error.heading')}</strong>
        <p>{text}</p>
        {details !== null && <p className="error-details">{t('error.details', { message: details })}</p>}
      </div>
      {sampleRows !== null && (
        <button type="button" onClick={() => onMapSample?.(sampleRows)} data-testid="map-sample">
          {t('faults.mapSample', { rows: sampleRows })}
        </button>
      )}
      <button type="button" className="secondary" onClick={onDismiss}>
        {t('error.dismiss')}
      </button>
    </div>
  );
}
