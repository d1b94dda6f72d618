import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Embedder } from '../../core/embedders/embedder';
import type { DownloadControl, DownloadDtype, ModelManager } from '../../core/models/model-manager';
import type { CatalogueModel, InstalledModel } from '../../shared/contract';
import { StudioError } from '../../shared/errors';
import type { CachedEmbedder } from '../embedders/cache/cached-embedder';
import { EmbeddingCache } from '../embedders/cache/embedding-cache';
import type { TransformerEmbedder } from '../embedders/transformer/transformer-embedder';
import { appDataDir } from './app-data-dir';
import { toCatalogueModel, toInstalledModelInfo } from './catalogue-models';
import { downloadModelFiles } from './download/download-model-files';
import { modelHost } from './download/model-files';
import { verifyDownloadedModel } from './download/verify-download';
import { loadCatalogue } from './extra-catalogue';
import { installDownload } from './install-download';
import { catalogueEntry, type CatalogueEntry } from './model-catalogue';
import { createModelEmbedder, createModelEmbedders, MODEL_EMBEDDER_PREFIX } from './model-embedders';
import { checkModelId } from './model-id';
import { ModelStore } from './model-store';
import { SettingsFile } from './settings-file';

type ModelEmbedder = TransformerEmbedder | CachedEmbedder;

/** What the Node model manager is built from; everything defaults to this process's environment. */
export interface NodeModelManagerOptions {
  readonly dataDir?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** The fetch used for downloads (default: the global one, looked up at each call so tests can spy on it). */
  readonly fetch?: typeof fetch;
  /** Allows downloads in this process whatever settings.json says (the CLI's --allow-downloads). */
  readonly allowDownloads?: boolean;
  /** Bytes the embedding cache may hold. */
  readonly cacheBytes?: number;
}

/**
 * The user's models on this machine: installed folders under `<data>/models`, the catalogue (built in, plus
 * EMBEDDING_STUDIO_EXTRA_CATALOGUE), the downloads switch in `<data>/settings.json`, downloads into
 * `<data>/models/.partial/<id>` that are verified and renamed into place, and one cached embedder per model.
 */
export class NodeModelManager implements ModelManager {
  readonly store: ModelStore;
  /**
   * Models shipped inside an installer for offline classrooms (`npm run dist -- --with-model`), read-only, in
   * the folder EMBEDDING_STUDIO_BUNDLED_MODELS names; a model the user installed under the same id wins.
   */
  readonly bundled: ModelStore | undefined;
  readonly settings: SettingsFile;
  readonly cache: EmbeddingCache;
  private readonly catalogue: readonly CatalogueEntry[];
  private readonly host: string;
  private readonly embedders = new Map<string, ModelEmbedder>();
  private readonly inFlight = new Set<string>();

  constructor(private readonly options: NodeModelManagerOptions = {}) {
    const dataDir = options.dataDir ?? appDataDir(options.env === undefined ? {} : { env: options.env });
    const env = options.env ?? process.env;
    this.store = ModelStore.inDataDir(dataDir);
    const bundledDir = env['EMBEDDING_STUDIO_BUNDLED_MODELS'];
    this.bundled = bundledDir === undefined || bundledDir === '' ? undefined : new ModelStore(bundledDir);
    this.settings = new SettingsFile(dataDir);
    this.cache = new EmbeddingCache(join(dataDir, 'embedding-cache'), options.cacheBytes);
    this.catalogue = loadCatalogue(env);
    this.host = modelHost(env);
  }

  /** Embedders for the models installed now (the core registers them at start). */
  installedEmbedders(): Embedder[] {
    const options = { catalogue: this.catalogue, cache: this.cache };
    const bundled = this.bundled === undefined ? [] : createModelEmbedders(this.bundled, options);
    for (const embedder of [...bundled, ...createModelEmbedders(this.store, options)]) {
      this.embedders.set(embedder.info.id, embedder);
    }
    return [...this.embedders.values()];
  }

  list(): Promise<{ installed: InstalledModel[]; catalogue: CatalogueModel[] }> {
    const own = this.store.list();
    const ownIds = new Set(own.map((model) => model.id));
    const installed = [...own, ...(this.bundled?.list() ?? []).filter((model) => !ownIds.has(model.id))];
    const ids = new Set(installed.map((model) => model.id));
    return Promise.resolve({
      installed: installed.map(toInstalledModelInfo),
      catalogue: this.catalogue.map((entry) => toCatalogueModel(entry, ids.has(entry.id))),
    });
  }

