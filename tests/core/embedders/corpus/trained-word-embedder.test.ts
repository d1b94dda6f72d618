import { describe, expect, it } from 'vitest';
import { toPartialEmbedding } from '../../../../src/core/embedders/embedder';
import { trainWordEmbedder } from '../../../../src/core/embedders/corpus/train-word-embedder';
import { trainedEmbedderId } from '../../../../src/core/embedders/corpus/trained-word-embedder';
import { uninterruptible } from '../../../../src/core/jobs/cooperation';
import { smallPlanted, TEST_PARAMS } from '../word2vec/planted-training';

describe('trainedEmbedderId', () => {
  it('slugs the name, keeping Cyrillic', () => {
    expect(trainedEmbedderId('Мой корпус: Уроки 5–6')).toBe('trained:мой-корпус-уроки-5-6');
    expect(trainedEmbedderId('  !!! ')).toBe('trained:corpus');
  });
});

describe('TrainedWordEmbedder', () => {
  it('embeds vocabulary words and lists the others as unembedded', async () => {
    const { planted } = await smallPlanted();
    const outcome = await trainWordEmbedder(
      {
        lines: planted.lines,
        origin: { name: 'Planted', algorithm: 'cbow', corpus: 'planted.txt' },
        params: TEST_PARAMS,
      },
      uninterruptible(),
      () => undefined,
    );
    const { info } = outcome.embedder;
    expect(info).toMatchObject({
      id: 'trained:planted',
      trainsOnInput: true,
      needsDownload: false,
      dimension: 32,
    });
    expect(info.name.en).toContain('CBOW');
    expect(info.description.ru).toContain('planted.txt');
    const texts = ['t0w1', 'unknown', ' T1W2 ', 'кошка'];
    const result = toPartialEmbedding(
      await outcome.embedder.embed(texts, {
        signal: new AbortController().signal,
        seed: 1,
        onProgress: () => undefined,
      }),
      texts.length,
      info.id,
    );
    expect(result.unembedded).toEqual([1, 3]);
    expect(result.vectors.rows).toBe(2);
    expect(result.vectors.cols).toBe(32);
  });

  it('leaves out words rarer than minCount', async () => {
    const outcome = await trainWordEmbedder(
      {
        lines: ['a b a b a b rare'],
        origin: { name: 'x', algorithm: 'ppmi-svd', corpus: 'x' },
        params: { ...TEST_PARAMS, minCount: 2 },
      },
      uninterruptible(),
      () => undefined,
    );
    expect(outcome.vocabulary).toBe(2);
    expect(outcome.embedder.vectors.find('rare')).toBeUndefined();
  });
});
