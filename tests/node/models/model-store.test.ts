import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isModelFile } from '../../../src/node/models/copy-model-folder';
import { ModelStore } from '../../../src/node/models/model-store';
import { StudioError } from '../../../src/shared/errors';
import { buildTinyModel } from '../../support/tiny-model/build-tiny-model';

let work: string;
let source: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'es-store-'));
  source = join(work, 'downloads', 'tiny');
  await buildTinyModel(source, { pooling: 'cls' });
  // What a clone from the Hub also holds, and an import should leave behind.
  await writeFile(join(source, 'model.safetensors'), 'x'.repeat(1000));
  await mkdir(join(source, '.git'));
  await writeFile(join(source, '.git', 'HEAD'), 'ref');
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const freshStore = async (): Promise<ModelStore> => new ModelStore(await mkdtemp(join(work, 'models-')));

async function importError(store: ModelStore, folder: string): Promise<StudioError> {
  const error: unknown = await store.importFolder(folder).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(StudioError);
  return error as StudioError;
}

describe('ModelStore', () => {
  it('imports a model folder: only model files, listed with dimension, dtypes, pooling and size', async () => {
    const store = await freshStore();
    const model = await store.importFolder(source);
    expect(model).toMatchObject({ id: 'tiny', dimension: 32, dtypes: ['fp32', 'q8'], pooling: 'cls' });
    expect(model.problem).toBeUndefined();
    expect(model.sizeBytes).toBeGreaterThan(50_000);
    expect(existsSync(join(model.folder, 'onnx', 'model_quantized.onnx'))).toBe(true);
    expect(existsSync(join(model.folder, 'model.safetensors'))).toBe(false);
    expect(existsSync(join(model.folder, '.git'))).toBe(false);
    expect(store.list().map((m) => m.id)).toEqual(['tiny']);
    expect(store.has('tiny')).toBe(true);
  });

  it('imports under an owner/name id and removes the emptied owner folder', async () => {
    const store = await freshStore();
    await store.importFolder(source, 'Acme/tiny-v2');
    await store.importFolder(source, 'other');
    expect(store.list().map((m) => m.id)).toEqual(['Acme/tiny-v2', 'other']);
    await store.remove('Acme/tiny-v2');
    expect(store.list().map((m) => m.id)).toEqual(['other']);
    expect(existsSync(join(store.modelsDir, 'Acme'))).toBe(false);
    await store.remove('other');
    expect(store.list()).toEqual([]);
  });

  it('names every missing file of an incomplete folder', async () => {
    const store = await freshStore();
    const empty = await mkdtemp(join(work, 'empty-'));
    const error = await importError(store, empty);
    expect(error.code).toBe('invalid-model');
    for (const file of ['config.json', 'tokenizer.json', 'onnx/model*.onnx'])
      expect(error.message).toContain(file);
    expect(error.params).toMatchObject({
      folder: empty,
      missing: 'config.json, tokenizer.json, onnx/model*.onnx',
    });

    const noTokenizer = join(work, 'no-tokenizer');
    await buildTinyModel(noTokenizer);
    await rm(join(noTokenizer, 'tokenizer.json'));
    expect((await importError(store, noTokenizer)).params).toMatchObject({ missing: 'tokenizer.json' });
    expect(store.list()).toEqual([]);
  });

  it('rejects a missing folder, a duplicate id, a bad id and removing an unknown model', async () => {
    const store = await freshStore();
    expect((await importError(store, join(work, 'nowhere'))).message).toContain('is not a folder');
    await store.importFolder(source);
    expect((await importError(store, source)).message).toContain('already installed');
    await expect(store.importFolder(source, '../escape')).rejects.toMatchObject({
      code: 'invalid-arguments',
    });
    await expect(store.remove('ghost')).rejects.toThrow(/No model "ghost" is installed; installed: tiny/);
  });

  it('lists a folder damaged by hand with its problem instead of hiding it', async () => {
    const store = await freshStore();
    const model = await store.importFolder(source);
    await rm(join(model.folder, 'tokenizer.json'));
    expect(store.list()).toMatchObject([{ id: 'tiny', problem: 'missing tokenizer.json' }]);
  });

  it('copies configs, tokenizer files, pooling and ONNX weights only', () => {
    for (const file of ['config.json', 'vocab.txt', 'sentencepiece.bpe.model', '1_Pooling/config.json']) {
      expect(isModelFile(file), file).toBe(true);
    }
    for (const file of ['onnx/model.onnx', 'onnx/model_quantized.onnx', 'onnx/model.onnx_data']) {
      expect(isModelFile(file), file).toBe(true);
    }
    for (const file of [
      'model.safetensors',
      'pytorch_model.bin',
      '.git/HEAD',
      'onnx/decoder.onnx',
      'x/config.json',
    ]) {
      expect(isModelFile(file), file).toBe(false);
    }
  });
});
