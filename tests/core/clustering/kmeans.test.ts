import { describe, expect, it } from 'vitest';
import { chooseK } from '../../../src/core/clustering/choose-k';
import { kmeans } from '../../../src/core/clustering/kmeans';
import { distanceSample } from '../../../src/core/clustering/result-silhouette';
import { Cooperation, uninterruptible } from '../../../src/core/jobs/cooperation';
import { adjustedRandIndex } from '../../../src/core/quality/adjusted-rand-index';
import { expectStudioError } from '../support/expect-studio-error';
import { plantedClusters } from './planted-clusters';

describe('kmeans', () => {
  it('recovers five planted Gaussian clusters in 32 dimensions', async () => {
    const { unit, truth } = plantedClusters(5, 80, 32, 0, 11);
    const result = await kmeans(unit, { k: 5, seed: 3, restarts: 4, cooperation: uninterruptible() });
    const ari = adjustedRandIndex(result.labels, truth);
    console.log(
      `k-means, k = 5, planted 5 × 80 in 32-d: ARI ${ari.toFixed(4)}, ${result.iterations} iterations`,
    );
    expect(ari).toBeGreaterThanOrEqual(0.95);
    expect(new Set(result.labels).size).toBe(5);
    expect(result.inertia).toBeGreaterThan(0);
  });

  it('chooses k = 5 by the silhouette and then recovers the clusters', async () => {
    const { unit, truth } = plantedClusters(5, 60, 32, 0, 12);
    const cooperation = uninterruptible();
    const sample = await distanceSample(unit, 5, cooperation);
    const choice = await chooseK(sample.unit, sample.distances, 5, cooperation, () => undefined);
    console.log(
      `silhouette by k: ${choice.scores.map(({ k, silhouette }) => `${k}: ${silhouette.toFixed(3)}`).join(', ')}`,
    );
    expect(choice.k).toBe(5);
    expect(choice.scores.map(({ k }) => k)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const result = await kmeans(unit, { k: choice.k, seed: 5, restarts: 4, cooperation });
    const ari = adjustedRandIndex(result.labels, truth);
    console.log(`k-means, k chosen by silhouette: ARI ${ari.toFixed(4)}`);
    expect(ari).toBeGreaterThanOrEqual(0.95);
  });

  it('gives the same partition for the same seed', async () => {
    const { unit } = plantedClusters(6, 40, 16, 0, 13);
    const options = { k: 4, seed: 99, restarts: 2, cooperation: uninterruptible() };
    const first = await kmeans(unit, options);
    const second = await kmeans(unit, options);
    expect(Array.from(second.labels)).toEqual(Array.from(first.labels));
    expect(second.inertia).toBe(first.inertia);
  });

  it('keeps k clusters even when a seeding would leave one empty (identical rows)', async () => {
    const { unit } = plantedClusters(1, 10, 8, 0, 14);
    // Eight copies of one row and two other rows: exactly 3 distinct points for k = 3.
    for (let row = 1; row < 8; row++) unit.data.set(unit.data.subarray(0, 8), row * 8);
    const result = await kmeans(unit, { k: 3, seed: 1, restarts: 1, cooperation: uninterruptible() });
    expect(new Set(result.labels).size).toBe(3);
  });

  it('refuses more clusters than items with a clear error', async () => {
    const { unit } = plantedClusters(2, 3, 8, 0, 15);
    const error = await expectStudioError(
      () => kmeans(unit, { k: 7, seed: 1, restarts: 1, cooperation: uninterruptible() }),
      'too-few-items',
    );
    expect(error.message).toBe('k-means cannot make 7 clusters of 6 items; choose k of at most 6.');
    expect(error.params).toEqual({ k: 7, count: 6 });
  });

  it('stops with `cancelled` once its signal is aborted', async () => {
    const { unit } = plantedClusters(5, 200, 32, 0, 16);
    const controller = new AbortController();
    const cooperation = new Cooperation(controller.signal, 0);
    const running = kmeans(unit, {
      k: 5,
      seed: 1,
      restarts: 4,
      cooperation,
      onProgress: (fraction) => {
        if (fraction > 0.1) controller.abort();
      },
    });
    await expectStudioError(() => running, 'cancelled');
  });
});
