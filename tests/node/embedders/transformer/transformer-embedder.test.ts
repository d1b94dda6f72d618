import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TransformerEmbedder } from '../../../../src/node/embedders/transformer/transformer-embedder';
import { buildTinyModels, context, cosine, rowOf, SENTENCES, tinyEmbedder } from './tiny-fixture';

let modelsDir: string;
const opened: TransformerEmbedder[] = [];
/** A tiny-model embedder that is disposed after the file's tests. */
function embedderOf(options: Parameters<typeof tinyEmbedder>[1] = {}): TransformerEmbedder {
  const embedder = tinyEmbedder(modelsDir, options);
  opened.push(embedder);
  return embedder;
}

beforeAll(async () => {
  modelsDir = await buildTinyModels();
});

afterAll(async () => {
  await Promise.all(opened.map((embedder) => embedder.dispose()));
  await rm(modelsDir, { recursive: true, force: true });
});

describe('TransformerEmbedder on a real ONNX session', () => {
  it('gives one finite 32-d Float32Array row per text, unit length when normalising', async () => {
    const result = await embedderOf().embed(SENTENCES, context());
    expect(result.data).toBeInstanceOf(Float32Array);
    expect([result.rows, result.cols]).toEqual([SENTENCES.length, 32]);
    expect(result.data.every(Number.isFinite)).toBe(true);
    for (let row = 0; row < result.rows; row++) {
      expect(Math.hypot(...rowOf(result.data, 32, row))).toBeCloseTo(1, 5);
    }
    const raw = await embedderOf({ normalize: false }).embed(SENTENCES, context());
    expect(Math.abs(Math.hypot(...rowOf(raw.data, 32, 0)) - 1)).toBeGreaterThan(1e-3);
  });

  it('is deterministic across fresh loads', async () => {
    const first = await embedderOf().embed(SENTENCES, context());
    const second = await embedderOf().embed(SENTENCES, context());
    expect(second.data).toEqual(first.data);
  });

  it('gives a padded, length-sorted batch the same vectors as one text at a time, in input order', async () => {
    const batched = await embedderOf({ normalize: false, dtype: 'fp32' }).embed(SENTENCES, context());
    const single = embedderOf({ normalize: false, dtype: 'fp32', batchSize: 1 });
    let worst = 1;
    for (const [row, text] of SENTENCES.entries()) {
      const alone = await single.embed([text], context());
      worst = Math.min(worst, cosine(rowOf(batched.data, 32, row), alone.data));
    }
    console.log(`padded batch vs one at a time: worst cosine ${worst.toFixed(7)}`);
    expect(worst).toBeGreaterThanOrEqual(0.9999);
  });

  it('keeps input order whatever order the texts come in', async () => {
    const embedder = embedderOf({ dtype: 'fp32' });
    const forward = await embedder.embed(SENTENCES, context());
    const reversed = await embedder.embed([...SENTENCES].reverse(), context());
    const n = SENTENCES.length;
    for (let row = 0; row < n; row++) {
      expect(cosine(rowOf(forward.data, 32, row), rowOf(reversed.data, 32, n - 1 - row))).toBeGreaterThan(
        0.9999,
      );
    }
    // Different texts really are different vectors, so the check above could fail.
    expect(cosine(rowOf(forward.data, 32, 0), rowOf(forward.data, 32, 1))).toBeLessThan(0.99);
  });

  it('agrees between q8 and fp32 weights (cosine ≥ 0.95)', async () => {
    const q8 = embedderOf({ dtype: 'q8' });
    const fp32 = embedderOf({ dtype: 'fp32' });
    expect((await q8.settings()).dtype).toBe('q8');
    const a = await q8.embed(SENTENCES, context());
    const b = await fp32.embed(SENTENCES, context());
    const cosines = SENTENCES.map((_, row) => cosine(rowOf(a.data, 32, row), rowOf(b.data, 32, row)));
    console.log(`q8 vs fp32: minimum cosine ${Math.min(...cosines).toFixed(4)}`);
    expect(Math.min(...cosines)).toBeGreaterThanOrEqual(0.95);
    expect(a.data).not.toEqual(b.data);
  });

  it('applies the text prefix (e5 style) to every text', async () => {
    const prefixed = await embedderOf({ textPrefix: 'query: ' }).embed(['hello world'], context());
    const manual = await embedderOf().embed(['query: hello world'], context());
    const plain = await embedderOf().embed(['hello world'], context());
    expect(prefixed.data).toEqual(manual.data);
    expect(prefixed.data).not.toEqual(plain.data);
  });

  it('reports progress per batch and stops between batches when cancelled', async () => {
    const texts = Array.from({ length: 10 }, (_, i) => `${SENTENCES[i % SENTENCES.length] ?? ''} ${i}`);
    const fractions: number[] = [];
    await embedderOf({ batchSize: 3 }).embed(
      texts,
      context((f) => fractions.push(f)),
    );
    expect(fractions).toEqual([0.3, 0.6, 0.9, 1]);

    const controller = new AbortController();
    const seen: number[] = [];
    const run = embedderOf({ batchSize: 3 }).embed(texts, {
      signal: controller.signal,
      seed: 1,
      onProgress: (fraction) => {
        seen.push(fraction);
        controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
    expect(seen).toEqual([0.3]);
  });

  it('returns an empty matrix for no texts', async () => {
    const result = await embedderOf().embed([], context());
    expect([result.rows, result.cols, result.data.length]).toEqual([0, 32, 0]);
  });
});
