import type { CoreApi, JobEvent, JobEventListener, MapRequest, MapResult } from '../shared/contract';
import { StudioError } from '../shared/errors';

/** A core as the CLI drives it: calls plus the job-event feed. */
export interface JobRunningCore extends CoreApi {
  onJobEvent(listener: JobEventListener): () => void;
}

/**
 * Starts a map job and resolves with its result, reporting progress; rejects with the job's StudioError.
 * Events are buffered from before the start call, so a job that finishes at once is never missed.
 */
export async function runMapJob(
  core: JobRunningCore,
  request: MapRequest,
  onProgress: (event: Extract<JobEvent, { type: 'progress' }>) => void,
): Promise<MapResult> {
  const early: JobEvent[] = [];
  let handle: ((event: JobEvent) => void) | undefined;
  const unsubscribe = core.onJobEvent((event) => {
    if (handle === undefined) early.push(event);
    else handle(event);
  });
  try {
    const { jobId } = await core.startMap(request);
    return await new Promise<MapResult>((resolve, reject) => {
      handle = (event) => {
        if (event.jobId !== jobId) return;
        if (event.type === 'progress') onProgress(event);
        else if (event.type === 'done') resolve(event.result);
        else if (event.type === 'failed') reject(StudioError.fromInfo(event.error));
        else if (event.type === 'cancelled') reject(new StudioError('cancelled', 'The job was cancelled.'));
        // items and layout events stream UMAP's progress for a screen; a file only needs the end result.
      };
      for (const event of early.splice(0)) handle(event);
    });
  } finally {
    unsubscribe();
  }
}
