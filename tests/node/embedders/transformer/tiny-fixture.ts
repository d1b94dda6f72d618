import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  TransformerEmbedder,
  type TransformerEmbedderOptions,
} from '../../../../src/node/embedders/transformer/transformer-embedder';
import type { EmbedContext } from '../../../../src/core/embedders/embedder';
import type { EmbedderInfo } from '../../../../src/shared/contract';
import { buildTinyModel } from '../../../support/tiny-model/build-tiny-model';

/** A models folder with `tiny` (fp32 + q8), `tiny-fp32` (fp32 only) and `tiny-cls` (declares CLS pooling). */
export async function buildTinyModels(): Promise<string> {
  const modelsDir = await mkdtemp(join(tmpdir(), 'es-models-'));
  await buildTinyModel(join(modelsDir, 'tiny'));
  await buildTinyModel(join(modelsDir, 'tiny-fp32'), { quantized: false });
  await buildTinyModel(join(modelsDir, 'tiny-cls'), { pooling: 'cls' });
  return modelsDir;
}

const INFO: EmbedderInfo = {
  id: 'model:tiny',
  name: { en: 'Tiny', ru: 'Крошечная' },
  description: { en: 'Test model', ru: 'Тестовая модель' },
  languages: ['en', 'ru'],
  dimension: 32,
  trainsOnInput: false,
  needsDownload: false,
};

/** A TransformerEmbedder on a tiny model, with one thread so parallel test files do not fight for cores. */
export function tinyEmbedder(
  modelsDir: string,
  options: Partial<Omit<TransformerEmbedderOptions, 'modelsDir'>> = {},
): TransformerEmbedder {
  return new TransformerEmbedder({ info: INFO, modelId: 'tiny', threads: 1, ...options, modelsDir });
}

/** An embed context that never cancels. */
export function context(onProgress: (fraction: number) => void = () => undefined): EmbedContext {
  return { signal: new AbortController().signal, seed: 1, onProgress };
}

/** Row `row` of a row-major matrix. */
export function rowOf(data: Float32Array, cols: number, row: number): Float32Array {
  return data.subarray(row * cols, (row + 1) * cols);
}

/** Cosine similarity of two vectors. */
export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += (a[i] ?? 0) * (b[i] ?? 0);
    aa += (a[i] ?? 0) ** 2;
    bb += (b[i] ?? 0) ** 2;
  }
  return dot / Math.sqrt(aa * bb);
}

/** Sentences of very different lengths, in both languages, so sorting by length reorders them. */
export const SENTENCES = [
  'The cat sat on the mat and the dog sat on the river bank.',
  'hello',
  'Кошка сидит на замке, и это не банк!',
  'король и королева',
  'Money in the bank.',
  'a',
  'Музыка, наука и спорт — это мир, привет миру.',
  'queen',
  'The prince plays music in the castle, and the king plays sport by the river.',
  'замок',
];
