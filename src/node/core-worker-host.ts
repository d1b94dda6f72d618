import { Worker } from 'node:worker_threads';
import type { CoreApi, JobEventListener } from '../shared/contract';
import { CoreRpcClient } from '../core/rpc/core-rpc-client';

/** The compute core running in a worker thread, restarted after a crash. */
export interface CoreWorkerHost {
  readonly api: CoreApi;
  onJobEvent(listener: JobEventListener): () => void;
  /** Stops the worker for good. */
  close(): Promise<void>;
  /** For tests of fault tolerance: ends the worker abruptly, as a crash would. */
  crashForTesting(): Promise<void>;
}

/**
 * A worker entry Node can load. Node 20 does not apply tsx's `--import` hooks to a worker's own entry file,
 * so a TypeScript entry is started through a one-line ES module that registers tsx first, then imports it.
 */
function loadableWorkerUrl(entry: URL): URL {
  if (!entry.pathname.endsWith('.ts')) return entry;
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import { register } from ${JSON.stringify(tsxApi)}; register(); await import(${JSON.stringify(entry.href)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`);
}

/**
 * Starts the core in a worker thread. The worker entry is the TypeScript source when running under tsx and
 * the bundled JavaScript otherwise (the entry URL is passed in by the caller, who knows which it is).
 */
export function startCoreWorker(options: { workerUrl: URL; resourcesDir?: string }): CoreWorkerHost {
  let worker: Worker;
  let closing = false;
  const client = new CoreRpcClient((message) => {
    worker.postMessage(message);
  });

  const spawn = (): void => {
    worker = new Worker(loadableWorkerUrl(options.workerUrl), {
      workerData: { resourcesDir: options.resourcesDir },
    });
    worker.on('message', (message: unknown) => {
      client.handleMessage(message);
    });
    worker.on('error', (error) => {
      console.warn(`[core] worker error: ${error.message}`);
    });
    worker.on('exit', (code) => {
      if (closing) return;
      client.failAll({
        code: 'worker-crashed',
        message: `The compute worker stopped unexpectedly (exit code ${code}); it has been restarted. Run the job again.`,
        params: { exitCode: code },
      });
      spawn();
    });
  };
  spawn();

  return {
    api: client.api,
    onJobEvent: (listener) => client.onJobEvent(listener),
    close: async () => {
      closing = true;
      await worker.terminate();
    },
    crashForTesting: async () => {
      await worker.terminate();
    },
  };
}
