import type { DesktopBridge, StudioClient } from '../../../shared/contract';
import { createDesktopClient } from './desktop-client';
import { createWebClient } from './web-client';

declare global {
  interface Window {
    /** Set by the desktop app's preload (src/preload); absent in an ordinary browser. */
    readonly embeddingStudioBridge?: DesktopBridge;
  }
}

const TOKEN_STORAGE_KEY = 'embedding-studio-token';

let client: StudioClient | undefined;

/**
 * Returns the client for whichever host the renderer runs in: the preload's bridge in the desktop app,
 * or the HTTP client against the local web server in a browser.
 */
export function getStudioClient(): StudioClient {
  if (client === undefined) {
    const bridge = window.embeddingStudioBridge;
    client = bridge !== undefined ? createDesktopClient(bridge) : createWebClient(takeAccessToken());
  }
  return client;
}

/**
 * {@link getStudioClient}, or null where it cannot be made (the app shows that connection error itself, so a
 * panel without a client simply has nothing to do).
 */
export function studioClientOrNull(): StudioClient | null {
  try {
    return getStudioClient();
  } catch {
    return null;
  }
}

/**
 * The web server prints a URL with `?token=…`. Keep the token for this tab and remove it from the address
 * bar, so it does not end up in screenshots, history or bookmarks.
 */
function takeAccessToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl !== null) {
    sessionStorage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_STORAGE_KEY) ?? '';
}
