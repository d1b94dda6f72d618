import type { JobControl } from '../jobs/job-registry';
import { EmbedRateMeter } from './embed-rate';

/**
 * The embed stage's progress reporter, for every embedder alike: turns the embedder's fraction into texts
 * done of `total`, and adds texts per second and the time left ({@link EmbedRateMeter}) to the job's
 * progress events. `span` is the stage's share of the whole job; `now` is the clock (injected for tests).
 */
export function embedProgressReporter(
  progress: JobControl['progress'],
  total: number,
  span: readonly [number, number],
  now: () => number,
): (fraction: number) => void {
  const [start, end] = span;
  const meter = new EmbedRateMeter(total, now);
  meter.record(0);
  return (fraction) => {
    const clamped = Math.min(1, Math.max(0, fraction));
    const done = Math.round(clamped * total);
    const rate = meter.record(done);
    progress('embed', start + (end - start) * clamped, { done, total }, rate ?? {});
  };
}
