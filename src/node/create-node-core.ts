import type { Embedder } from '../core/embedders/embedder';
import { StudioCore } from '../core/studio-core';
import { FileSampleSource } from './file-sample-source';
import { NodeModelManager } from './models/node-model-manager';
import { nodeMemoryBudget } from './node-memory-budget';
import { createNodeParallelExecutor } from './parallel/node-parallel-executor';
import { findResourcesDir } from './resources-dir';

/** Where a Node core finds the user's data. */
export interface NodeCoreOptions {
  /** The app's data folder (default: EMBEDDING_STUDIO_DATA, else the platform's application-data folder). */
  readonly dataDir?: string;
  /** The environment that names the download host and an extra catalogue (default: this process's). */
  readonly env?: NodeJS.ProcessEnv;
}

/**
 * The compute core wired to this machine's bundled resources and the user's models: each installed model
 * is offered as the embedder `model:<id>` behind the persistent embedding cache, and catalogue models can
 * be downloaded once the user allows it. What every Node host runs.
 */
export function createNodeCore(resourcesDir?: string, options: NodeCoreOptions = {}): StudioCore {
  const models = new NodeModelManager({
    ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
    ...(options.env === undefined ? {} : { env: options.env }),
  });
  return new StudioCore({
    samples: new FileSampleSource(findResourcesDir(resourcesDir)),
    embedders: installedModelEmbedders(models),
    models,
    memoryBudget: nodeMemoryBudget,
    parallel: createNodeParallelExecutor(options.env),
  });
}

/** An unreadable models folder must not take the whole core down: the built-in embedders still work. */
function installedModelEmbedders(models: NodeModelManager): Embedder[] {
  try {
    return models.installedEmbedders();
  } catch (error) {
    console.warn(
      `Installed models in ${models.store.modelsDir} are unavailable: ${(error as Error).message}`,
    );
    return [];
  }
}
