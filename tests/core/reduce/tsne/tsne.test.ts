import { describe, expect, it } from 'vitest';
import { DEFAULT_TSNE_PARAMS } from '../../../../src/shared/contract';
import { Cooperation } from '../../../../src/core/jobs/cooperation';
import { toEmbeddingMatrix, type EmbeddingMatrix } from '../../../../src/core/math/matrix-types';
import { tsne, type TsneOptions } from '../../../../src/core/reduce/tsne/tsne';
import { learningRateFor } from '../../../../src/core/reduce/tsne/tsne-schedule';
import { expectStudioError } from '../../support/expect-studio-error';
import { gaussianClusters } from '../../support/synthetic';
import { labelAgreement } from './label-agreement';

const options: TsneOptions = { ...DEFAULT_TSNE_PARAMS, iterations: 300, dims: 2, seed: 11 };

function matrix(values: number[], rows: number): EmbeddingMatrix {
  return toEmbeddingMatrix(Float32Array.from(values), rows, values.length / rows);
}

describe('tsne', () => {
  const clusters = gaussianClusters(400, 50, 5, 3);

  it('gives byte-identical coordinates for a seed, and different ones for another seed', async () => {
    const first = await tsne(clusters, options);
    const second = await tsne(clusters, options);
    const other = await tsne(clusters, { ...options, seed: 12 });
    expect(first.coordinates.data).toHaveLength(800);
    expect(
      Buffer.from(second.coordinates.data.buffer).equals(Buffer.from(first.coordinates.data.buffer)),
    ).toBe(true);
    expect(other.coordinates.data).not.toEqual(first.coordinates.data);
  });

  it('keeps planted clusters apart in 2D and 3D (10-NN label agreement ≥ 0.95), cosine and euclidean', async () => {
    const wide = gaussianClusters(300, 384, 4, 8);
    for (const [data, count, metric] of [
      [clusters, 5, 'euclidean'],
      [wide, 4, 'cosine'],
    ] as const) {
      for (const dims of [2, 3] as const) {
        const { coordinates } = await tsne(data, { ...options, metric, dims });
        expect(coordinates.data.every(Number.isFinite)).toBe(true);
        expect(labelAgreement(coordinates.data, dims, count)).toBeGreaterThanOrEqual(0.95);
      }
    }
  });

  it('chooses 1,000 iterations and the "auto" learning rate when they are null', async () => {
    const result = await tsne(gaussianClusters(40, 5, 2, 1), { ...options, iterations: null });
    expect(result.iterations).toBe(1000);
    expect(result.learningRate).toBe(50);
    expect(learningRateFor(null, 3000)).toBeCloseTo(3000 / 48, 12);
    expect(learningRateFor(200, 3000)).toBe(200);
  });

  it('clamps a perplexity too large for the data to (N − 1) / 3', async () => {
    const result = await tsne(gaussianClusters(31, 6, 2, 1), { ...options, perplexity: 100 });
    expect(result.perplexity).toBe(10);
    expect(result.coordinates.data.every(Number.isFinite)).toBe(true);
  });

  it('lays out three rows or fewer trivially', async () => {
    expect(Array.from((await tsne(matrix([1, 2], 1), options)).coordinates.data)).toEqual([0, 0]);
    expect(Array.from((await tsne(matrix([1, 2, 3, 4], 2), options)).coordinates.data)).toEqual([
      -0.5, 0, 0.5, 0,
    ]);
    expect(
      Array.from((await tsne(matrix([1, 2, 1, 2, 5, 5], 3), { ...options, dims: 3 })).coordinates.data),
    ).toEqual([-0.5, 0, 0, -0.5, 0, 0, 0.5, 0, 0]);
    const four = await tsne(gaussianClusters(4, 3, 2, 1), options);
    expect(four.coordinates.data.every(Number.isFinite)).toBe(true);
  });

  it('stays finite with duplicates, zero vectors (cosine), one-dimensional and constant data', async () => {
    const values = Array.from(gaussianClusters(60, 8, 3, 2).data);
    for (let c = 0; c < 8; c++) {
      values[8 + c] = values[c] ?? 0; // row 2 duplicates row 1
      values[16 + c] = values[c] ?? 0; // row 3 too
      values[24 + c] = 0; // row 4 is a zero vector
      values[32 + c] = 0; // and row 5
    }
    for (const metric of ['cosine', 'euclidean'] as const) {
      const { coordinates } = await tsne(matrix(values, 60), { ...options, metric });
      expect(coordinates.data.every(Number.isFinite)).toBe(true);
    }
    const line = matrix(
      Array.from({ length: 100 }, (_, i) => (i % 2 === 0 ? i : -i)),
      100,
    );
    expect(
      (await tsne(line, { ...options, metric: 'euclidean' })).coordinates.data.every(Number.isFinite),
    ).toBe(true);
    const constant = await tsne(matrix(new Array<number>(30).fill(3), 10), options);
    expect(constant.coordinates.data.every(Number.isFinite)).toBe(true);
  });

  it('names the rows with NaN or Infinity', async () => {
    const values = Array.from(gaussianClusters(10, 3, 2, 1).data);
    values[7] = Number.NaN;
    const error = await expectStudioError(() => tsne(matrix(values, 10), options), 'invalid-vectors');
    expect(error.params).toMatchObject({ rows: '3' });
  });

  it('streams finite layouts from the start, ending with the final layout, and reports each stage', async () => {
    const layouts: { coords: Float32Array; iteration: number; total: number }[] = [];
    const stages: string[] = [];
    const result = await tsne(clusters, {
      ...options,
      onLayout: (coords, iteration, total) => layouts.push({ coords, iteration, total }),
      onProgress: (_fraction, stage) => {
        if (stages.at(-1) !== stage) stages.push(stage);
      },
    });
    expect(stages).toEqual(['knn', 'affinities', 'iterations']);
    expect(layouts.length).toBeGreaterThanOrEqual(2);
    expect(layouts[0]?.iteration).toBe(0);
    for (const layout of layouts) {
      expect(layout.coords).toHaveLength(800);
      expect(layout.coords.every(Number.isFinite)).toBe(true);
      expect(layout.total).toBe(300);
    }
    expect(layouts.at(-1)?.iteration).toBe(300);
    expect(layouts.at(-1)?.coords).toEqual(result.coordinates.data);
    expect(layouts.at(-1)?.coords).not.toBe(result.coordinates.data);
  });

  it('stops promptly with `cancelled` when aborted mid-iterations', async () => {
    const controller = new AbortController();
    let abortedAt = 0;
    let iterationsAfter = 0;
    const run = tsne(clusters, {
      ...options,
      iterations: 10_000,
      cooperation: new Cooperation(controller.signal),
      onProgress: (_fraction, stage) => {
        if (stage !== 'iterations') return;
        if (abortedAt === 0) {
          abortedAt = Date.now();
          controller.abort();
        } else iterationsAfter++;
      },
    });
    await expectStudioError(() => run, 'cancelled');
    // The cancel lands at the next checkpoint, which follows every iteration.
    expect(iterationsAfter).toBe(0);
  });
});
