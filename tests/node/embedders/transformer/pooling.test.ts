import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { poolInto, poolSpanInto } from '../../../../src/node/embedders/transformer/pooling';
import {
  loadEncoder,
  type EncodedBatch,
} from '../../../../src/node/embedders/transformer/transformers-adapter';
import { buildTinyModels, context, cosine, rowOf, SENTENCES, tinyEmbedder } from './tiny-fixture';

let modelsDir: string;

beforeAll(async () => {
  modelsDir = await buildTinyModels();
});

afterAll(async () => {
  await rm(modelsDir, { recursive: true, force: true });
});

/** Straightforward pooling of text `b`, written independently of `poolInto`. */
function manualPool(encoded: EncodedBatch, b: number, pooling: 'mean' | 'cls'): number[] {
  const { hidden, mask, tokens, width } = encoded;
  const vector = Array<number>(width).fill(0);
  const used = pooling === 'cls' ? [0] : [...Array(tokens).keys()].filter((t) => mask[b * tokens + t] === 1);
  for (const t of used) {
    for (let c = 0; c < width; c++)
      vector[c] = (vector[c] ?? 0) + (hidden[(b * tokens + t) * width + c] ?? 0);
  }
  return vector.map((value) => value / used.length);
}

describe('pooling', () => {
  it('averages only real tokens for mean, takes the first token for CLS, and normalises on request', () => {
    // Two texts of three tokens, width 2; the second text has one padded token holding junk.
    const encoded: EncodedBatch = {
      hidden: Float32Array.of(1, 2, 3, 4, 5, 6, 10, 0, 20, 0, 999, 999),
      mask: Uint8Array.of(1, 1, 1, 1, 1, 0),
      ids: Int32Array.of(2, 7, 3, 2, 8, 0),
      batch: 2,
      tokens: 3,
      width: 2,
    };
    const out = new Float32Array(4);
    poolInto(encoded, 'mean', false, out, (b) => 1 - b);
    expect([...out]).toEqual([15, 0, 3, 4]);
    poolInto(encoded, 'cls', false, out, (b) => b);
    expect([...out]).toEqual([1, 2, 10, 0]);
    poolInto(encoded, 'cls', true, out, (b) => b);
    expect([...out].map((v) => Number(v.toFixed(6)))).toEqual([0.447214, 0.894427, 1, 0]);
  });

  it('mean-pools only the tokens of a span, normalising on request', () => {
    const encoded: EncodedBatch = {
      hidden: Float32Array.of(1, 2, 3, 4, 5, 6, 10, 0, 20, 0, 999, 999),
      mask: Uint8Array.of(1, 1, 1, 1, 1, 0),
      ids: Int32Array.of(2, 7, 3, 2, 8, 0),
      batch: 2,
      tokens: 3,
      width: 2,
    };
    const out = new Float32Array(4);
    poolSpanInto(encoded, 0, { start: 1, end: 3 }, false, out, 0);
    poolSpanInto(encoded, 1, { start: 1, end: 2 }, true, out, 2);
    expect([...out]).toEqual([4, 5, 1, 0]);
  });

  it('matches a manual computation from the model’s last_hidden_state, and mean differs from CLS', async () => {
    const encoder = await loadEncoder(
      { modelsDir, modelId: 'tiny', dtype: 'fp32', threads: 1, allowDownloads: false },
      `${modelsDir}/tiny`,
    );
    const encoded = await encoder.encode(SENTENCES, 128);
    await encoder.dispose();
    const mean = tinyEmbedder(modelsDir, { dtype: 'fp32', pooling: 'mean', normalize: false });
    const cls = tinyEmbedder(modelsDir, { dtype: 'fp32', pooling: 'cls', normalize: false });
    const meanVectors = await mean.embed(SENTENCES, context());
    const clsVectors = await cls.embed(SENTENCES, context());
    for (let b = 0; b < SENTENCES.length; b++) {
      const expectedMean = Float32Array.from(manualPool(encoded, b, 'mean'));
      const expectedCls = Float32Array.from(manualPool(encoded, b, 'cls'));
      expect(cosine(rowOf(meanVectors.data, 32, b), expectedMean)).toBeGreaterThan(0.9999);
      expect(cosine(rowOf(clsVectors.data, 32, b), expectedCls)).toBeGreaterThan(0.9999);
      expect(cosine(expectedMean, expectedCls)).toBeLessThan(0.99);
    }
    await Promise.all([mean.dispose(), cls.dispose()]);
  });

  it('uses the pooling the model folder declares unless the user overrides it', async () => {
    const declared = tinyEmbedder(modelsDir, { modelId: 'tiny-cls' });
    const overridden = tinyEmbedder(modelsDir, { modelId: 'tiny-cls', pooling: 'mean' });
    const undeclared = tinyEmbedder(modelsDir);
    expect((await declared.settings()).pooling).toBe('cls');
    expect((await overridden.settings()).pooling).toBe('mean');
    expect((await undeclared.settings()).pooling).toBe('mean');
    await Promise.all([declared.dispose(), overridden.dispose(), undeclared.dispose()]);
  });
});
