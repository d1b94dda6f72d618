/**
 * `npm run bench:models`: transformer embedding throughput on the tiny test model (built into a temporary
 * folder), the embedder's batched path (length-sorted batches of 32) against one text per forward pass, on
 * the same 2,000 sentences in the same run, plus a check that both give the same vectors; then contextual
 * token vectors against sentence vectors on the same texts (see token-throughput.ts).
 * The tiny model's q8 file dequantizes its weights inside the graph on every run, so on this fixture q8 is
 * not faster than fp32 as real dynamically quantized models are; the batched/one-at-a-time ratio is the point.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRandom } from '../../../src/core/math/random';
import { TransformerEmbedder } from '../../../src/node/embedders/transformer/transformer-embedder';
import type { ModelDtype } from '../../../src/node/models/model-folder';
import { buildTinyModel } from '../../support/tiny-model/build-tiny-model';
import { tinyVocabulary } from '../../support/tiny-model/tiny-tokenizer';
import { benchTokenThroughput, withWord } from './token-throughput';

const SENTENCES = 2_000;
/** 3–40 words: short titles to paragraph-length lines, so lengths vary as in real data sets. */
const MIN_WORDS = 3;
const MAX_WORDS = 40;
const SEED = 20240601;
/** Below this the two paths would disagree about a vector, not just about float rounding. */
const MIN_COSINE = 0.9999;

function sentences(count: number): string[] {
  const random = createRandom(SEED);
  const words = tinyVocabulary().filter((token) => /^\p{L}{2,}$/u.test(token));
  return Array.from({ length: count }, () => {
    const length = MIN_WORDS + Math.floor(random.next() * (MAX_WORDS - MIN_WORDS + 1));
    return Array.from({ length }, () => words[Math.floor(random.next() * words.length)] ?? '').join(' ');
  });
}

function embedderFor(modelsDir: string, dtype: ModelDtype, batchSize: number): TransformerEmbedder {
  const info = {
    id: 'model:tiny',
    name: { en: 'tiny', ru: 'tiny' },
    description: { en: 'tiny', ru: 'tiny' },
    languages: [],
    dimension: 32,
    trainsOnInput: false,
    needsDownload: false,
  };
  return new TransformerEmbedder({ info, modelsDir, modelId: 'tiny', dtype, batchSize });
}

async function timeEmbed(embedder: TransformerEmbedder, texts: readonly string[]) {
  const context = { signal: new AbortController().signal, seed: 1, onProgress: () => undefined };
  await embedder.embed(texts.slice(0, 8), context); // Loads the session and warms it up; not timed.
  const start = performance.now();
  const result = await embedder.embed(texts, context);
  return { result, seconds: (performance.now() - start) / 1000 };
}

function minCosine(a: Float32Array, b: Float32Array, cols: number): number {
  let worst = 1;
  for (let row = 0; row < a.length / cols; row++) {
    let dot = 0;
    for (let c = 0; c < cols; c++) dot += (a[row * cols + c] ?? 0) * (b[row * cols + c] ?? 0);
    worst = Math.min(worst, dot); // Rows are unit vectors, so the dot product is the cosine.
  }
  return worst;
}

async function benchDtype(modelsDir: string, dtype: ModelDtype, texts: readonly string[]): Promise<boolean> {
  const batchedEmbedder = embedderFor(modelsDir, dtype, 32);
  const singleEmbedder = embedderFor(modelsDir, dtype, 1);
  const batched = await timeEmbed(batchedEmbedder, texts);
  const single = await timeEmbed(singleEmbedder, texts);
  await Promise.all([batchedEmbedder.dispose(), singleEmbedder.dispose()]);
  const rate = (seconds: number) => (texts.length / seconds).toFixed(0);
  const agreement = minCosine(batched.result.data, single.result.data, 32);
  console.log(`tiny model, ${dtype}, ${texts.length} sentences of ${MIN_WORDS}–${MAX_WORDS} words`);
  console.log(
    `  batched (32, length-sorted): ${batched.seconds.toFixed(2)} s, ${rate(batched.seconds)} items/s`,
  );
  console.log(
    `  one at a time:               ${single.seconds.toFixed(2)} s, ${rate(single.seconds)} items/s`,
  );
  console.log(`  speed-up: ${(single.seconds / batched.seconds).toFixed(2)}×`);
  console.log(
    `  agreement: minimum cosine ${agreement.toFixed(6)} ${agreement >= MIN_COSINE ? 'ok' : 'MISMATCH'}`,
  );
  return agreement >= MIN_COSINE;
}

const modelsDir = await mkdtemp(join(tmpdir(), 'es-bench-models-'));
try {
  await buildTinyModel(join(modelsDir, 'tiny'));
  const texts = sentences(SENTENCES);
  console.log(`onnxruntime threads: ${availableParallelism()}`);
  let ok = true;
  for (const dtype of ['q8', 'fp32'] as const) ok = (await benchDtype(modelsDir, dtype, texts)) && ok;
  const tokenEmbedder = embedderFor(modelsDir, 'fp32', 32);
  await benchTokenThroughput(tokenEmbedder, withWord(texts, SEED));
  await tokenEmbedder.dispose();
  process.exitCode = ok ? 0 : 1;
} finally {
  await rm(modelsDir, { recursive: true, force: true });
}
