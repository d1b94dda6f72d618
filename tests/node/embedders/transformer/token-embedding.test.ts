import { rm } from 'node:fs/promises';
import { AutoModel, AutoTokenizer, env, type Tensor } from '@huggingface/transformers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PartialEmbedding } from '../../../../src/core/embedders/embedder';
import { StudioCore } from '../../../../src/core/studio-core';
import type { TransformerEmbedder } from '../../../../src/node/embedders/transformer/transformer-embedder';
import type { MapRequest } from '../../../../src/shared/contract';
import { utf8 } from '../../../core/support/encodings';
import { expectStudioError } from '../../../core/support/expect-studio-error';
import { mapOf } from '../../../core/support/map-runner';
import { MemorySampleSource } from '../../../core/support/memory-sample-source';
import { buildTinyModels, context, cosine, rowOf, tinyEmbedder } from './tiny-fixture';

const WIDTH = 32;
let modelsDir: string;
const opened: TransformerEmbedder[] = [];
function embedderOf(options: Parameters<typeof tinyEmbedder>[1] = {}): TransformerEmbedder {
  const embedder = tinyEmbedder(modelsDir, { dtype: 'fp32', ...options });
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

/**
 * The reference: the tiny model run on `text` alone through transformers.js directly, and the unit-length
 * mean of the hidden states at the positions where `pieces` (the word's WordPiece tokens, spelled out by
 * the test) first appear, at or after token `from`, in the tokenizer's own token strings.
 */
async function referenceVector(text: string, pieces: readonly string[], from = 0): Promise<Float32Array> {
  env.localModelPath = modelsDir;
  env.allowRemoteModels = false;
  const tokenizer = await AutoTokenizer.from_pretrained('tiny', { local_files_only: true });
  const model = await AutoModel.from_pretrained('tiny', { local_files_only: true, dtype: 'fp32' });
  const tokens = tokenizer.tokenize(text);
  const at = tokens.findIndex(
    (_, start) => start >= from && pieces.every((piece, offset) => tokens[start + offset] === piece),
  );
  expect(at, `${pieces.join(' ')} in ${tokens.join(' ')}`).toBeGreaterThanOrEqual(0);
  const outputs = (await model(tokenizer([text]))) as { last_hidden_state: Tensor };
  await model.dispose();
  const hidden = outputs.last_hidden_state.data as Float32Array;
  const mean = new Float32Array(WIDTH);
  for (let t = at + 1; t <= at + pieces.length; t++) {
    // +1: position 0 is [CLS].
    for (let c = 0; c < WIDTH; c++) mean[c] = (mean[c] ?? 0) + (hidden[t * WIDTH + c] ?? 0) / pieces.length;
  }
  const norm = Math.hypot(...mean);
  return mean.map((value) => value / norm);
}

function maxDifference(a: Float32Array, b: Float32Array): number {
  return Math.max(...a.map((value, index) => Math.abs(value - (b[index] ?? Number.NaN))));
}

const TEXTS = [
  'старинный замок на холме',
  'кошка сидит на мат',
  'замок на двери',
  'The king lives in the old castles on the hill.',
  'Замок на двери',
  'замочек на двери',
];

describe('contextual token embeddings on a real ONNX session', () => {
  let zamok: PartialEmbedding;
  beforeAll(async () => {
    zamok = await embedderOf().embedTokens(TEXTS, 'замок', context());
  });

  it('gives the mean of the word’s token rows of the model’s hidden states, normalised', async () => {
    expect(zamok.unembedded).toEqual([1, 3, 5]);
    expect([zamok.vectors.rows, zamok.vectors.cols]).toEqual([3, WIDTH]);
    const castle = await embedderOf().embedTokens(TEXTS, 'castles', context());
    expect(castle.unembedded).toEqual([0, 1, 2, 4, 5]);
    const expected = await referenceVector(TEXTS[3] ?? '', ['castle', '##s']);
    expect(maxDifference(castle.vectors.data, expected)).toBeLessThan(1e-5);
    const first = await referenceVector(TEXTS[0] ?? '', ['замок']);
    expect(maxDifference(rowOf(zamok.vectors.data, WIDTH, 0), first)).toBeLessThan(1e-5);
    expect(Math.hypot(...rowOf(zamok.vectors.data, WIDTH, 1))).toBeCloseTo(1, 5);
  });

  it('gives the same word different vectors in different contexts, and the same in the same context', () => {
    const castle = rowOf(zamok.vectors.data, WIDTH, 0);
    const door = rowOf(zamok.vectors.data, WIDTH, 1);
    const doorCapitalised = rowOf(zamok.vectors.data, WIDTH, 2);
    const similarity = cosine(castle, door);
    console.log(`«замок» castle vs door context: cosine ${similarity.toFixed(4)}`);
    expect(similarity).toBeLessThan(0.999);
    // "Замок на двери" is the same context in another case: the uncased tokenizer reads it identically.
    expect(maxDifference(door, doorCapitalised)).toBeLessThan(1e-6);
  });

  it('leaves out texts without the word (or with it only inside another word), listing them', async () => {
    const none = await embedderOf().embedTokens(['кошка сидит', 'замочек'], 'замок', context());
    expect(none.vectors.rows).toBe(0);
    expect(none.unembedded).toEqual([0, 1]);
  });

  it('lists a text as unembedded when truncation to the model’s 128 tokens cut the word off', async () => {
    const long = `${Array<string>(200).fill('кот').join(' ')} замок`;
    const result = await embedderOf().embedTokens([long, 'замок на двери'], 'замок', context());
    expect(result.unembedded).toEqual([0]);
    expect(result.vectors.rows).toBe(1);
  });

  it('never takes the word from the model’s text prefix', async () => {
    const prefixed = await embedderOf({ textPrefix: 'замок: ' }).embedTokens(['a замок'], 'замок', context());
    // Tokens «замок : a замок»: the prefix's is at 0, the text's own at 3.
    const own = await referenceVector('замок: a замок', ['замок'], 3);
    const prefixes = await referenceVector('замок: a замок', ['замок']);
    expect(maxDifference(prefixed.vectors.data, own)).toBeLessThan(1e-5);
    expect(maxDifference(own, prefixes)).toBeGreaterThan(1e-3);
  });

  it('reports progress and stops when cancelled', async () => {
    const fractions: number[] = [];
    await embedderOf({ batchSize: 1 }).embedTokens(
      TEXTS,
      'замок',
      context((f) => fractions.push(f)),
    );
    expect(fractions).toEqual([1 / 3, 2 / 3, 1]);
    const controller = new AbortController();
    controller.abort();
    const run = embedderOf().embedTokens(TEXTS, 'замок', { ...context(), signal: controller.signal });
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
  });
});

describe('a token map through the core', () => {
  async function tokenRequest(core: StudioCore, embedderId: string): Promise<MapRequest> {
    const csv = ['text,label', ...TEXTS.map((text, i) => `${text},${i % 2 === 0 ? 'a' : 'b'}`)].join('\n');
    const preview = await core.openFile({ fileName: 'zamok.csv', bytes: utf8(csv) });
    return {
      datasetId: preview.datasetId,
      textColumn: 'text',
      labelColumn: 'label',
      embedderId,
      method: 'pca',
      dims: 2,
      seed: 1,
      source: { kind: 'token', word: 'замок' },
    };
  }

  it('maps one point per text containing the word and lists the others as unembedded', async () => {
    const core = new StudioCore({ samples: new MemorySampleSource({}), embedders: [embedderOf()] });
    const result = await mapOf(core, await tokenRequest(core, 'model:tiny'));
    expect(result.texts).toEqual([TEXTS[0], TEXTS[2], TEXTS[4]]);
    expect(result.unembedded).toEqual([TEXTS[1], TEXTS[3], TEXTS[5]]);
    expect(result.embeddingDimension).toBe(WIDTH);
    expect(result.coords.length).toBe(6);
    expect(result.coords.every(Number.isFinite)).toBe(true);
  });

  it('refuses an embedder without contextual vectors, naming it', async () => {
    const core = new StudioCore({ samples: new MemorySampleSource({}) });
    const request = await tokenRequest(core, 'tfidf-svd');
    const error = await expectStudioError(() => core.startMap(request), 'invalid-arguments');
    expect(error.message).toContain('tfidf-svd cannot embed a word in context');
  });
});
