/**
 * Writes a tiny BERT-style model folder that transformers.js loads like a downloaded one:
 * config.json, tokenizer.json, tokenizer_config.json, onnx/model.onnx and (by default) the int8
 * onnx/model_quantized.onnx that `dtype: 'q8'` picks. Random seeded weights: same seed, same files.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encodeModel } from './onnx-proto';
import { tinyBertGraph, type TinyBertSizes } from './tiny-bert-graph';
import { tinyTokenizerConfig, tinyTokenizerJson, tinyVocabulary } from './tiny-tokenizer';

/** 32 hidden units: big enough for distinct vectors, small enough (~70 KB) to build per test run. */
export const TINY_HIDDEN_SIZE = 32;
/** 128 positions: longer inputs are truncated by the tokenizer, as real BERTs do at 512. */
export const TINY_MAX_POSITIONS = 128;

export interface TinyModelOptions {
  /** Seeds the weights (default 7). */
  readonly seed?: number;
  /** Also write onnx/model_quantized.onnx (default true). */
  readonly quantized?: boolean;
  /** Write a sentence-transformers 1_Pooling/config.json saying which pooling the model was trained with. */
  readonly pooling?: 'mean' | 'cls';
}

/** What was written, for tests that compute expected values by hand. */
export interface TinyModel {
  readonly folder: string;
  readonly sizes: TinyBertSizes;
  readonly vocabulary: readonly string[];
}

/** Builds the model into `folder` (created if missing) and returns its description. */
export async function buildTinyModel(folder: string, options: TinyModelOptions = {}): Promise<TinyModel> {
  const vocabulary = tinyVocabulary();
  const sizes: TinyBertSizes = {
    vocabSize: vocabulary.length,
    hidden: TINY_HIDDEN_SIZE,
    ffn: 2 * TINY_HIDDEN_SIZE,
    maxPositions: TINY_MAX_POSITIONS,
    typeVocabSize: 2,
  };
  const seed = options.seed ?? 7;
  await mkdir(join(folder, 'onnx'), { recursive: true });
  const json = (name: string, value: object) => writeFile(join(folder, name), JSON.stringify(value, null, 2));
  await json('config.json', {
    model_type: 'bert',
    architectures: ['BertModel'],
    hidden_size: sizes.hidden,
    num_attention_heads: 1,
    num_hidden_layers: 1,
    intermediate_size: sizes.ffn,
    vocab_size: sizes.vocabSize,
    max_position_embeddings: sizes.maxPositions,
    type_vocab_size: sizes.typeVocabSize,
    pad_token_id: 0,
    layer_norm_eps: 1e-12,
  });
  await json('tokenizer.json', tinyTokenizerJson(vocabulary));
  await json('tokenizer_config.json', tinyTokenizerConfig(sizes.maxPositions));
  await writeFile(join(folder, 'onnx', 'model.onnx'), encodeModel(tinyBertGraph(sizes, seed, 'fp32')));
  if (options.quantized ?? true) {
    await writeFile(
      join(folder, 'onnx', 'model_quantized.onnx'),
      encodeModel(tinyBertGraph(sizes, seed, 'q8')),
    );
  }
  if (options.pooling !== undefined) {
    await mkdir(join(folder, '1_Pooling'), { recursive: true });
    await json(join('1_Pooling', 'config.json'), {
      word_embedding_dimension: sizes.hidden,
      pooling_mode_cls_token: options.pooling === 'cls',
      pooling_mode_mean_tokens: options.pooling === 'mean',
    });
  }
  return { folder, sizes, vocabulary };
}
