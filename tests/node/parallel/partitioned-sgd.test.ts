import { afterAll, describe, expect, it } from 'vitest';
import { uninterruptible } from '../../../src/core/jobs/cooperation';
import { sequentialExecutor } from '../../../src/core/parallel/sequential-executor';
import type { ParallelExecutor } from '../../../src/core/parallel/parallel-executor';
import { fitCurve } from '../../../src/core/reduce/umap/curve-fit';
import type { EdgeSchedule } from '../../../src/core/reduce/umap/epoch-schedule';
import { optimizeLayout } from '../../../src/core/reduce/umap/optimize-layout';
import { WorkerPoolExecutor } from '../../../src/node/parallel/worker-pool-executor';

const WORKER = new URL('../../../src/node/parallel/parallel-worker.ts', import.meta.url);
const two = new WorkerPoolExecutor(WORKER, 2);
const three = new WorkerPoolExecutor(WORKER, 3);

afterAll(async () => {
  await Promise.all([two.close(), three.close()]);
});

/** 3,000 rows on a noisy ring, each joined both ways to its 4 nearest ring neighbours (edges sorted by head). */
function ring(): { layout: Float32Array; schedule: EdgeSchedule } {
  const rows = 3000;
  const heads: number[] = [];
  const tails: number[] = [];
  const every: number[] = [];
  for (let r = 0; r < rows; r++) {
    for (const offset of [-2, -1, 1, 2]) {
      heads.push(r);
      tails.push((r + offset + rows) % rows);
      every.push(Math.abs(offset));
    }
  }
  const layout = new Float32Array(rows * 2);
  for (let r = 0; r < rows; r++) {
    layout[2 * r] = Math.cos(r * 2.399963) * 10;
    layout[2 * r + 1] = Math.sin(r * 2.399963) * 10;
  }
  return {
    layout,
    schedule: {
      heads: Int32Array.from(heads),
      tails: Int32Array.from(tails),
      epochsPerSample: Float64Array.from(every),
    },
  };
}

async function optimise(executor: ParallelExecutor): Promise<Float32Array> {
  const { layout, schedule } = ring();
  await optimizeLayout(layout, 2, schedule, {
    epochs: 30,
    curve: fitCurve(0.1, 1),
    seed: 11,
    cooperation: uninterruptible(),
    executor,
    onEpoch: () => undefined,
    partitionedFromRows: 0,
  });
  return layout;
}

describe('UMAP SGD in partitions on the worker pool', () => {
  it('gives the same layout bytes on this thread and on 2 or 3 threads, and moves every row', async () => {
    const here = await optimise(sequentialExecutor);
    const start = ring().layout;
    let moved = 0;
    for (let i = 0; i < here.length; i += 2)
      if (here[i] !== start[i] || here[i + 1] !== start[i + 1]) moved++;
    expect(moved).toBe(3000);
    expect(Buffer.from((await optimise(two)).buffer).equals(Buffer.from(here.buffer))).toBe(true);
    expect(Buffer.from((await optimise(three)).buffer).equals(Buffer.from(here.buffer))).toBe(true);
  });
});
