import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { JobState } from '../state/workflow-state';
import { JobProgress } from './JobProgress';

/** Props of {@link JobControls}. */
export interface JobControlsProps {
  readonly job: JobState | null;
  readonly canRun: boolean;
  readonly onRun: () => void;
  readonly onCancel: () => void;
}

/** "Map it", and while a job runs its progress and a Cancel button. */
export function JobControls({ job, canRun, onRun, onCancel }: JobControlsProps): ReactNode {
  const { t } = useI18n();
  return (
    <div className="job-controls">
      <div className="button-row">
        <button type="button" className="primary" data-testid="run-map" disabled={!canRun} onClick={onRun}>
          {t('job.run')}
        </button>
        {job !== null && (
          <button
            type="button"
            className="secondary"
            data-testid="cancel-job"
            disabled={job.jobId === null || job.cancelling}
            onClick={onCancel}
          >
            {t('job.cancel')}
          </button>
        )}
      </div>
      {job !== null && <JobProgress job={job} />}
    </div>
  );
}
