import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Why a request was refused; `undefined` means it may proceed. */
export type GuardRefusal = { readonly status: 401 | 403 | 421; readonly reason: string } | undefined;

/**
 * Protects the local API from other web pages and other local users:
 * - Host must name this server on loopback (a rebinding DNS name would carry its own host name);
 * - a browser's Origin, when sent, must be this server's own origin (no CORS for anyone else);
 * - API calls must carry the per-launch token that only the person who started the server has seen.
 */
export function checkRequest(
  request: IncomingMessage,
  port: number,
  token: string,
  needsToken: boolean,
): GuardRefusal {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  const host = request.headers.host ?? '';
  if (!allowedHosts.includes(host.toLowerCase())) {
    return { status: 421, reason: `Host "${host}" is not this server.` };
  }
  const origin = request.headers.origin;
  if (origin !== undefined && !allowedHosts.some((allowed) => origin.toLowerCase() === `http://${allowed}`)) {
    return { status: 403, reason: `Requests from origin "${origin}" are not allowed.` };
  }
  if (needsToken && !hasToken(request.headers.authorization, token)) {
    return { status: 401, reason: 'Missing or wrong access token: open the URL printed by `npm run web`.' };
  }
  return undefined;
}

function hasToken(authorization: string | undefined, token: string): boolean {
  const prefix = 'Bearer ';
  if (authorization?.startsWith(prefix) !== true) return false;
  const given = Buffer.from(authorization.slice(prefix.length));
  const expected = Buffer.from(token);
  // Constant-time comparison: the token must not leak through response timing.
  return given.length === expected.length && timingSafeEqual(given, expected);
}
