import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { EmbedContext, Embedder, PartialEmbedding } from '../../../core/embedders/embedder';
import { toEmbeddingMatrix, type EmbeddingMatrix } from '../../../core/math/matrix-types';
import type { EmbedderInfo } from '../../../shared/contract';
import { StudioError } from '../../../shared/errors';
import {
  inspectModelFolder,
  weightsFileFor,
  type ModelDtype,
  type ModelFolderInfo,
  type Pooling,
} from '../../models/model-folder';
import { planLengthBatches, type BatchLimits } from './length-batches';
import { poolInto } from './pooling';
import { throwIfCancelled } from './throw-if-cancelled';
import { embedWordInContext } from './token-embedding';
import type { EncodedBatch, LoadedEncoder } from './transformers-adapter';

/**
 * 32 texts per batch: on CPU, throughput stops improving beyond a few dozen sentences per forward pass, and
 * progress and cancellation stay responsive (one batch of MiniLM sentences takes well under a second).
 */
export const DEFAULT_BATCH_SIZE = 32;
/** 32 × 512 characters: a full batch of paragraph-length texts, about 4,000 tokens per forward pass. */
const MAX_PADDED_CHARS = DEFAULT_BATCH_SIZE * 512;

/** How a transformer model is run. Everything but `info`, `modelsDir` and `modelId` has a sensible default. */
export interface TransformerEmbedderOptions {
  readonly info: EmbedderInfo;
  /** The folder holding the model folder (the app's models folder). */
  readonly modelsDir: string;
  /** The model folder's path under `modelsDir`. */
  readonly modelId: string;
  /** Weight precision; default q8 where the folder has `model_quantized.onnx` (fastest on CPU), else fp32. */
  readonly dtype?: ModelDtype;
  /** Default: what the folder's 1_Pooling/config.json says, else mean. */
  readonly pooling?: Pooling;
  /** Scale every vector to unit length (default true: cosine similarity is then a dot product). */
  readonly normalize?: boolean;
  /** Put before every text, e.g. e5's `query: `, which those models were trained to expect. */
  readonly textPrefix?: string;
  /** Texts per forward pass (default 32). */
  readonly batchSize?: number;
  /** onnxruntime threads (default: the machine's cores). */
  readonly threads?: number;
  /** Let transformers.js fetch missing files (default false: the network is never touched). */
  readonly allowDownloads?: boolean;
}

/** The settings in effect once the folder has been read. */
export interface ResolvedModelSettings {
  readonly dtype: ModelDtype;
  readonly pooling: Pooling;
  readonly folder: ModelFolderInfo;
}

interface LoadedModel {
  readonly encoder: LoadedEncoder;
  readonly settings: ResolvedModelSettings;
}

/**
 * A sentence encoder run by transformers.js on onnxruntime-node: texts sorted by length into bounded
 * batches, pooled (mean or CLS) and optionally normalised, returned in input order. The model loads on the
 * first `embed` and stays loaded; progress is reported and cancellation checked between batches.
 */
export class TransformerEmbedder implements Embedder {
  readonly info: EmbedderInfo;
  private readonly options: TransformerEmbedderOptions;
  private loading: Promise<LoadedModel> | undefined;
  private passes = 0;

  constructor(options: TransformerEmbedderOptions) {
    this.info = options.info;
    this.options = options;
  }

  /** The model's folder. */
  get folder(): string {
    return join(this.options.modelsDir, this.options.modelId);
  }

  /** Forward passes run so far (one per batch): lets tests and benchmarks see what a cache saved. */
  get forwardPasses(): number {
    return this.passes;
  }

  /**
   * Everything that decides this embedder's vectors besides the text, read from the folder without loading
   * the model: the persistent cache keys its entries by it.
   */
  identity(): { modelId: string; dtype: ModelDtype; pooling: Pooling; normalize: boolean; prefix: string } {
    const info = inspectModelFolder(this.folder);
    return {
      modelId: this.options.modelId,
      dtype: this.options.dtype ?? defaultDtype(info.dtypes),
      pooling: this.options.pooling ?? info.pooling ?? 'mean',
      normalize: this.options.normalize ?? true,
      prefix: this.options.textPrefix ?? '',
    };
  }

  /** Loads the model (once) and says which dtype and pooling it runs with. */
  async settings(): Promise<ResolvedModelSettings> {
    return (await this.load()).settings;
  }

