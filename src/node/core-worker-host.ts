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
 * Starts the core in a worker thread. The worker entry is the TypeScript source when running under tsx and
 * the bundled JavaScript otherwise (the entry URL is passed in by the caller, who knows which it is).
 */
export function startCoreWorker(options: {
  workerUrl: URL;
  resourcesDir?: string;
  /** Node flags for the worker; by default it inherits this process's (which carry tsx's loader under tsx). */
  execArgv?: string[];
}): CoreWorkerHost {
  let worker: Worker;
  let closing = false;
  const client = new CoreRpcClient((message) => {
    worker.postMessage(message);
  });

  const spawn = (): void => {
    worker = new Worker(options.workerUrl, {
      workerData: { resourcesDir: options.resourcesDir },
      ...(options.execArgv === undefined ? {} : { execArgv: options.execArgv }),
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
