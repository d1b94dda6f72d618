import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CachedEmbedder } from '../../../../src/node/embedders/cache/cached-embedder';
import { EmbeddingCache } from '../../../../src/node/embedders/cache/embedding-cache';
import { buildTinyModels, context, SENTENCES, tinyEmbedder } from '../transformer/tiny-fixture';

let modelsDir: string;

beforeAll(async () => {
  modelsDir = await buildTinyModels();
});

/** A cached tiny embedder whose cache lives in `dir` (a fresh cache object each time, as after a restart). */
function cached(dir: string, options: Parameters<typeof tinyEmbedder>[1] = {}): CachedEmbedder {
  return new CachedEmbedder(tinyEmbedder(modelsDir, options), new EmbeddingCache(dir));
}

describe('CachedEmbedder', () => {
  it('embeds nothing the second time, across restarts, with identical vectors', async () => {
    const dir = join(modelsDir, 'cache-a');
    const first = cached(dir);
    const started = performance.now();
    const cold = await first.embed(SENTENCES, context());
    const coldMs = performance.now() - started;
    expect(first.inner.forwardPasses).toBeGreaterThan(0);
    const second = cached(dir);
    const again = performance.now();
    const warm = await second.embed(SENTENCES, context());
    const warmMs = performance.now() - again;
    expect(second.inner.forwardPasses).toBe(0);
    expect(warm.data).toEqual(cold.data);
    console.info(
      `cache: cold ${coldMs.toFixed(0)} ms, warm ${warmMs.toFixed(1)} ms for ${SENTENCES.length} texts`,
    );
    await Promise.all([first.dispose(), second.dispose()]);
  });

  it('sends only the new texts (each once) to the model and keeps input order', async () => {
    const dir = join(modelsDir, 'cache-b');
    const embedder = cached(dir, { batchSize: 1 });
    await embedder.embed(SENTENCES.slice(0, 5), context());
    const before = embedder.inner.forwardPasses;
    const mixed = ['brand new text', ...SENTENCES, 'brand new text'];
    const result = await embedder.embed(mixed, context());
    expect(embedder.inner.forwardPasses - before).toBe(6);
    const plain = await tinyEmbedder(modelsDir).embed(mixed, context());
    for (let i = 0; i < plain.data.length; i++) expect(result.data[i]).toBeCloseTo(plain.data[i] ?? NaN, 6);
    await embedder.dispose();
  });

  it('keys by every setting that changes a vector: another prefix or pooling misses', async () => {
    const dir = join(modelsDir, 'cache-c');
    await cached(dir).embed(SENTENCES, context());
    const prefixed = cached(dir, { textPrefix: 'query: ' });
    await prefixed.embed(SENTENCES, context());
    expect(prefixed.inner.forwardPasses).toBeGreaterThan(0);
    const cls = cached(dir, { pooling: 'cls' });
    await cls.embed(SENTENCES, context());
    expect(cls.inner.forwardPasses).toBeGreaterThan(0);
    expect((await readdir(dir)).length).toBe(3);
  });

  it('stays within its byte limit by evicting the least recently used segments', async () => {
    const dir = join(modelsDir, 'cache-d');
    // One segment of 10 texts × 32 floats is 12 + 320 + 1,280 bytes; the limit holds two of them.
    const cache = new EmbeddingCache(dir, 2 * 1612 + 100);
    const embedder = new CachedEmbedder(tinyEmbedder(modelsDir), cache);
    const batches = [0, 1, 2].map((batch) => SENTENCES.map((text) => `${batch} ${text}`));
    await embedder.embed(batches[0] ?? [], context());
    await new Promise((resolve) => setTimeout(resolve, 20));
    await embedder.embed(batches[1] ?? [], context());
    await new Promise((resolve) => setTimeout(resolve, 20));
    await embedder.embed(batches[0] ?? [], context()); // touches batch 0: batch 1 is now the oldest
    await new Promise((resolve) => setTimeout(resolve, 20));
    await embedder.embed(batches[2] ?? [], context());
    const passes = embedder.inner.forwardPasses;
    await embedder.embed(batches[0] ?? [], context());
    expect(embedder.inner.forwardPasses).toBe(passes);
    await embedder.embed(batches[1] ?? [], context());
    expect(embedder.inner.forwardPasses).toBeGreaterThan(passes);
    await embedder.dispose();
  });
});
