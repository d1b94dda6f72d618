import type { EmbedderInfo } from '../../shared/contract';
import { CachedEmbedder } from '../embedders/cache/cached-embedder';
import type { EmbeddingCache } from '../embedders/cache/embedding-cache';
import { TransformerEmbedder } from '../embedders/transformer/transformer-embedder';
import { catalogueEntry, MODEL_CATALOGUE, type CatalogueEntry } from './model-catalogue';
import type { InstalledModel, ModelStore } from './model-store';

/** Embedder ids of installed models are `model:<id>`, so they never clash with built-in embedders. */
export const MODEL_EMBEDDER_PREFIX = 'model:';

/** How a model's embedder is described to the user, from the catalogue when it is a recommended model. */
export function modelEmbedderInfo(
  model: InstalledModel & { readonly dimension: number },
  catalogue: readonly CatalogueEntry[] = MODEL_CATALOGUE,
): EmbedderInfo {
  const entry = catalogueEntry(model.id, catalogue);
  const precision = (model.dtypes ?? []).join('/');
  return {
    id: `${MODEL_EMBEDDER_PREFIX}${model.id}`,
    name: entry?.name ?? { en: model.id, ru: model.id },
    description: entry?.description ?? {
      en: `A transformer model imported from a folder (${model.dimension}-d, ${precision}); runs on this computer.`,
      ru: `Модель-трансформер, импортированная из папки (${model.dimension} измерений, ${precision}); работает на этом компьютере.`,
    },
    // An imported model of unknown origin states no languages rather than guessing.
    languages: [...(entry?.languages ?? [])],
    dimension: model.dimension,
    trainsOnInput: false,
    needsDownload: false,
  };
}

/** What model embedders are built with besides the store. */
export interface ModelEmbedderOptions {
  readonly catalogue?: readonly CatalogueEntry[];
  /** The persistent embedding cache; without it every text reaches the model. */
  readonly cache?: EmbeddingCache;
}

/** The embedder of one usable installed model, or undefined when the folder is damaged. */
export function createModelEmbedder(
  store: ModelStore,
  model: InstalledModel,
  options: ModelEmbedderOptions = {},
): TransformerEmbedder | CachedEmbedder | undefined {
  if (model.problem !== undefined || model.dimension === undefined) return undefined;
  const prefix = catalogueEntry(model.id, options.catalogue)?.prefixes?.query;
  const embedder = new TransformerEmbedder({
    info: modelEmbedderInfo({ ...model, dimension: model.dimension }, options.catalogue),
    modelsDir: store.modelsDir,
    modelId: model.id,
    ...(prefix === undefined ? {} : { textPrefix: prefix }),
  });
  return options.cache === undefined ? embedder : new CachedEmbedder(embedder, options.cache);
}

/**
 * One embedder per usable installed model (damaged folders are left out; `models list` shows why). Nothing
 * is loaded until a model's first `embed`, so registering many models costs only reading their configs.
 */
export function createModelEmbedders(
  store: ModelStore,
  options: ModelEmbedderOptions = {},
): (TransformerEmbedder | CachedEmbedder)[] {
  return store.list().flatMap((model) => createModelEmbedder(store, model, options) ?? []);
}
