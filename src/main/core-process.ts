import { createCoreDispatcher } from '../core/rpc/core-dispatcher';
import { createNodeCore } from '../node/create-node-core';

/**
 * Entry of the Electron utilityProcess that hosts the compute core, so embedding and reduction never block
 * the main process's event loop (which would freeze every window) nor the renderer.
 */
const parentPort = process.parentPort;
const resourcesDir = process.env['EMBEDDING_STUDIO_RESOURCES'];
const dispatch = createCoreDispatcher(createNodeCore(resourcesDir), (message) => {
  parentPort.postMessage(message);
});
parentPort.on('message', (event) => {
  dispatch(event.data);
});
