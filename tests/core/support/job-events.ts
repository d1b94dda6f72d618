import { isJobEndEvent, type JobEvent } from '../../../src/shared/contract';
import type { StudioCore } from '../../../src/core/studio-core';

/** Listens to a core from now on; `until(jobId)` resolves with the job's events once it has ended. */
export function recordJobEvents(core: StudioCore): { until(jobId: string): Promise<JobEvent[]> } {
  const events: JobEvent[] = [];
  const waiters = new Map<string, () => void>();
  core.onJobEvent((event) => {
    events.push(event);
    if (isJobEndEvent(event)) waiters.get(event.jobId)?.();
  });
  return {
    until(jobId) {
      const mine = (): JobEvent[] => events.filter((event) => event.jobId === jobId);
      // A short grace period after the end catches anything (wrongly) sent afterwards.
      const settle = (resolve: (events: JobEvent[]) => void): void => {
        setTimeout(() => {
          resolve(mine());
        }, 30);
      };
      return new Promise((resolve) => {
        if (mine().some(isJobEndEvent)) settle(resolve);
        else
          waiters.set(jobId, () => {
            settle(resolve);
          });
      });
    },
  };
}
