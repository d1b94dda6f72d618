import { describe, expect, it } from 'vitest';
import { trainPpmiSvd } from '../../../../src/core/embedders/ppmi-svd/ppmi-svd-trainer';
import { ppmiMatrix } from '../../../../src/core/embedders/ppmi-svd/ppmi-matrix';
import { uninterruptible } from '../../../../src/core/jobs/cooperation';
import { chancePrecision, SMALL_PLANTED, topicPrecisionAtK } from '../word2vec/planted-corpus';
import { asWordVectors, smallPlanted, TEST_PARAMS } from '../word2vec/planted-training';

describe('ppmiMatrix', () => {
  it('keeps only positive PMI, with context smoothing', () => {
    // Words 0 and 1 always together, word 2 with itself: 0–1 and 2–2 are associated, 0–2 never occurs.
    const counts = new Map([
      [0 * 3 + 1, 10],
      [1 * 3 + 0, 10],
      [2 * 3 + 2, 10],
    ]);
    const matrix = ppmiMatrix(counts, 3);
    expect([...matrix.rowStart]).toEqual([0, 1, 2, 3]);
    expect([...matrix.indices]).toEqual([1, 0, 2]);
    expect(matrix.values.every((value) => value > 0)).toBe(true);
  });
});

describe('trainPpmiSvd', () => {
  it('recovers the planted topics (precision@5 far above chance)', async () => {
    const { planted, corpus } = await smallPlanted();
    const trained = await trainPpmiSvd(corpus, {
      params: TEST_PARAMS,
      cooperation: uninterruptible(),
      onProgress: () => undefined,
    });
    const precision = topicPrecisionAtK(asWordVectors(corpus, trained), planted.topics, 5);
    console.log(
      `ppmi-svd planted precision@5 = ${precision.toFixed(3)} (chance ${chancePrecision(SMALL_PLANTED).toFixed(3)})`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(trained.finalLoss).toBeNull();
    expect(trained.dimension).toBe(TEST_PARAMS.dimension);
  });

  it('is deterministic for a seed, and never wider than the vocabulary', async () => {
    const { corpus } = await smallPlanted();
    const run = async (): Promise<Float32Array> =>
      (
        await trainPpmiSvd(corpus, {
          params: TEST_PARAMS,
          cooperation: uninterruptible(),
          onProgress: () => undefined,
        })
      ).vectors;
    expect(await run()).toEqual(await run());
    const wide = await trainPpmiSvd(corpus, {
      params: { ...TEST_PARAMS, dimension: 300 },
      cooperation: uninterruptible(),
      onProgress: () => undefined,
    });
    expect(wide.dimension).toBeLessThanOrEqual(corpus.vocabulary.words.length);
  });
});
