import { app, session, shell, type WebContents } from 'electron';
import { decideWindowOpen } from './external-links';
import type { MainLog } from './main-log';

/**
 * Electron's security checklist, applied to every web contents: no navigation away from the app, no new
 * windows (an allow-listed https link opens in the user's browser instead), no permission grants (camera,
 * notifications, …) and no permission checks passed, no webviews. Every refusal is logged.
 */
export function applySecurityPolicies(log: MainLog): void {
  session.defaultSession.setPermissionRequestHandler((contents, permission, callback) => {
    log.warn('permission', `denied a request for "${permission}" from ${contents.getURL()}`);
    callback(false);
  });
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event) => {
      log.warn('navigation', `refused navigation to ${event.url}`);
      event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      log.warn('navigation', `refused a redirect to ${event.url}`);
      event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => {
      log.warn('navigation', 'refused to attach a webview');
      event.preventDefault();
    });
    contents.setWindowOpenHandler(({ url }) => {
      const { openExternally } = decideWindowOpen(url);
      if (openExternally === undefined) {
        log.warn('navigation', `refused to open a window for ${url}`);
      } else {
        shell.openExternal(openExternally).catch((error: unknown) => {
          log.error('navigation', `could not open ${openExternally}: ${String(error)}`);
        });
      }
      return { action: 'deny' };
    });
    // The preload only ever uses `invoke` on declared channels; a `send` can only come from something else.
    contents.on('ipc-message', (_event, channel) => {
      log.warn('ipc', `refused a message on the unknown channel "${channel}"`);
    });
    contents.on('ipc-message-sync', (event, channel) => {
      log.warn('ipc', `refused a synchronous message on the unknown channel "${channel}"`);
      event.returnValue = undefined;
    });
  });
}
