/**
 * The packaged renderer is served from `app://embedding-studio/…` rather than `file://`: a standard, secure
 * scheme gives the page a real origin (so `'self'` in the CSP, IndexedDB and the IPC sender check all mean
 * "our files" and nothing else on disk), and a handler we own decides which files exist.
 */
export const APP_SCHEME = 'app';

/** The one host the handler answers for; any other host under the scheme is refused. */
export const APP_HOST = 'embedding-studio';

/** The renderer's origin, as `URL.origin` spells it for a standard scheme. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The page the window opens. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
