import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n/messages-en';
import { useI18n } from '../i18n/i18n-context';
import type { JobState } from '../state/workflow-state';
import { jobRateText } from './job-rate-text';
import { ProgressTrack } from './ProgressTrack';

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
      <ProgressTrack
        percent={percent}
        label={t('job.progressLabel')}
        testId="job-progress"
        valueText={`${percent}% ${stage} ${count}`.trim()}
      />
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
