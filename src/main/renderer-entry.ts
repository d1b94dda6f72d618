import { APP_ENTRY_URL } from './app-protocol/app-origin';

/**
 * The query parameter that tells the renderer to restore the autosaved session at once, without asking:
 * the main process adds it when it reloads the window after the renderer crashed or hung.
 */
export const RECOVER_PARAMETER = 'recover';

/** The page the window loads: electron-vite's dev server while developing, else the app protocol. */
export function rendererEntryUrl(devServerUrl: string | undefined, isPackaged: boolean): string {
  return devServerUrl !== undefined && devServerUrl !== '' && !isPackaged ? devServerUrl : APP_ENTRY_URL;
}

/** The entry URL with `?recover=1` (kept alongside any query it already has). */
export function recoveryUrl(entryUrl: string): string {
  const url = new URL(entryUrl);
  url.searchParams.set(RECOVER_PARAMETER, '1');
  return url.href;
}
