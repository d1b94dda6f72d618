import { describe, expect, it } from 'vitest';
import type { TrainingProgress } from '../../../../src/core/embedders/corpus/training-progress';
import { trainWord2Vec } from '../../../../src/core/embedders/word2vec/word2vec-trainer';
import { Cooperation, uninterruptible } from '../../../../src/core/jobs/cooperation';
import { expectStudioError } from '../../support/expect-studio-error';
import { chancePrecision, SMALL_PLANTED, topicPrecisionAtK } from './planted-corpus';
import { asWordVectors, smallPlanted, TEST_PARAMS } from './planted-training';

describe('trainWord2Vec', () => {
  for (const architecture of ['skipgram', 'cbow'] as const) {
    it(`${architecture} recovers the planted topics (precision@5 far above chance)`, async () => {
      const { planted, corpus } = await smallPlanted();
      const trained = await trainWord2Vec(corpus, {
        architecture,
        params: TEST_PARAMS,
        cooperation: uninterruptible(),
        onProgress: () => undefined,
      });
      const precision = topicPrecisionAtK(asWordVectors(corpus, trained), planted.topics, 5);
      console.log(
        `${architecture} planted precision@5 = ${precision.toFixed(3)} (chance ${chancePrecision(SMALL_PLANTED).toFixed(3)})`,
      );
      expect(precision).toBeGreaterThanOrEqual(0.9);
      expect(trained.finalLoss).not.toBeNull();
      expect(trained.vectors.every(Number.isFinite)).toBe(true);
    });
  }

  it('gives byte-identical vectors for the same seed, and different ones for another seed', async () => {
    const { corpus } = await smallPlanted();
    const run = async (seed: number): Promise<Float32Array> =>
      (
        await trainWord2Vec(corpus, {
          architecture: 'skipgram',
          params: { ...TEST_PARAMS, epochs: 1, seed },
          cooperation: uninterruptible(),
          onProgress: () => undefined,
        })
      ).vectors;
    const first = await run(3);
    expect(new Uint8Array((await run(3)).buffer)).toEqual(new Uint8Array(first.buffer));
    expect(new Uint8Array((await run(4)).buffer)).not.toEqual(new Uint8Array(first.buffer));
  });

  it('reports the fraction, words/s, time left and a falling loss', async () => {
    const { corpus } = await smallPlanted();
    const reports: TrainingProgress[] = [];
    await trainWord2Vec(corpus, {
      architecture: 'skipgram',
      params: TEST_PARAMS,
      cooperation: uninterruptible(),
      onProgress: (progress) => reports.push(progress),
    });
    expect(reports.at(-1)?.fraction).toBe(1);
    expect(reports.every((report) => (report.ratePerSecond ?? 0) > 0 && report.etaMs !== undefined)).toBe(
      true,
    );
    const first = reports[0]?.loss ?? 0;
    const last = reports.at(-1)?.loss ?? Infinity;
    expect(last).toBeLessThan(first);
  });

  it('stops with `cancelled` when the job is cancelled mid-training', async () => {
    const { corpus } = await smallPlanted();
    const controller = new AbortController();
    let reports = 0;
    const training = trainWord2Vec(corpus, {
      architecture: 'cbow',
      params: { ...TEST_PARAMS, epochs: 100 },
      cooperation: new Cooperation(controller.signal, 0),
      onProgress: () => {
        reports++;
        if (reports === 3) controller.abort();
      },
    });
    await expectStudioError(() => training, 'cancelled');
    expect(reports).toBe(3);
  });
});
