import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_UMAP_PARAMS } from '../../../src/shared/contract';
import { buildKnnGraph, type KnnGraph } from '../../../src/core/knn/knn-graph';
import { pairsPerRow } from '../../../src/core/knn/pair-distances';
import { prepareSearchRows, shareSearchRows } from '../../../src/core/knn/search-rows';
import { prepareVectorSpace } from '../../../src/core/knn/vector-space';
import { sequentialExecutor } from '../../../src/core/parallel/sequential-executor';
import { splitRange } from '../../../src/core/parallel/parallel-executor';
import { umap } from '../../../src/core/reduce/umap/umap';
import { WorkerPoolExecutor } from '../../../src/node/parallel/worker-pool-executor';
import { gaussianClusters } from '../../core/support/synthetic';

const WORKER = new URL('../../../src/node/parallel/parallel-worker.ts', import.meta.url);
const two = new WorkerPoolExecutor(WORKER, 2);
const three = new WorkerPoolExecutor(WORKER, 3);

afterAll(async () => {
  await Promise.all([two.close(), three.close()]);
});

function bytesOf(graph: KnnGraph): Buffer[] {
  return [Buffer.from(graph.indices.buffer), Buffer.from(graph.distances.buffer)];
}

describe('WorkerPoolExecutor', () => {
  it('counts the calling thread: 2 threads are one worker plus this one, each worker answering', async () => {
    expect(two.workers).toBe(2);
    expect(three.workers).toBe(3);
    await Promise.all([two.ready(), three.ready()]);
  });

  it('builds the same kNN graph, byte for byte, with 1, 2 and 3 threads', async () => {
    const data = gaussianClusters(4000, 48, 8, 21);
    for (const metric of ['euclidean', 'cosine'] as const) {
      const options = { k: 14, metric, seed: 4 };
      const alone = await buildKnnGraph(data, { ...options, executor: sequentialExecutor });
      const pooled = await buildKnnGraph(data, { ...options, executor: two });
      const wider = await buildKnnGraph(data, { ...options, executor: three });
      expect(alone.exact).toBe(false);
      expect(bytesOf(pooled)).toEqual(bytesOf(alone));
      expect(bytesOf(wider)).toEqual(bytesOf(alone));
    }
  });

  it('gives UMAP the same coordinates, byte for byte, with and without workers', async () => {
    const data = gaussianClusters(3000, 32, 5, 22);
    const options = { ...DEFAULT_UMAP_PARAMS, epochs: 30, dims: 2 as const, seed: 12 };
    const alone = await umap(data, options);
    const pooled = await umap(data, { ...options, executor: two });
    expect(Buffer.from(pooled.coordinates.data.buffer)).toEqual(Buffer.from(alone.coordinates.data.buffer));
  });

  it('writes every range through the workers into the shared output', async () => {
    // A direct task call: the proposals the pool writes equal the in-process ones, slot for slot.
    const data = gaussianClusters(64, 16, 2, 23);
    const space = prepareVectorSpace(data, 'euclidean');
    const width = 4;
    const candidates = (shift: number): Int32Array => {
      const array = new Int32Array(new SharedArrayBuffer(4 * 64 * width));
      for (let i = 0; i < array.length; i++) array[i] = (i * 7 + shift) % 64;
      return array;
    };
    const shared = shareSearchRows(prepareSearchRows(space));
    const fresh = candidates(1);
    const old = candidates(5);
    // Every heap empty (farthest distance Infinity): every pair is a proposal.
    const graphDistances = new Float32Array(new SharedArrayBuffer(4 * 64)).fill(Infinity);
    const slots = 64 * pairsPerRow(width);
    const input = () => ({
      search: shared,
      fresh,
      old,
      width,
      k: 1,
      graphDistances,
      firstRow: 0,
      proposalA: new Int32Array(new SharedArrayBuffer(4 * slots)),
      proposalB: new Int32Array(new SharedArrayBuffer(4 * slots)),
      proposalDistance: new Float32Array(new SharedArrayBuffer(4 * slots)),
      proposalCounts: new Int32Array(new SharedArrayBuffer(4 * 64)),
    });
    const expected = input();
    const actual = input();
    await sequentialExecutor.run('knn-pair-distances', expected, [{ start: 0, end: 64 }]);
    await three.run('knn-pair-distances', actual, splitRange(0, 64, 3));
    expect(expected.proposalDistance.some((d) => d > 0)).toBe(true);
    expect(Math.min(...expected.proposalCounts)).toBeGreaterThan(0);
    expect(Array.from(actual.proposalCounts)).toEqual(Array.from(expected.proposalCounts));
    expect(Array.from(actual.proposalDistance)).toEqual(Array.from(expected.proposalDistance));
    expect(Array.from(actual.proposalA)).toEqual(Array.from(expected.proposalA));
    expect(Array.from(actual.proposalB)).toEqual(Array.from(expected.proposalB));
  });

  it('finishes on this thread, with the same bytes, when its worker fails to start', async () => {
    const broken = new WorkerPoolExecutor(new URL('data:text/javascript,throw new Error("no worker")'), 2);
    const data = gaussianClusters(3000, 16, 4, 24);
    const options = { k: 10, metric: 'euclidean' as const, seed: 6 };
    const alone = await buildKnnGraph(data, options);
    const rescued = await buildKnnGraph(data, { ...options, executor: broken });
    expect(bytesOf(rescued)).toEqual(bytesOf(alone));
    await broken.close();
  });

  it('rejects, rather than hangs, when a worker is sent a task it does not know', async () => {
    const shared = new Float32Array(new SharedArrayBuffer(16));
    const unknown = 'no-such-task' as 'knn-pair-distances';
    await expect(two.run(unknown, { out: shared } as never, splitRange(0, 2, 2))).rejects.toThrow(
      /Unknown parallel task/,
    );
  });
});
