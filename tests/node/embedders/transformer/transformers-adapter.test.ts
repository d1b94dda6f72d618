import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { env } from '@huggingface/transformers';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { StudioError } from '../../../../src/shared/errors';
import { buildTinyModels, context, tinyEmbedder } from './tiny-fixture';

let modelsDir: string;
const fetchSpy = vi.fn(() => Promise.reject(new Error('network used')));
let realFetch: typeof fetch;

beforeAll(async () => {
  modelsDir = await buildTinyModels();
});

afterAll(async () => {
  await rm(modelsDir, { recursive: true, force: true });
});

beforeEach(() => {
  realFetch = globalThis.fetch;
  globalThis.fetch = fetchSpy;
  fetchSpy.mockClear();
});

afterEach(() => {
  globalThis.fetch = realFetch;
});

describe('loading models offline', () => {
  it('loads from the models folder with remote models disabled and never fetches', async () => {
    const embedder = tinyEmbedder(modelsDir);
    const settings = await embedder.settings();
    expect(env.allowRemoteModels).toBe(false);
    expect(env.localModelPath).toBe(modelsDir);
    expect(settings.dtype).toBe('q8');
    await embedder.embed(['hello'], context());
    expect(fetchSpy).not.toHaveBeenCalled();
    await embedder.dispose();
  });

  it('picks fp32 where the folder has no quantized weights', async () => {
    const embedder = tinyEmbedder(modelsDir, { modelId: 'tiny-fp32' });
    expect((await embedder.settings()).dtype).toBe('fp32');
    await embedder.dispose();
  });

  it('names the folder when the model is not installed, without touching the network', async () => {
    const run = tinyEmbedder(modelsDir, { modelId: 'Xenova/all-MiniLM-L6-v2' }).embed(['hello'], context());
    const error = await run.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StudioError);
    expect(error).toMatchObject({ code: 'invalid-model' });
    expect((error as Error).message).toContain(join(modelsDir, 'Xenova', 'all-MiniLM-L6-v2'));
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('names the missing weights file when a dtype is not in the folder', async () => {
    const run = tinyEmbedder(modelsDir, { modelId: 'tiny-fp32', dtype: 'q8' }).embed(['hello'], context());
    await expect(run).rejects.toMatchObject({
      code: 'invalid-model',
      message: expect.stringContaining('onnx/model_quantized.onnx') as unknown,
    });
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
