import type { StudioErrorInfo } from '../../shared/errors';
import type { JobEvent } from '../../shared/contract';

/**
 * Messages between a host (web server, Electron main) and the core running in a worker or utility process.
 * They travel by structured clone, so typed arrays arrive as typed arrays.
 */
export interface CoreCallMessage {
  readonly kind: 'call';
  readonly callId: number;
  readonly method: string;
  readonly input: unknown;
}

export type CoreReplyMessage =
  | { readonly kind: 'reply'; readonly callId: number; readonly ok: true; readonly output: unknown }
  | { readonly kind: 'reply'; readonly callId: number; readonly ok: false; readonly error: StudioErrorInfo };

export interface CoreEventMessage {
  readonly kind: 'event';
  readonly event: JobEvent;
}

/** Everything the core side sends back. */
export type CoreOutgoingMessage = CoreReplyMessage | CoreEventMessage;

/** True for a well-formed call message (anything else arriving at the core is ignored and reported). */
export function isCoreCallMessage(value: unknown): value is CoreCallMessage {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    record['kind'] === 'call' && typeof record['callId'] === 'number' && typeof record['method'] === 'string'
  );
}

/** True for a well-formed reply or event message coming back from the core. */
export function isCoreOutgoingMessage(value: unknown): value is CoreOutgoingMessage {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    (record['kind'] === 'reply' && typeof record['callId'] === 'number') ||
    (record['kind'] === 'event' && typeof record['event'] === 'object' && record['event'] !== null)
  );
}
