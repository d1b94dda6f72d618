import { join } from 'node:path';
import { utilityProcess, type UtilityProcess } from 'electron';
import type { CoreApi, JobEventListener } from '../shared/contract';
import { CoreRpcClient } from '../core/rpc/core-rpc-client';

/** The compute core in its own utility process, restarted after a crash. */
export interface CoreProcessHost {
  readonly api: CoreApi;
  onJobEvent(listener: JobEventListener): () => void;
  close(): void;
}

/** Starts out/main/core-process.js (built from src/main/core-process.ts) in a utility process. */
export function startCoreProcess(resourcesDir: string): CoreProcessHost {
  let child: UtilityProcess;
  let closing = false;
  const client = new CoreRpcClient((message) => {
    child.postMessage(message);
  });
  const spawn = (): void => {
    child = utilityProcess.fork(join(import.meta.dirname, 'core-process.js'), [], {
      serviceName: 'Embedding Studio compute',
      env: { ...process.env, EMBEDDING_STUDIO_RESOURCES: resourcesDir },
    });
    child.on('message', (message: unknown) => {
      client.handleMessage(message);
    });
    child.on('exit', (code) => {
      if (closing) return;
      client.failAll({
        code: 'worker-crashed',
        message: `The compute process stopped unexpectedly (exit code ${code}); it has been restarted. Run the job again.`,
        params: { exitCode: code },
      });
      spawn();
    });
  };
  spawn();
  return {
    api: client.api,
    onJobEvent: (listener) => client.onJobEvent(listener),
    close: () => {
      closing = true;
      child.kill();
    },
  };
}
