import type { Embedder } from '../core/embedders/embedder';
import { StudioCore } from '../core/studio-core';
import { FileSampleSource } from './file-sample-source';
import { createModelEmbedders } from './models/model-embedders';
import { ModelStore } from './models/model-store';
import { findResourcesDir } from './resources-dir';

/** Where a Node core finds the user's data. */
export interface NodeCoreOptions {
  /** The app's data folder (default: EMBEDDING_STUDIO_DATA, else the platform's application-data folder). */
  readonly dataDir?: string;
}

/**
 * The compute core wired to this machine's bundled resources and the user's installed models (each offered
 * as the embedder `model:<id>`): what every Node host runs.
 */
export function createNodeCore(resourcesDir?: string, options: NodeCoreOptions = {}): StudioCore {
  return new StudioCore({
    samples: new FileSampleSource(findResourcesDir(resourcesDir)),
    embedders: installedModelEmbedders(ModelStore.inDataDir(options.dataDir)),
  });
}

/** An unreadable models folder must not take the whole core down: the built-in embedders still work. */
function installedModelEmbedders(store: ModelStore): Embedder[] {
  try {
    return createModelEmbedders(store);
  } catch (error) {
    console.warn(`Installed models in ${store.modelsDir} are unavailable: ${(error as Error).message}`);
    return [];
  }
}
