import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { DownloadState } from '../state/models-state';
import { formatBytes, formatRate, formatTimeLeft, transferPercent } from './model-manager-format';
import { ProgressTrack } from './ProgressTrack';

/** Props of {@link ModelManagerProgress}. */
export interface ModelManagerProgressProps {
  readonly download: DownloadState;
  /** The model's name in the UI language. */
  readonly name: string;
  readonly onCancel: () => void;
}

/** The running download: a byte-level progress bar, MB done of total, speed, time left, and Cancel. */
export function ModelManagerProgress({ download, name, onCancel }: ModelManagerProgressProps): ReactNode {
  const { language, t } = useI18n();
  const percent = transferPercent(download.done, download.total);
  const parts =
    download.total === null
      ? [t('models.starting')]
      : [
          t('models.progress', {
            done: formatBytes(download.done, language),
            total: formatBytes(download.total, language),
          }),
          ...(download.ratePerSecond === null ? [] : [formatRate(download.ratePerSecond, language)]),
          ...(download.etaMs === null
            ? []
            : [t('models.timeLeft', { time: formatTimeLeft(download.etaMs, language) })]),
        ];
  const status = parts.join(' · ');
  return (
    <div className="job-progress model-progress">
      <ProgressTrack
        percent={percent}
        label={t('models.progressLabel', { name })}
        testId="model-progress"
        valueText={status}
        data={{ 'data-done': download.done, 'data-total': download.total ?? '' }}
      />
      <p className="muted small" data-testid="model-progress-status">
        {status}
      </p>
      <button
        type="button"
        className="secondary"
        data-testid="cancel-download"
        disabled={download.cancelling || download.jobId === null}
        onClick={onCancel}
      >
        {t('models.cancel')}
      </button>
    </div>
  );
}
