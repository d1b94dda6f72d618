import { describe, expect, it } from 'vitest';
import { TfidfSvdEmbedder } from '../../../../src/core/embedders/tfidf-svd/tfidf-svd-embedder';
import type { EmbeddingMatrix } from '../../../../src/core/math/matrix-types';
import { expectStudioError } from '../../support/expect-studio-error';

const embedder = new TfidfSvdEmbedder();

function embed(
  texts: readonly string[],
  seed = 1,
  signal = new AbortController().signal,
): Promise<EmbeddingMatrix> {
  return embedder.embed(texts, { signal, seed, onProgress: () => undefined });
}

function cosine(matrix: EmbeddingMatrix, a: number, b: number): number {
  let sum = 0;
  for (let c = 0; c < matrix.cols; c++)
    sum += (matrix.data[a * matrix.cols + c] ?? 0) * (matrix.data[b * matrix.cols + c] ?? 0);
  return sum;
}

const texts = [
  'the cat sat on the mat',
  'a cat and a kitten on a mat',
  'stock markets fell sharply today',
  'shares and stock prices fell',
  'the football match ended in a draw',
  'our team won the football match',
  'bake the bread in a hot oven',
  'fresh bread from the oven',
];

describe('TfidfSvdEmbedder', () => {
  it('describes itself as a download-free embedder that trains on the input', () => {
    expect(embedder.info).toMatchObject({
      id: 'tfidf-svd',
      trainsOnInput: true,
      needsDownload: false,
      dimension: 64,
    });
  });

  it('returns one unit-length row per text, at most rows − 1 dimensions', async () => {
    const matrix = await embed(texts);
    expect(matrix.rows).toBe(8);
    expect(matrix.cols).toBe(7);
    for (let row = 0; row < matrix.rows; row++) expect(cosine(matrix, row, row)).toBeCloseTo(1, 5);
  });

  it('is deterministic for a seed', async () => {
    const first = await embed(texts, 42);
    const second = await embed(texts, 42);
    expect(second.data).toEqual(first.data);
  });

  it('places texts that share words closer than unrelated ones', async () => {
    const matrix = await embed(texts);
    for (const [a, b] of [
      [0, 1],
      [2, 3],
      [4, 5],
      [6, 7],
    ] as const) {
      const related = cosine(matrix, a, b);
      for (let other = 0; other < texts.length; other++) {
        if (other === a || other === b) continue;
        expect(related, `${texts[a] ?? ''} vs ${texts[other] ?? ''}`).toBeGreaterThan(
          cosine(matrix, a, other),
        );
      }
    }
  });

  it('works on Cyrillic, matching inflected forms through character n-grams', async () => {
    const russian = [
      'кошка спит на диване',
      'кошки спят на диванах',
      'биржа упала сегодня',
      'акции на бирже упали',
    ];
    const matrix = await embed(russian);
    expect(matrix.data.every(Number.isFinite)).toBe(true);
    expect(cosine(matrix, 0, 1)).toBeGreaterThan(cosine(matrix, 0, 2));
    expect(cosine(matrix, 2, 3)).toBeGreaterThan(cosine(matrix, 1, 3));
  });

  it('reports non-decreasing progress that ends at 1', async () => {
    const seen: number[] = [];
    await embedder.embed(texts, {
      signal: new AbortController().signal,
      seed: 1,
      onProgress: (f) => seen.push(f),
    });
    expect(seen.length).toBeGreaterThan(2);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(seen.at(-1)).toBe(1);
  });

  it('yields to the event loop while it works, so a cancel sent meanwhile stops it', async () => {
    const many = Array.from(
      { length: 3000 },
      (_, i) => `${texts[i % texts.length] ?? ''} item ${i} variant ${i % 37}`,
    );
    // No wall-clock bound (those flake on a busy machine): the proof is that timers fire during the run.
    // A timer that aborts can only run if the embedder hands the event loop back before it finishes.
    let ticks = 0;
    let running = true;
    const tick = (): void => {
      ticks++;
      if (running) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    await embed(many);
    running = false;
    expect(ticks).toBeGreaterThan(3);
    const controller = new AbortController();
    const run = embedder.embed(many, {
      signal: controller.signal,
      seed: 1,
      onProgress: () => {
        setTimeout(() => {
          controller.abort();
        }, 0);
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
  });

  it('refuses texts without letters or digits, and stops when cancelled', async () => {
    await expectStudioError(() => embed(['!!!', '...', '???']), 'too-few-items');
    const controller = new AbortController();
    controller.abort();
    await expectStudioError(() => embed(texts, 1, controller.signal), 'cancelled');
  });
});
