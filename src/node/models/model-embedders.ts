import type { EmbedderInfo } from '../../shared/contract';
import { TransformerEmbedder } from '../embedders/transformer/transformer-embedder';
import { catalogueEntry } from './model-catalogue';
import type { InstalledModel, ModelStore } from './model-store';

/** Embedder ids of installed models are `model:<id>`, so they never clash with built-in embedders. */
export const MODEL_EMBEDDER_PREFIX = 'model:';

/** How a model's embedder is described to the user, from the catalogue when it is a recommended model. */
export function modelEmbedderInfo(model: InstalledModel & { readonly dimension: number }): EmbedderInfo {
  const entry = catalogueEntry(model.id);
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

/**
 * One embedder per usable installed model (damaged folders are left out; `models list` shows why). Nothing
 * is loaded until a model's first `embed`, so registering many models costs only reading their configs.
 */
export function createModelEmbedders(store: ModelStore): TransformerEmbedder[] {
  return store.list().flatMap((model) => {
    if (model.problem !== undefined || model.dimension === undefined) return [];
    const prefix = catalogueEntry(model.id)?.prefixes?.query;
    return [
      new TransformerEmbedder({
        info: modelEmbedderInfo({ ...model, dimension: model.dimension }),
        modelsDir: store.modelsDir,
        modelId: model.id,
        ...(prefix === undefined ? {} : { textPrefix: prefix }),
      }),
    ];
  });
}
