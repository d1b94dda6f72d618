import type { JobProgressEvent, JobStage } from '../../shared/contract';

/**
 * One percent of the job between events: at most ~100 progress events per job whatever its size, which is
 * smooth for a progress bar and cheap to send across a worker or HTTP boundary.
 */
const MIN_STEP = 0.01;

/** Optional figures a progress event carries besides the fraction (see {@link JobProgressEvent}). */
export type ProgressMeasures = Pick<JobProgressEvent, 'etaMs' | 'ratePerSecond' | 'loss'>;

/**
 * Turns raw progress reports into a bounded, non-decreasing stream: an event goes out when the stage
 * changes, the fraction has grown by at least {@link MIN_STEP} since the last one, or it first reaches 1.
 */
export class ProgressThrottle {
  private lastStage: JobStage | null = null;
  private lastFraction = -1;
  private highest = 0;

  /** The event to send for this report, or null when it would be too soon. */
  next(
    jobId: string,
    stage: JobStage,
    fraction: number,
    counts?: { done: number; total: number },
    measures: ProgressMeasures = {},
  ): JobProgressEvent | null {
    const clamped = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
    this.highest = Math.max(this.highest, clamped);
    const reachedEnd = this.highest === 1 && this.lastFraction < 1;
    if (stage === this.lastStage && this.highest - this.lastFraction < MIN_STEP && !reachedEnd) return null;
    this.lastStage = stage;
    this.lastFraction = this.highest;
    const base = { type: 'progress', jobId, stage, fraction: this.highest, ...measures } as const;
    return counts === undefined ? base : { ...base, done: counts.done, total: counts.total };
  }
}
