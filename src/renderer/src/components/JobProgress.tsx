import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n/messages-en';
import { useI18n } from '../i18n/i18n-context';
import type { JobState } from '../state/workflow-state';
import { jobRateText } from './job-rate-text';

const STAGE_KEYS = {
  prepare: 'job.stage.prepare',
  embed: 'job.stage.embed',
  reduce: 'job.stage.reduce',
  cluster: 'job.stage.cluster',
  evaluate: 'job.stage.evaluate',
  measure: 'job.stage.measure',
} as const satisfies Record<NonNullable<JobState['stage']>, MessageKey>;

/** The running job's progress: a labelled progress bar, what it is doing now and, while embedding, how fast. */
export function JobProgress({ job }: { job: JobState }): ReactNode {
  const { t } = useI18n();
  const speed = jobRateText(job, t);
  const percent = Math.round(job.fraction * 100);
  const stage = job.stage === null ? t('job.starting') : t(STAGE_KEYS[job.stage]);
  const count =
    job.done !== null && job.total !== null ? t('job.count', { done: job.done, total: job.total }) : '';
  return (
    <div className="job-progress">
      <div
        className="progress-track"
        role="progressbar"
        data-testid="job-progress"
        aria-label={t('job.progressLabel')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}% ${stage} ${count}`.trim()}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="muted small" aria-live="polite">
        {stage} {count} <span className="percent">{percent}%</span>
      </p>
      {speed !== '' && (
        <p className="muted small" data-testid="job-rate">
          {speed}
        </p>
      )}
    </div>
  );
}
