import { describe, expect, it } from 'vitest';
import type { JobEvent, MapResult } from '../../../src/shared/contract';
import { StudioError } from '../../../src/shared/errors';
import { JobRegistry } from '../../../src/core/jobs/job-registry';
import { Cooperation } from '../../../src/core/jobs/cooperation';
import { expectStudioError } from '../support/expect-studio-error';

const fakeResult = { datasetId: 'd', count: 0 } as MapResult;

/** Resolves once the job has ended, with every event it sent. */
function collect(registry: JobRegistry, jobId: string): Promise<JobEvent[]> {
  const events: JobEvent[] = [];
  return new Promise((resolve) => {
    const stop = registry.subscribe((event) => {
      if (event.jobId !== jobId) return;
      events.push(event);
      if (event.type !== 'progress') {
        stop();
        // Wait a few turns so that anything sent after the end would be caught.
        setTimeout(() => {
          resolve(events);
        }, 20);
      }
    });
  });
}

describe('JobRegistry', () => {
  it('hands out the id before the job runs, then ends it with done', async () => {
    const registry = new JobRegistry();
    let started = false;
    const jobId = registry.start((control) => {
      started = true;
      control.progress('embed', 0.5);
      return Promise.resolve({ type: 'done', result: fakeResult });
    });
    expect(started).toBe(false);
    const events = await collect(registry, jobId);
    expect(events.map((event) => event.type)).toEqual(['progress', 'done']);
    expect(registry.cancel(jobId)).toBe(false);
  });

  it('ends a job with whichever success event its work returns, adding the job id', async () => {
    const registry = new JobRegistry();
    const embedder = {
      id: 'trained:x',
      name: { en: 'x', ru: 'x' },
      description: { en: 'x', ru: 'x' },
      languages: ['*'],
      dimension: 8,
      trainsOnInput: true,
      needsDownload: false,
    };
    const jobId = registry.start(() =>
      Promise.resolve({ type: 'trained', embedder, vocabulary: 10, tokens: 100, finalLoss: 0.5 }),
    );
    const events = await collect(registry, jobId);
    expect(events).toEqual([
      { type: 'trained', jobId, embedder, vocabulary: 10, tokens: 100, finalLoss: 0.5 },
    ]);
  });

  it('turns a thrown error into failed with its code', async () => {
    const registry = new JobRegistry();
    const jobId = registry.start(() => Promise.reject(new StudioError('too-few-items', 'need more')));
    const events = await collect(registry, jobId);
    expect(events).toEqual([
      { type: 'failed', jobId, error: { code: 'too-few-items', message: 'need more' } },
    ]);
  });

  it('cancels a running job: one cancelled event, nothing afterwards, and the work stops', async () => {
    const registry = new JobRegistry();
    let iterations = 0;
    const jobId = registry.start(async (control) => {
      const cooperation = new Cooperation(control.signal, 0);
      for (;;) {
        iterations++;
        control.progress('embed', iterations / 1e6);
        await cooperation.checkpoint();
      }
    });
    const done = collect(registry, jobId);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(registry.cancel(jobId)).toBe(true);
    const events = await done;
    expect(events.at(-1)).toEqual({ type: 'cancelled', jobId });
    expect(events.filter((event) => event.type !== 'progress')).toHaveLength(1);
    const stoppedAt = iterations;
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(iterations).toBe(stoppedAt);
  });

  it('rejects unknown job ids and keeps going when a listener throws', async () => {
    const registry = new JobRegistry();
    await expectStudioError(() => registry.cancel('job-404'), 'unknown-job');
    const original = console.error;
    console.error = () => undefined;
    try {
      registry.subscribe(() => {
        throw new Error('bad listener');
      });
      const jobId = registry.start(() => Promise.resolve({ type: 'done', result: fakeResult }));
      const events = await collect(registry, jobId);
      expect(events.map((event) => event.type)).toEqual(['done']);
    } finally {
      console.error = original;
    }
  });
});
