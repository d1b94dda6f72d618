import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeCore } from '../../../src/node/create-node-core';
import { createModelEmbedders } from '../../../src/node/models/model-embedders';
import { ModelStore } from '../../../src/node/models/model-store';
import { buildTinyModel } from '../../support/tiny-model/build-tiny-model';
import { embedderInfoSchema } from '../../../src/shared/contract/schemas';

let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'es-data-'));
  const folder = join(dataDir, 'source', 'tiny');
  await buildTinyModel(folder);
  const store = ModelStore.inDataDir(dataDir);
  await store.importFolder(folder);
  await store.importFolder(folder, 'Xenova/multilingual-e5-small');
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('installed models as embedders', () => {
  it('registers each installed model in the Node core as model:<id>', async () => {
    const core = createNodeCore(undefined, { dataDir });
    const infos = await core.listEmbedders({});
    expect(infos.map((info) => info.id)).toEqual([
      'tfidf-svd',
      'model:Xenova/multilingual-e5-small',
      'model:tiny',
    ]);
    for (const info of infos) expect(embedderInfoSchema.safeParse(info).success).toBe(true);
    const tiny = infos.find((info) => info.id === 'model:tiny');
    expect(tiny).toMatchObject({ dimension: 32, trainsOnInput: false, needsDownload: false, languages: [] });
    expect(tiny?.description.ru).toMatch(/модель/i);
  });

  it('describes catalogue models from the catalogue and gives e5 models their query prefix', async () => {
    const [e5, tiny] = createModelEmbedders(ModelStore.inDataDir(dataDir));
    expect(e5?.info.name.en).toBe('Multilingual E5 small');
    expect(e5?.info.languages).toContain('ru');
    const ctx = { signal: new AbortController().signal, seed: 1, onProgress: () => undefined };
    const prefixed = await e5?.embed(['hello'], ctx);
    const manual = await tiny?.embed(['query: hello'], ctx);
    expect(prefixed?.data).toEqual(manual?.data);
    await Promise.all([e5?.dispose(), tiny?.dispose()]);
  });

  it('offers only the built-in embedder when no model is installed', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'es-empty-'));
    const infos = await createNodeCore(undefined, { dataDir: empty }).listEmbedders({});
    expect(infos.map((info) => info.id)).toEqual(['tfidf-svd']);
    await rm(empty, { recursive: true });
  });
});
