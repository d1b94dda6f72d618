import { Worker, type ResourceLimits } from 'node:worker_threads';
import { superviseCore, type SupervisedCore } from '../core/rpc/supervised-core';
import { loadableWorkerUrl } from './loadable-worker-url';

/** The compute core running in a worker thread, restarted after a crash. */
export type CoreWorkerHost = SupervisedCore;

/**
 * Starts the core in a worker thread, off the calling thread's event loop. `workerUrl` is the worker entry:
 * the TypeScript source under tsx, or a bundled JavaScript file.
 */
export function startCoreWorker(options: {
  workerUrl: URL;
  resourcesDir?: string;
  /** Caps the worker's JS heap: running out of it then ends only the worker (restarted), not the host. */
  resourceLimits?: ResourceLimits;
}): CoreWorkerHost {
  const url = loadableWorkerUrl(options.workerUrl);
  return superviseCore(({ onMessage, onExit }) => {
    const worker = new Worker(url, {
      workerData: { resourcesDir: options.resourcesDir },
      ...(options.resourceLimits === undefined ? {} : { resourceLimits: options.resourceLimits }),
    });
    worker.on('message', onMessage);
    worker.on('error', (error) => {
      console.warn(`[core] worker error: ${error.message}`);
    });
    worker.on('exit', onExit);
    return {
      post: (message) => {
        worker.postMessage(message);
      },
      kill: async () => {
        await worker.terminate();
      },
    };
  }, 'compute worker');
}