  async downloadsAllowed(): Promise<boolean> {
    return this.options.allowDownloads === true || (await this.settings.read()).downloadsAllowed;
  }

  async setDownloadsAllowed(allowed: boolean): Promise<boolean> {
    return (await this.settings.update({ downloadsAllowed: allowed })).downloadsAllowed;
  }

  async checkDownload(modelId: string, dtype: DownloadDtype): Promise<void> {
    if (!(await this.downloadsAllowed())) {
      throw new StudioError(
        'invalid-arguments',
        `Downloads are switched off, so "${modelId}" was not downloaded and nothing was sent over the network. ` +
          'Allow downloads in the Models panel (or pass --allow-downloads) first.',
        { modelId, reason: 'downloads-disallowed' },
      );
    }
    const entry = this.catalogueEntryOf(modelId);
    if (entry.sizeMb[dtype] === undefined) {
      throw new StudioError('invalid-arguments', `"${modelId}" has no ${dtype} variant.`, { modelId, dtype });
    }
    if (this.store.list().some((model) => model.id === modelId && (model.dtypes ?? []).includes(dtype))) {
      throw new StudioError('invalid-arguments', `"${modelId}" (${dtype}) is already installed.`, {
        modelId,
        dtype,
      });
    }
    if (this.inFlight.has(modelId)) {
      throw new StudioError('invalid-arguments', `"${modelId}" is already being downloaded.`, { modelId });
    }
  }

  async download(modelId: string, dtype: DownloadDtype, control: DownloadControl): Promise<Embedder> {
    await this.checkDownload(modelId, dtype);
    this.inFlight.add(modelId);
    try {
      const partialRoot = join(this.store.modelsDir, '.partial');
      const partial = join(partialRoot, checkModelId(modelId));
      const files = await downloadModelFiles({
        modelId,
        dtype,
        host: this.host,
        folder: partial,
        signal: control.signal,
        fetch: this.options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
        onProgress: (progress) => {
          control.onProgress(progress);
        },
      });
      await verifyDownloadedModel(partialRoot, modelId, partial, dtype).catch(async (error: unknown) => {
        // A damaged download is not resumable: discard it so the next attempt starts clean.
        await rm(partial, { recursive: true, force: true });
        throw error;
      });
      await this.disposeEmbedder(modelId);
      await installDownload(partial, this.store.folderOf(modelId), files);
      return this.registerInstalled(modelId);
    } finally {
      this.inFlight.delete(modelId);
    }
  }

  async remove(modelId: string): Promise<{ embedderId: string }> {
    // The ONNX session holds the weights file open; release it before the folder goes.
    await this.disposeEmbedder(modelId);
    await this.store.remove(modelId);
    return { embedderId: `${MODEL_EMBEDDER_PREFIX}${modelId}` };
  }

  private registerInstalled(modelId: string): Embedder {
    const model = this.store.list().find((candidate) => candidate.id === modelId);
    const embedder =
      model === undefined
        ? undefined
        : createModelEmbedder(this.store, model, { catalogue: this.catalogue, cache: this.cache });
    if (embedder === undefined) {
      throw new StudioError(
        'invalid-model',
        `"${modelId}" was installed but cannot be used: ${model?.problem ?? 'it is missing'}.`,
        { modelId },
      );
    }
    this.embedders.set(embedder.info.id, embedder);
    return embedder;
  }

  private async disposeEmbedder(modelId: string): Promise<void> {
    const id = `${MODEL_EMBEDDER_PREFIX}${modelId}`;
    await this.embedders.get(id)?.dispose();
    this.embedders.delete(id);
  }

  private catalogueEntryOf(modelId: string): CatalogueEntry {
    const entry = catalogueEntry(modelId, this.catalogue);
    if (entry !== undefined) return entry;
    const known = this.catalogue.map((candidate) => candidate.id).join(', ');
    throw new StudioError(
      'invalid-arguments',
      `"${modelId}" is not in the model catalogue (${known}); import other models from a folder instead.`,
      { modelId },
    );
  }
}
