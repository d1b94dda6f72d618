import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StudioError } from '../../shared/errors';

/** Weight precisions transformers.js can load, each from its own `onnx/model<suffix>.onnx` file. */
export const MODEL_DTYPES = ['fp32', 'fp16', 'q8', 'int8', 'uint8', 'q4', 'q4f16', 'bnb4'] as const;
export type ModelDtype = (typeof MODEL_DTYPES)[number];

/** File suffixes as transformers.js maps them (its DEFAULT_DTYPE_SUFFIX_MAPPING): q8 is `model_quantized.onnx`. */
const DTYPE_SUFFIX: Readonly<Record<ModelDtype, string>> = {
  fp32: '',
  fp16: '_fp16',
  q8: '_quantized',
  int8: '_int8',
  uint8: '_uint8',
  q4: '_q4',
  q4f16: '_q4f16',
  bnb4: '_bnb4',
};

/** How token vectors become one sentence vector. */
export type Pooling = 'mean' | 'cls';

/** The files a model folder cannot work without (the tokenizer config is optional for many tokenizers). */
export const REQUIRED_FILES = ['config.json', 'tokenizer.json'] as const;
/** Shown when no weights file exists: any `onnx/model*.onnx` will do. */
export const WEIGHTS_PATTERN = 'onnx/model*.onnx';

/** What a model folder holds, read from its files. */
export interface ModelFolderInfo {
  /** Width of the vectors (config.json's `hidden_size`, or `d_model`/`dim` for architectures that name it so). */
  readonly dimension: number;
  /** Precisions with a weights file, fp32 first when present. */
  readonly dtypes: readonly ModelDtype[];
  /** Positions the model was trained with: longer inputs are truncated to this many tokens. */
  readonly maxTokens: number;
  /** The pooling a sentence-transformers export declares in 1_Pooling/config.json, if any. */
  readonly pooling: Pooling | undefined;
}

/** The onnx file name for a dtype. */
export function weightsFileFor(dtype: ModelDtype): string {
  return `onnx/model${DTYPE_SUFFIX[dtype]}.onnx`;
}

/** The precisions whose weights file is present in `folder`. */
export function availableDtypes(folder: string): ModelDtype[] {
  const files = new Set(existsSync(join(folder, 'onnx')) ? readdirSync(join(folder, 'onnx')) : []);
  return MODEL_DTYPES.filter((dtype) => files.has(weightsFileFor(dtype).slice('onnx/'.length)));
}

/** The required files missing from `folder`, as relative paths or the weights pattern. */
export function missingModelFiles(folder: string): string[] {
  const missing: string[] = REQUIRED_FILES.filter((file) => !existsSync(join(folder, file)));
  if (availableDtypes(folder).length === 0) missing.push(WEIGHTS_PATTERN);
  return missing;
}

/**
 * 512 tokens: BERT's limit, used when config.json does not say, and a cap otherwise — XLM-R configs say 514
 * (two positions go to the padding offset), and attention's memory grows with the square of the length.
 */
const MAX_TOKENS = 512;

function readJson(folder: string, file: string): Record<string, unknown> {
  const path = join(folder, file);
  try {
    const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      return value as Record<string, unknown>;
    }
  } catch (error) {
    throw new StudioError('invalid-model', `${path} is not valid JSON: ${(error as Error).message}`, {
      folder,
      file,
    });
  }
  throw new StudioError('invalid-model', `${path} must hold a JSON object.`, { folder, file });
}

function positiveInteger(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

/** Reads sentence-transformers' pooling declaration: CLS wins only when it is the one mode switched on. */
function readPooling(folder: string): Pooling | undefined {
  if (!existsSync(join(folder, '1_Pooling', 'config.json'))) return undefined;
  const config = readJson(folder, join('1_Pooling', 'config.json'));
  if (config['pooling_mode_cls_token'] === true && config['pooling_mode_mean_tokens'] !== true) return 'cls';
  if (config['pooling_mode_mean_tokens'] === true) return 'mean';
  return undefined;
}

/** sentence-transformers' `max_seq_length`: the length the model was fine-tuned on (e.g. 128 for MiniLM). */
function readTrainedLength(folder: string): number | undefined {
  if (!existsSync(join(folder, 'sentence_bert_config.json'))) return undefined;
  return positiveInteger(readJson(folder, 'sentence_bert_config.json')['max_seq_length']);
}

/** Reads a folder that has every required file; throws `invalid-model` naming the file that is wrong. */
export function inspectModelFolder(folder: string): ModelFolderInfo {
  const config = readJson(folder, 'config.json');
  const dimension =
    positiveInteger(config['hidden_size']) ??
    positiveInteger(config['d_model']) ??
    positiveInteger(config['dim']);
  if (dimension === undefined) {
    throw new StudioError(
      'invalid-model',
      `${join(folder, 'config.json')} does not give the model's width (hidden_size).`,
      { folder, file: 'config.json' },
    );
  }
  return {
    dimension,
    dtypes: availableDtypes(folder),
    maxTokens: Math.min(
      positiveInteger(config['max_position_embeddings']) ?? MAX_TOKENS,
      readTrainedLength(folder) ?? MAX_TOKENS,
      MAX_TOKENS,
    ),
    pooling: readPooling(folder),
  };
}
