import { describe, expect, it } from 'vitest';
import { densityClustering } from '../../../src/core/clustering/density-clustering';
import { Cooperation, uninterruptible } from '../../../src/core/jobs/cooperation';
import { EXACT_KNN_MAX_ROWS } from '../../../src/core/knn/knn-graph';
import { adjustedRandIndex } from '../../../src/core/quality/adjusted-rand-index';
import { expectStudioError } from '../support/expect-studio-error';
import { plantedClusters, type PlantedData } from './planted-clusters';

/** How the labels compare with the truth: ARI on the planted points, and the shares of noise found. */
function score(
  planted: PlantedData,
  labels: Int32Array,
): { ari: number; noiseFound: number; clusteredKept: number } {
  const planted_: number[] = [];
  const found: number[] = [];
  let noise = 0;
  let noiseFound = 0;
  let kept = 0;
  planted.truth.forEach((truth, row) => {
    const label = labels[row] ?? -1;
    if (truth < 0) {
      noise++;
      if (label < 0) noiseFound++;
      return;
    }
    planted_.push(truth);
    found.push(label);
    if (label >= 0) kept++;
  });
  return {
    ari: adjustedRandIndex(found, planted_),
    noiseFound: noise === 0 ? 1 : noiseFound / noise,
    clusteredKept: kept / planted_.length,
  };
}

describe('densityClustering', () => {
  it('recovers five planted clusters and leaves uniform noise unclustered (exact tree)', async () => {
    const planted = plantedClusters(5, 80, 32, 60, 21);
    const labels = await densityClustering(planted.unit, {
      minClusterSize: 10,
      seed: 1,
      cooperation: uninterruptible(),
    });
    const { ari, noiseFound, clusteredKept } = score(planted, labels);
    console.log(
      `density, 5 × 80 + 60 noise in 32-d: ${Math.max(...labels) + 1} clusters, ARI ${ari.toFixed(4)} ` +
        `(noise −1 counts as a group), noise found ${(noiseFound * 100).toFixed(1)}%, ` +
        `planted points kept ${(clusteredKept * 100).toFixed(1)}%`,
    );
    expect(Math.max(...labels) + 1).toBe(5);
    expect(ari).toBeGreaterThanOrEqual(0.95);
    expect(noiseFound).toBeGreaterThanOrEqual(0.9);
    expect(clusteredKept).toBeGreaterThanOrEqual(0.95);
  });

  it('recovers them on a map above the exact limit (spanning tree over the approximate kNN graph)', async () => {
    const planted = plantedClusters(5, 480, 32, 200, 22);
    expect(planted.unit.rows).toBeGreaterThan(EXACT_KNN_MAX_ROWS);
    const labels = await densityClustering(planted.unit, {
      minClusterSize: 25,
      seed: 2,
      cooperation: uninterruptible(),
    });
    const { ari, noiseFound, clusteredKept } = score(planted, labels);
    console.log(
      `density, 5 × 480 + 200 noise (approximate tree): ARI ${ari.toFixed(4)}, noise found ` +
        `${(noiseFound * 100).toFixed(1)}%, planted points kept ${(clusteredKept * 100).toFixed(1)}%`,
    );
    expect(Math.max(...labels) + 1).toBe(5);
    expect(ari).toBeGreaterThanOrEqual(0.95);
    // With 480 points per group, a random direction often has a group point about as near as the groups are to
    // each other, so HDBSCAN itself keeps some of it in the group that absorbs it (86.5% found at seed 22).
    expect(noiseFound).toBeGreaterThanOrEqual(0.8);
    expect(clusteredKept).toBeGreaterThanOrEqual(0.95);
  });

  it('calls everything noise when no group reaches the minimum size', async () => {
    const planted = plantedClusters(3, 4, 16, 0, 23);
    const labels = await densityClustering(planted.unit, {
      minClusterSize: 20,
      seed: 1,
      cooperation: uninterruptible(),
    });
    expect(Array.from(labels)).toEqual(new Array(12).fill(-1));
  });

  it('is deterministic for a seed', async () => {
    const planted = plantedClusters(4, 50, 16, 30, 24);
    const options = { minClusterSize: 8, seed: 5, cooperation: uninterruptible() };
    const first = await densityClustering(planted.unit, options);
    const second = await densityClustering(planted.unit, options);
    expect(Array.from(second)).toEqual(Array.from(first));
  });

  it('stops with `cancelled` once its signal is aborted', async () => {
    const planted = plantedClusters(5, 200, 32, 0, 25);
    const controller = new AbortController();
    const running = densityClustering(planted.unit, {
      minClusterSize: 10,
      seed: 1,
      cooperation: new Cooperation(controller.signal, 0),
      onProgress: (fraction) => {
        if (fraction > 0.2) controller.abort();
      },
    });
    await expectStudioError(() => running, 'cancelled');
  });
});
