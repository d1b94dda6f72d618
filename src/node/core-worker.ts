import { parentPort, workerData } from 'node:worker_threads';
import { createCoreDispatcher } from '../core/rpc/core-dispatcher';
import type { CoreOutgoingMessage } from '../core/rpc/core-messages';
import { createNodeCore } from './create-node-core';

/**
 * Worker-thread entry: hosts the compute core off the server's event loop. Coordinates are transferred,
 * not copied, when a job finishes.
 */
if (parentPort === null) throw new Error('core-worker must run as a worker thread.');
const port = parentPort;
const resourcesDir = (workerData as { resourcesDir?: string } | undefined)?.resourcesDir;

function transferablesOf(message: CoreOutgoingMessage): ArrayBuffer[] {
  if (message.kind === 'event' && message.event.type === 'done') {
    const buffer = message.event.result.coords.buffer;
    return buffer instanceof ArrayBuffer ? [buffer] : [];
  }
  return [];
}

const dispatch = createCoreDispatcher(createNodeCore(resourcesDir), (message) => {
  port.postMessage(message, transferablesOf(message));
});
port.on('message', dispatch);
