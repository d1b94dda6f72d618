import { describe, expect, it } from 'vitest';
import type { ClusteringResult, JobEvent } from '../../../src/shared/contract';
import {
  INITIAL_CLUSTERS_STATE,
  reduceClusters,
  type ClustersAction,
  type ClustersState,
} from '../../../src/renderer/src/state/clusters-state';

const RESULT: ClusteringResult = {
  mapId: 'map-1',
  method: 'kmeans',
  labels: Int32Array.from([0, 1, 0, 1, 0]),
  clusters: [
    { id: 0, size: 3, keywords: ['goal', 'team'], name: 'goal · team' },
    { id: 1, size: 2, keywords: ['суп'], name: 'суп' },
  ],
  silhouette: 0.5,
  noise: 0,
};

function run(
  actions: readonly ClustersAction[],
  from: ClustersState = INITIAL_CLUSTERS_STATE,
): ClustersState {
  return actions.reduce((state, action) => reduceClusters(state, action).state, from);
}

const event = (value: JobEvent): ClustersAction => ({ type: 'event', event: value });

describe('reduceClusters', () => {
  it('follows its own job to the result and takes the names from it', () => {
    const state = run([
      { type: 'start' },
      { type: 'started', jobId: 'job-2' },
      event({ type: 'progress', jobId: 'job-2', stage: 'cluster', fraction: 0.4 }),
      event({ type: 'progress', jobId: 'job-9', stage: 'reduce', fraction: 0.9 }),
    ]);
    expect(state.job).toEqual({ jobId: 'job-2', fraction: 0.4, cancelling: false });
    const done = run([event({ type: 'clusters', jobId: 'job-2', result: RESULT })], state);
    expect(done.job).toBeNull();
    expect(done.result).toBe(RESULT);
    expect(done.names).toEqual(['goal · team', 'суп']);
  });

  it('replays the events that came before the job id was known', () => {
    const state = run([
      { type: 'start' },
      event({ type: 'progress', jobId: 'job-3', stage: 'cluster', fraction: 0.5 }),
      event({ type: 'clusters', jobId: 'job-3', result: RESULT }),
      event({ type: 'items', jobId: 'job-1', texts: [], labels: [] }),
      { type: 'started', jobId: 'job-3' },
    ]);
    expect(state.job).toBeNull();
    expect(state.result).toBe(RESULT);
    expect(state.early).toEqual([]);
  });

  it('reports a failure once and ends the job', () => {
    const started = run([{ type: 'start' }, { type: 'started', jobId: 'job-4' }]);
    const error = { code: 'too-few-items' as const, message: 'k-means cannot make 9 clusters of 5 items.' };
    const step = reduceClusters(started, event({ type: 'failed', jobId: 'job-4', error }));
    expect(step.error).toEqual(error);
    expect(step.state.job).toBeNull();
  });

  it('marks a cancelled run and keeps the previous result', () => {
    const withResult = run([
      { type: 'start' },
      { type: 'started', jobId: 'job-5' },
      event({ type: 'clusters', jobId: 'job-5', result: RESULT }),
      { type: 'start' },
      { type: 'cancel-requested' },
    ]);
    expect(withResult.job?.cancelling).toBe(true);
    const cancelled = run(
      [{ type: 'started', jobId: 'job-6' }, event({ type: 'cancelled', jobId: 'job-6' })],
      withResult,
    );
    expect(cancelled.cancelled).toBe(true);
    expect(cancelled.job).toBeNull();
    expect(cancelled.result).toBe(RESULT);
  });

  it('renames one cluster and ignores ids that do not exist', () => {
    const state = run([
      { type: 'start' },
      { type: 'started', jobId: 'job-7' },
      event({ type: 'clusters', jobId: 'job-7', result: RESULT }),
      { type: 'rename', id: 1, name: 'кулинария' },
      { type: 'rename', id: 5, name: 'nothing' },
    ]);
    expect(state.names).toEqual(['goal · team', 'кулинария']);
  });

  it('does not start a second run while one is going', () => {
    const state = run([{ type: 'start' }, { type: 'started', jobId: 'job-8' }]);
    expect(reduceClusters(state, { type: 'start' }).state).toBe(state);
  });
});
