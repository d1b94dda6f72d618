import {
  validateCallInput,
  type CoreApi,
  type CoreCallName,
  type JobEventListener,
} from '../../shared/contract';
import { toStudioErrorInfo } from '../../shared/errors';
import { isCoreCallMessage, type CoreOutgoingMessage } from './core-messages';

/** The core as a dispatcher sees it: its calls plus the job-event feed. */
export interface DispatchableCore extends CoreApi {
  onJobEvent(listener: JobEventListener): () => void;
}

/**
 * Wires a core to a message channel: validates each incoming call against the contract, runs it, and sends
 * back exactly one reply per call, plus every job event. Returns the handler for incoming messages.
 */
export function createCoreDispatcher(
  core: DispatchableCore,
  send: (message: CoreOutgoingMessage) => void,
): (message: unknown) => void {
  core.onJobEvent((event) => {
    send({ kind: 'event', event });
  });
  return (message: unknown) => {
    if (!isCoreCallMessage(message)) return;
    const { callId, method, input } = message;
    void (async () => {
      try {
        const validInput = validateCallInput(method, input);
        const handler = core[method as CoreCallName] as (input: unknown) => Promise<unknown>;
        const output = await handler.call(core, validInput);
        send({ kind: 'reply', callId, ok: true, output });
      } catch (error) {
        send({ kind: 'reply', callId, ok: false, error: toStudioErrorInfo(error) });
      }
    })();
  };
}
