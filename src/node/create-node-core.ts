import { StudioCore } from '../core/studio-core';
import { FileSampleSource } from './file-sample-source';
import { findResourcesDir } from './resources-dir';

/** The compute core wired to this machine's bundled resources: what every Node host runs. */
export function createNodeCore(resourcesDir?: string): StudioCore {
  return new StudioCore({ samples: new FileSampleSource(findResourcesDir(resourcesDir)) });
}
