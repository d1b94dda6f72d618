import type { Translate } from '../i18n/translate';

const SECOND_MS = 1000;
const MINUTE_S = 60;
const HOUR_S = 60 * MINUTE_S;
/** Under a minute the estimate is shown to 5 s: a countdown by single seconds would promise precision it lacks. */
const SECONDS_STEP = 5;

/** "about 40 s left", "about 2 min left", "about 1 h 20 min left": an estimate, rounded as one. */
export function timeLeftText(etaMs: number, t: Translate): string {
  const seconds = Math.max(0, etaMs / SECOND_MS);
  if (seconds < MINUTE_S) {
    return t('job.aboutSeconds', {
      seconds: Math.max(SECONDS_STEP, Math.ceil(seconds / SECONDS_STEP) * SECONDS_STEP),
    });
  }
  if (seconds < HOUR_S) return t('job.aboutMinutes', { minutes: Math.round(seconds / MINUTE_S) });
  const minutes = Math.round(seconds / MINUTE_S);
  return t('job.aboutHours', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

/**
 * The embed stage's speed line, "1,234 texts/s · about 2 min left" (numbers in the UI language's format),
 * or '' when the job reports no rate (other stages, or before the first texts are done).
 */
export function jobRateText(
  job: { ratePerSecond: number | null; etaMs: number | null },
  t: Translate,
): string {
  if (job.ratePerSecond === null) return '';
  // Below 10 texts/s (a large model on long texts) one decimal keeps "0.4" from showing as "0".
  const rounded =
    job.ratePerSecond < 10 ? Math.round(job.ratePerSecond * 10) / 10 : Math.round(job.ratePerSecond);
  const rate = t('job.rate', { rate: rounded });
  return job.etaMs === null ? rate : `${rate} · ${timeLeftText(job.etaMs, t)}`;
}
