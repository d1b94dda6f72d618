/**
 * The HTTP shape of the contract, shared by the server and tests (the renderer's web client mirrors it):
 * - `POST /api/call/<name>`: body and response are binary envelopes; the response is a {@link CallResponse}.
 * - `POST /api/host/<name>`: the same for the host calls the server implements (renderPdf).
 * - `GET /api/events`: a never-ending stream of frames, each a u32 little-endian length and an envelope
 *   holding one JobEvent.
 * Every /api request carries `Authorization: Bearer <token>`.
 */
export const API_CALL_PREFIX = '/api/call/';
/** `POST /api/host/<name>`: the host's own calls (hostCalls) the web server serves, e.g. `renderPdf`. */
export const API_HOST_PREFIX = '/api/host/';
export const API_EVENTS_PATH = '/api/events';
export const ENVELOPE_CONTENT_TYPE = 'application/x-embedding-studio-envelope';
