import { describe, expect, it } from 'vitest';
import type { ClusteringResult } from '../../../src/shared/contract';
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
  return actions.reduce(reduceClusters, from);
}

const clustered: ClustersAction = {
  type: 'ended',
  end: { type: 'clusters', jobId: 'job-2', result: RESULT },
};

describe('reduceClusters', () => {
  it('keeps the result a run ends with and takes the names from it', () => {
    const done = run([{ type: 'start' }, clustered]);
    expect(done.result).toBe(RESULT);
    expect(done.names).toEqual(['goal · team', 'суп']);
  });

  it('leaves a failed run to the error report', () => {
    const error = { code: 'too-few-items' as const, message: 'k-means cannot make 9 clusters of 5 items.' };
    const before = run([{ type: 'start' }, clustered]);
    expect(run([{ type: 'ended', end: { type: 'failed', jobId: 'job-4', error } }], before)).toBe(before);
  });

  it('marks a cancelled run, keeps the previous result and clears the mark on the next run', () => {
    const cancelled = run([
      { type: 'start' },
      clustered,
      { type: 'start' },
      { type: 'ended', end: { type: 'cancelled', jobId: 'job-6' } },
    ]);
    expect(cancelled.cancelled).toBe(true);
    expect(cancelled.result).toBe(RESULT);
    expect(run([{ type: 'start' }], cancelled).cancelled).toBe(false);
  });

  it('renames one cluster and ignores ids that do not exist', () => {
    const state = run([
      clustered,
      { type: 'rename', id: 1, name: 'кулинария' },
      { type: 'rename', id: 5, name: 'nothing' },
    ]);
    expect(state.names).toEqual(['goal · team', 'кулинария']);
  });

  it('replaces the names by the next result’s', () => {
    const renamed = run([clustered, { type: 'rename', id: 0, name: 'sport' }]);
    expect(run([clustered], renamed).names).toEqual(['goal · team', 'суп']);
  });
});
