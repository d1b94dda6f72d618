import type { JobEvent } from '../../../src/shared/contract';
import type { StudioCore } from '../../../src/core/studio-core';

/** done, failed and cancelled end a job; progress, items and layout events come before. */
function isTerminal(event: JobEvent): boolean {
  return event.type === 'done' || event.type === 'failed' || event.type === 'cancelled';
}

/** Listens to a core from now on; `until(jobId)` resolves with the job's events once it has ended. */
export function recordJobEvents(core: StudioCore): { until(jobId: string): Promise<JobEvent[]> } {
  const events: JobEvent[] = [];
  const waiters = new Map<string, () => void>();
  core.onJobEvent((event) => {
    events.push(event);
    if (isTerminal(event)) waiters.get(event.jobId)?.();
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
        if (mine().some(isTerminal)) settle(resolve);
        else
          waiters.set(jobId, () => {
            settle(resolve);
          });
      });
    },
  };
}
