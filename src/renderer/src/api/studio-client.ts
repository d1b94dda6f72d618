import type { StudioClient } from '../../../shared/contract';

/**
 * Returns the client for whichever host the renderer runs in: the preload's bridge in the desktop app,
 * or the HTTP client against the local web server in a browser. (Implemented by the host-integration work.)
 */
export function getStudioClient(): StudioClient {
  throw new Error('not implemented yet');
}