  async embed(texts: readonly string[], context: EmbedContext): Promise<EmbeddingMatrix> {
    const { encoder, settings } = await this.load();
    const width = settings.folder.dimension;
    const out = new Float32Array(texts.length * width);
    const prefix = this.options.textPrefix ?? '';
    let done = 0;
    for (const batch of planLengthBatches(texts, this.batchLimits())) {
      throwIfCancelled(context.signal);
      const encoded = await encoder.encode(
        batch.map((index) => prefix + (texts[index] ?? '')),
        settings.folder.maxTokens,
      );
      this.checkBatch(encoded, width);
      poolInto(encoded, settings.pooling, this.options.normalize ?? true, out, (b) => batch[b] ?? 0);
      done += batch.length;
      context.onProgress(done / texts.length);
    }
    throwIfCancelled(context.signal);
    return toEmbeddingMatrix(out, texts.length, width);
  }

  /**
   * The contextual vector of `word` in each text that contains it: its sub-word tokens' hidden states at its
   * first occurrence, mean-pooled and normalised like the sentence vectors (see {@link embedWordInContext}).
   */
  async embedTokens(
    texts: readonly string[],
    word: string,
    context: EmbedContext,
  ): Promise<PartialEmbedding> {
    const { encoder, settings } = await this.load();
    const width = settings.folder.dimension;
    return embedWordInContext(
      {
        encoder,
        maxTokens: settings.folder.maxTokens,
        width,
        limits: this.batchLimits(),
        prefix: this.options.textPrefix ?? '',
        normalize: this.options.normalize ?? true,
        onBatch: (encoded) => {
          this.checkBatch(encoded, width);
        },
      },
      texts,
      word,
      context,
    );
  }

  /** Releases the ONNX session; the next `embed` loads the model again. */
  async dispose(): Promise<void> {
    const loading = this.loading;
    this.loading = undefined;
    if (loading !== undefined) await (await loading.catch(() => undefined))?.encoder.dispose();
  }

  private batchLimits(): BatchLimits {
    return { maxItems: this.options.batchSize ?? DEFAULT_BATCH_SIZE, maxPaddedChars: MAX_PADDED_CHARS };
  }

  /** Counts the forward pass and checks its width against config.json (a mismatch is a broken folder). */
  private checkBatch(encoded: EncodedBatch, width: number): void {
    this.passes++;
    if (encoded.width !== width) {
      throw new StudioError(
        'invalid-model',
        `The model in ${this.folder} gives ${encoded.width}-d vectors, but its config.json says ${width}.`,
        { folder: this.folder },
      );
    }
  }

  private load(): Promise<LoadedModel> {
    this.loading ??= this.loadNow();
    // A failed load (a missing file the user may fix) is retried on the next call, not cached.
    this.loading.catch(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  private async loadNow(): Promise<LoadedModel> {
    const folder = this.folder;
    if (!existsSync(join(folder, 'config.json')) && this.options.allowDownloads !== true) {
      throw new StudioError(
        'invalid-model',
        `The model "${this.options.modelId}" is not installed: ${folder} has no config.json. ` +
          'Import its folder with "embedding-studio models add --from-folder DIR".',
        { folder, missing: 'config.json' },
      );
    }
    const info = inspectModelFolder(folder);
    const dtype = this.options.dtype ?? defaultDtype(info.dtypes);
    if (!info.dtypes.includes(dtype) && this.options.allowDownloads !== true) {
      throw new StudioError(
        'invalid-model',
        `The model in ${folder} has no ${dtype} weights (${weightsFileFor(dtype)}); it has: ${info.dtypes.join(', ') || 'none'}.`,
        { folder, missing: weightsFileFor(dtype) },
      );
    }
    const settings: ResolvedModelSettings = {
      dtype,
      pooling: this.options.pooling ?? info.pooling ?? 'mean',
      folder: info,
    };
    // Imported on first use: transformers.js and onnxruntime take about a second to load, which every CLI
    // command and core start would otherwise pay even when no model is used.
    const { loadEncoder } = await import('./transformers-adapter');
    const encoder = await loadEncoder(
      {
        modelsDir: this.options.modelsDir,
        modelId: this.options.modelId,
        dtype: settings.dtype,
        threads: this.options.threads ?? availableParallelism(),
        allowDownloads: this.options.allowDownloads ?? false,
      },
      folder,
    );
    return { encoder, settings };
  }
}

/** q8 where the folder ships it (about 4× smaller and faster on CPU), else fp32, else whatever there is. */
function defaultDtype(available: readonly ModelDtype[]): ModelDtype {
  if (available.includes('q8')) return 'q8';
  if (available.includes('fp32')) return 'fp32';
  return available[0] ?? 'fp32';
}
