import { parentPort } from 'node:worker_threads';
import { runParallelTask } from '../../core/parallel/parallel-tasks';
import type { ParallelReply, ParallelRequest } from './parallel-messages';

/**
 * Worker-thread entry of the parallel pool: runs core tasks over the row ranges it is sent, reading and
 * writing the shared arrays in place (the SIMD kernel is bound to the shared memory in this thread). The
 * task code is the core's, so a worker computes exactly what the in-process executor would.
 */
if (parentPort === null) throw new Error('parallel-worker must run as a worker thread.');
const port = parentPort;

port.on('message', (request: ParallelRequest) => {
  let reply: ParallelReply;
  try {
    runParallelTask(request.task, request.input, request.start, request.end);
    reply = { id: request.id };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
