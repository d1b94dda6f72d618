import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { StudioCore } from '../../../../src/core/studio-core';
import { FileSampleSource } from '../../../../src/node/file-sample-source';
import { findResourcesDir } from '../../../../src/node/resources-dir';
import {
  DEFAULT_WORD_TRAINING_PARAMS,
  type JobEvent,
  type WordTrainingAlgorithm,
} from '../../../../src/shared/contract';
import { expectStudioError } from '../../support/expect-studio-error';
import { recordJobEvents } from '../../support/job-events';

const CORPUS_SAMPLE = 'teaching-corpus-ru-en';

function createCore(): StudioCore {
  return new StudioCore({ samples: new FileSampleSource(findResourcesDir()) });
}

function ended(events: readonly JobEvent[]): JobEvent | undefined {
  return events.at(-1);
}

/** Trains on the bundled corpus through the core and returns the job's events. */
async function trainOnBundledCorpus(core: StudioCore, algorithm: WordTrainingAlgorithm): Promise<JobEvent[]> {
  const recorder = recordJobEvents(core);
  const corpus = await core.openSample({ sampleId: CORPUS_SAMPLE });
  const { jobId } = await core.trainWordEmbedder({
    corpus: { kind: 'dataset', datasetId: corpus.datasetId, column: 'text' },
    algorithm,
    name: `Classroom ${algorithm}`,
    // 3 epochs: enough on this corpus (the categories separate after one), and a third of the test's time.
    params: { ...DEFAULT_WORD_TRAINING_PARAMS, epochs: 3 },
  });
  return recorder.until(jobId);
}

/** Maps the words sample with an embedder and measures 5-NN label agreement in the embedding space. */
async function wordsAgreement(core: StudioCore, embedderId: string): Promise<number> {
  const recorder = recordJobEvents(core);
  const words = await core.openSample({ sampleId: 'words-ru-en' });
  const { jobId } = await core.startMap({
    datasetId: words.datasetId,
    textColumn: 'word',
    labelColumn: 'category',
    embedderId,
    method: 'pca',
    dims: 2,
    seed: 42,
  });
  const done = ended(await recorder.until(jobId));
  if (done?.type !== 'done') throw new Error(`map ended with ${JSON.stringify(done)}`);
  const { mapId, labels, unembedded } = done.result;
  expect(unembedded).toEqual([]);
  let agree = 0;
  for (let index = 0; index < labels.length; index++) {
    const { neighbors } = await core.nearestNeighbors({ mapId, index, k: 5, metric: 'cosine' });
    agree += neighbors.filter((neighbor) => labels[neighbor.index] === labels[index]).length;
  }
  return agree / (labels.length * 5);
}

describe('StudioCore.trainWordEmbedder', () => {
  it('trains skip-gram on the bundled corpus as a job, registers it, and maps the words sample by category', async () => {
    const core = createCore();
    const events = await trainOnBundledCorpus(core, 'skipgram');
    const progress = events.filter((event) => event.type === 'progress');
    expect(progress.some((event) => event.loss !== undefined && (event.ratePerSecond ?? 0) > 0)).toBe(true);
    const last = ended(events);
    expect(last?.type).toBe('trained');
    if (last?.type !== 'trained') return;
    expect(last.embedder.id).toBe('trained:classroom-skipgram');
    expect(last.vocabulary).toBeGreaterThan(500);
    expect(last.tokens).toBeGreaterThan(120_000);
    expect(last.finalLoss).toBeGreaterThan(0);
    expect((await core.listEmbedders({})).map((info) => info.id)).toContain(last.embedder.id);
    const agreement = await wordsAgreement(core, last.embedder.id);
    console.log(
      `words sample, 5-NN category agreement with skip-gram: ${agreement.toFixed(3)} (chance ≈ 0.147)`,
    );
    expect(agreement).toBeGreaterThan(0.8);
  }, 120_000);

  it('fails at once for an unknown data set or column, and trains on a file', async () => {
    const core = createCore();
    const params = DEFAULT_WORD_TRAINING_PARAMS;
    await expectStudioError(
      () =>
        core.trainWordEmbedder({
          corpus: { kind: 'dataset', datasetId: 'nope', column: 'text' },
          algorithm: 'cbow',
          name: 'x',
          params,
        }),
      'unknown-dataset',
    );
    const words = await core.openSample({ sampleId: 'words-ru-en' });
    await expectStudioError(
      () =>
        core.trainWordEmbedder({
          corpus: { kind: 'dataset', datasetId: words.datasetId, column: 'nope' },
          algorithm: 'cbow',
          name: 'x',
          params,
        }),
      'unknown-column',
    );
    await expectStudioError(
      () =>
        core.trainWordEmbedder({
          corpus: { kind: 'dataset', datasetId: words.datasetId, column: 'word' },
          algorithm: 'cbow',
          name: 'x',
          params: { ...params, dimension: 1 },
        }),
      'invalid-arguments',
    );
    const recorder = recordJobEvents(core);
    const bytes = readFileSync(new URL('../../../../resources/samples/sentences-ru-en.csv', import.meta.url));
    const { jobId } = await core.trainWordEmbedder({
      corpus: { kind: 'file', fileName: 'sentences.txt', bytes: new Uint8Array(bytes) },
      algorithm: 'ppmi-svd',
      name: 'Sentences',
      params,
    });
    const last = ended(await recorder.until(jobId));
    expect(last?.type).toBe('trained');
  });

  it('can be cancelled mid-training', async () => {
    const core = createCore();
    const recorder = recordJobEvents(core);
    const corpus = await core.openSample({ sampleId: CORPUS_SAMPLE });
    const { jobId } = await core.trainWordEmbedder({
      corpus: { kind: 'dataset', datasetId: corpus.datasetId, column: 'text' },
      algorithm: 'skipgram',
      name: 'Cancelled',
      params: { ...DEFAULT_WORD_TRAINING_PARAMS, epochs: 100 },
    });
    const cancelLater = new Promise<void>((resolve) => {
      core.onJobEvent((event) => {
        if (event.jobId === jobId && event.type === 'progress' && event.stage === 'embed') resolve();
      });
    });
    await cancelLater;
    expect(await core.cancelJob({ jobId })).toEqual({ cancelled: true });
    expect(ended(await recorder.until(jobId))?.type).toBe('cancelled');
    expect((await core.listEmbedders({})).map((info) => info.id)).not.toContain('trained:cancelled');
  });
});
