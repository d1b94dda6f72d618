import { join } from 'node:path';
import { utilityProcess } from 'electron';
import { superviseCore, type SupervisedCore } from '../core/rpc/supervised-core';

/** The compute core in its own utility process, restarted after a crash. */
export type CoreProcessHost = SupervisedCore;

/** Starts out/main/core-process.js (built from src/main/core-process.ts) in a supervised utility process. */
export function startCoreProcess(resourcesDir: string): CoreProcessHost {
  return superviseCore(({ onMessage, onExit }) => {
    const child = utilityProcess.fork(join(import.meta.dirname, 'core-process.js'), [], {
      serviceName: 'Embedding Studio compute',
      env: {
        // Models an installer bundled for offline classrooms sit in <resources>/models (read-only).
        EMBEDDING_STUDIO_BUNDLED_MODELS: join(resourcesDir, 'models'),
        ...process.env,
        EMBEDDING_STUDIO_RESOURCES: resourcesDir,
      },
    });
    child.on('message', onMessage);
    child.on('exit', onExit);
    return {
      post: (message) => {
        child.postMessage(message);
      },
      kill: () =>
        new Promise<void>((resolve) => {
          child.once('exit', () => {
            resolve();
          });
          if (!child.kill()) resolve();
        }),
    };
  }, 'compute process');
}
