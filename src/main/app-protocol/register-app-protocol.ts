import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import type { MainLog } from '../main-log';
import { APP_SCHEME } from './app-origin';
import { confineRealPath } from './confine-real-path';
import { resolveAppPath } from './resolve-app-path';
import { appResponseHeaders } from './response-headers';

/**
 * Declares `app:` a standard, secure scheme. Electron only accepts this before `app.ready`, and only once.
 * `supportFetchAPI` lets the page fetch its own assets; `corsEnabled` is deliberately left off, so nothing
 * from another origin can read the app's files.
 */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Serves the built renderer (`out/renderer`) under `app://embedding-studio/`; refusals are logged. */
export function handleAppProtocol(rendererRoot: string, log: MainLog): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      log.warn('protocol', `refused ${request.method} ${request.url}`);
      return new Response('Only GET is served.', { status: 405 });
    }
    const resolution = resolveAppPath(request.url, rendererRoot);
    if (!resolution.ok) {
      log.warn('protocol', `refused ${request.url}: ${resolution.reason}`);
      return new Response(resolution.reason, { status: resolution.status });
    }
    const confined = await confineRealPath(resolution.path, rendererRoot);
    if (!confined.ok) {
      if (confined.status === 403) log.warn('protocol', `refused ${request.url}: ${confined.reason}`);
      return new Response(confined.reason, { status: confined.status });
    }
    let body: Buffer;
    try {
      body = await readFile(confined.path);
    } catch {
      // A folder, or a file removed since the check: nothing to serve.
      return new Response('No such file in the app.', { status: 404 });
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: appResponseHeaders(resolution),
    });
  });
}
