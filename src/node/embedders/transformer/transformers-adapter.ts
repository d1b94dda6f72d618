/**
 * The one file that talks to transformers.js. Its types are loose (tensors of `any`, models typed as callables
 * of `any`), so everything that leaves this file is a plain typed value: token vectors as a Float32Array and
 * the attention mask as bytes.
 */
import {
  AutoModel,
  AutoTokenizer,
  env,
  LogLevel,
  Tensor,
  type PreTrainedTokenizer,
} from '@huggingface/transformers';
import { StudioError } from '../../../shared/errors';
import type { ModelDtype } from '../../models/model-folder';
import { isContinuationPiece } from './token-span';

/** Where and how to load a model. */
export interface EncoderSource {
  /** The folder holding `<modelId>/config.json` etc. */
  readonly modelsDir: string;
  /** The model's folder name under `modelsDir` (may contain one `/`, as in `Xenova/all-MiniLM-L6-v2`). */
  readonly modelId: string;
  readonly dtype: ModelDtype;
  /** onnxruntime's intra-op threads. */
  readonly threads: number;
  /** Whether a missing file may be fetched from the remote host; false keeps the network untouched. */
  readonly allowDownloads: boolean;
}

/**
 * One batch's output: `batch × tokens × width` vectors, the `batch × tokens` mask of real tokens, and the
 * `batch × tokens` token ids the model read (to find a word's tokens for contextual embeddings).
 */
export interface EncodedBatch {
  readonly hidden: Float32Array;
  readonly mask: Uint8Array;
  readonly ids: Int32Array;
  readonly batch: number;
  readonly tokens: number;
  readonly width: number;
}

/** A loaded tokenizer + ONNX session pair. */
export interface LoadedEncoder {
  /** Tokenises (padded to the longest text, truncated to `maxTokens`) and runs the model. */
  encode(texts: readonly string[], maxTokens: number): Promise<EncodedBatch>;
  /** The token ids of `text` alone, without special tokens ([CLS], <s>…): how a word is spelled in ids. */
  tokenIds(text: string): number[];
  /** Whether token `id` continues the word before it (WordPiece `##…`, a SentencePiece piece without `▁`). */
  isContinuation(id: number): boolean;
  /** Releases the ONNX session. */
  dispose(): Promise<void>;
}

/**
 * transformers.js reads its settings from one global `env` while a load is in flight, so loads run one at a
 * time: a second model in another folder cannot switch `localModelPath` under the first.
 */
let loadQueue: Promise<unknown> = Promise.resolve();

/** Loads tokenizer and model from `modelsDir/modelId`; a failure becomes `invalid-model` naming the folder. */
export function loadEncoder(source: EncoderSource, folder: string): Promise<LoadedEncoder> {
  const load = loadQueue.then(() => loadNow(source, folder));
  loadQueue = load.catch(() => undefined);
  return load;
}

async function loadNow(source: EncoderSource, folder: string): Promise<LoadedEncoder> {
  env.localModelPath = source.modelsDir;
  env.allowLocalModels = true;
  env.allowRemoteModels = source.allowDownloads;
  env.logLevel = LogLevel.ERROR;
  const options = { local_files_only: !source.allowDownloads };
  try {
    const tokenizer = await AutoTokenizer.from_pretrained(source.modelId, options);
    const model = await AutoModel.from_pretrained(source.modelId, {
      ...options,
      dtype: source.dtype,
      device: 'cpu',
      session_options: { intraOpNumThreads: source.threads, interOpNumThreads: 1 },
    });
    const continuation = continuationTest(tokenizer);
    return {
      encode: async (texts, maxTokens) => {
        const inputs = tokenizer([...texts], { padding: true, truncation: true, max_length: maxTokens });
        try {
          const outputs = (await model(inputs)) as Record<string, unknown>;
          return toEncodedBatch(outputs, inputs.attention_mask, inputs.input_ids);
        } catch (error) {
          throw new StudioError(
            'invalid-model',
            `The model in ${folder} failed: ${(error as Error).message}`,
            {
              folder,
            },
          );
        }
      },
      tokenIds: (text) => tokenizer.encode(text, { add_special_tokens: false }),
      isContinuation: continuation,
      dispose: async () => {
        await model.dispose();
      },
    };
  } catch (error) {
    throw new StudioError(
      'invalid-model',
      `Cannot load the model in ${folder} (${source.dtype}): ${(error as Error).message}`,
      { folder, dtype: source.dtype },
    );
  } finally {
    // Downloads are allowed for one load at most: nothing later in the process may reach the network.
    env.allowRemoteModels = false;
  }
}

/**
 * The continuation test for this tokenizer's vocabulary: WordPiece marks continuations with a prefix (`##`);
 * SentencePiece and byte-level BPE instead mark word *starts* (`▁`, `Ġ`), so there a piece that begins with
 * a letter or digit continues the word, and punctuation does not.
 */
function continuationTest(tokenizer: PreTrainedTokenizer): (id: number) => boolean {
  // `_tokenizerJSON` is the parsed tokenizer.json, typed `any` by transformers.js.
  const model = (
    tokenizer._tokenizerJSON as { model?: { type?: string; continuing_subword_prefix?: string } }
  ).model;
  const prefix = model?.type === 'WordPiece' ? (model.continuing_subword_prefix ?? '##') : null;
  const pieces: string[] = [];
  for (const [piece, id] of tokenizer.get_vocab()) pieces[id] = piece;
  return (id) => isContinuationPiece(pieces[id] ?? '', prefix);
}

function toEncodedBatch(
  outputs: Record<string, unknown>,
  attentionMask: unknown,
  inputIds: unknown,
): EncodedBatch {
  const hidden = outputs['last_hidden_state'];
  if (!(hidden instanceof Tensor) || !(hidden.data instanceof Float32Array) || hidden.dims.length !== 3) {
    throw new Error('the model has no float last_hidden_state output of shape [batch, tokens, width]');
  }
  if (!(attentionMask instanceof Tensor)) throw new Error('the tokenizer returned no attention mask');
  if (!(inputIds instanceof Tensor)) throw new Error('the tokenizer returned no input ids');
  const [batch = 0, tokens = 0, width = 0] = hidden.dims;
  const mask = Uint8Array.from(attentionMask.data as ArrayLike<bigint | number>, (value) =>
    Number(value) ? 1 : 0,
  );
  const ids = Int32Array.from(inputIds.data as ArrayLike<bigint | number>, Number);
  return { hidden: hidden.data, mask, ids, batch, tokens, width };
}
