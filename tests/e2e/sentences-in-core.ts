import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { StudioCore } from '../../src/core/studio-core';
import { isJobEndEvent, type JobEndEvent } from '../../src/shared/contract';
import { StudioError } from '../../src/shared/errors';

const SENTENCES = join(
  resolve(import.meta.dirname, '..', '..'),
  'resources',
  'samples',
  'sentences-ru-en.csv',
);
/** The seed every map of the app uses (workflow-state's DEFAULT_SEED), which its analysis tools pass on. */
export const APP_SEED = 42;

/** A core in the test's own process with the sentences sample mapped on it. */
export interface SentencesInCore {
  readonly core: StudioCore;
  readonly mapId: string;
  /** The event that ends job `jobId` (kept from the start, so a job that ends at once is not missed). */
  readonly endOf: (jobId: string) => Promise<JobEndEvent>;
}

/**
 * The test's own answer key: the sentences sample mapped as the app maps it (TF-IDF + SVD, PCA, 2D, seed 42)
 * by a core in this process. Everything after is deterministic, so a job run on this map must give what the
 * page shows.
 */
export async function sentencesInCore(): Promise<SentencesInCore> {
  const core = new StudioCore({
    samples: {
      list: () => Promise.resolve([]),
      read: (sampleId) => Promise.reject(new StudioError('unknown-sample', `No sample "${sampleId}".`)),
    },
  });
  const ends = new Map<string, JobEndEvent>();
  const waiting = new Map<string, (end: JobEndEvent) => void>();
  core.onJobEvent((event) => {
    if (!isJobEndEvent(event)) return;
    ends.set(event.jobId, event);
    waiting.get(event.jobId)?.(event);
  });
  const endOf = (jobId: string): Promise<JobEndEvent> =>
    new Promise((resolveEnd) => {
      const end = ends.get(jobId);
      if (end === undefined) waiting.set(jobId, resolveEnd);
      else resolveEnd(end);
    });
  const preview = await core.openFile({ fileName: 'sentences-ru-en.csv', bytes: readFileSync(SENTENCES) });
  const { jobId } = await core.startMap({
    datasetId: preview.datasetId,
    textColumn: 'text',
    labelColumn: 'topic',
    embedderId: 'tfidf-svd',
    method: 'pca',
    dims: 2,
    seed: APP_SEED,
  });
  const mapped = await endOf(jobId);
  if (mapped.type !== 'done') throw new Error(`the reference map ended with ${mapped.type}`);
  return { core, mapId: mapped.result.mapId, endOf };
}
