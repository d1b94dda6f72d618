import type { CoreApi, JobEventListener } from '../../shared/contract';
import type { CoreCallMessage } from './core-messages';
import { CoreRpcClient } from './core-rpc-client';

/** One running instance of the core in another thread or process, as the supervisor drives it. */
export interface CoreChannel {
  post(message: CoreCallMessage): void;
  /** Ends the instance; its exit is then reported through `onExit` like any other. */
  kill(): Promise<void>;
}

/** What the supervisor gives a new instance to report back through. */
export interface CoreChannelHandlers {
  readonly onMessage: (message: unknown) => void;
  readonly onExit: (exitCode: number) => void;
}

/** A core in another thread or process that is restarted whenever it dies. */
export interface SupervisedCore {
  readonly api: CoreApi;
  onJobEvent(listener: JobEventListener): () => void;
  /** Stops the core for good. */
  close(): Promise<void>;
  /** For fault-tolerance tests: ends the current instance abruptly, as a crash would. */
  crashForTesting(): Promise<void>;
}

/**
 * Runs the core through `spawn` (a worker thread, an Electron utility process, …) and supervises it: when
 * an instance dies, every waiting call and running job ends with a clear `worker-crashed` error and a new
 * instance takes the next call. `what` names the instance in that message ("compute worker").
 */
export function superviseCore(
  spawn: (handlers: CoreChannelHandlers) => CoreChannel,
  what: string,
): SupervisedCore {
  let closing = false;
  let channel: CoreChannel;
  const client = new CoreRpcClient((message) => {
    channel.post(message);
  });
  const start = (): void => {
    channel = spawn({
      onMessage: (message) => {
        client.handleMessage(message);
      },
      onExit: (exitCode) => {
        if (closing) return;
        client.failAll({
          code: 'worker-crashed',
          // Data sets, maps and loaded vectors lived in the dead instance: say so, or "run it again" would
          // only meet "no such data set".
          message:
            `The ${what} stopped unexpectedly (exit code ${exitCode}) and has been restarted; the data sets, maps ` +
            'and loaded vectors it held are gone: open the data again, then run the job again.',
          params: { exitCode },
        });
        start();
      },
    });
  };
  start();
  return {
    api: client.api,
    onJobEvent: (listener) => client.onJobEvent(listener),
    close: async () => {
      closing = true;
      await channel.kill();
    },
    crashForTesting: () => channel.kill(),
  };
}
