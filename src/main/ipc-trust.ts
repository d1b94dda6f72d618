import { APP_ORIGIN } from './app-protocol/app-origin';

/** What the main process knows about who sent an IPC message. */
export interface IpcSenderFacts {
  /** The message came from the web contents of our main window. */
  readonly fromOurWindow: boolean;
  /** It came from that window's top frame (not an iframe, which could hold other content). */
  readonly fromMainFrame: boolean;
  /** The sending frame's URL; undefined when the frame is already gone. */
  readonly url: string | undefined;
}

/** Accepted, or refused with a reason for the log. */
export type IpcSenderVerdict =
  { readonly trusted: true } | { readonly trusted: false; readonly reason: string };

/**
 * Origins whose pages may call the core: the app protocol, plus electron-vite's dev server while developing
 * (never in a packaged build, where `devServerUrl` is ignored).
 */
export function trustedIpcOrigins(devServerUrl: string | undefined, isPackaged: boolean): string[] {
  const origins = [APP_ORIGIN];
  const dev = devServerUrl === undefined || isPackaged ? undefined : originOf(devServerUrl);
  if (dev !== undefined) origins.push(dev);
  return origins;
}

/**
 * `scheme://host[:port]` of a URL. Node's `URL.origin` is "null" for schemes it does not know (such as
 * `app:`), so it is spelled out here; undefined for anything that is not a URL.
 */
export function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.host === '' ? undefined : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return undefined;
  }
}

/**
 * Every IPC handler asks this first: the message must come from our own window's main frame, showing a page
 * of our own origin. A page that got into the window by some other way (or an iframe inside ours) is refused.
 */
export function judgeIpcSender(facts: IpcSenderFacts, origins: readonly string[]): IpcSenderVerdict {
  if (!facts.fromOurWindow) return { trusted: false, reason: 'not from the Embedding Studio window' };
  if (!facts.fromMainFrame) return { trusted: false, reason: 'from a subframe' };
  const origin = facts.url === undefined ? undefined : originOf(facts.url);
  if (origin === undefined || !origins.includes(origin)) {
    return { trusted: false, reason: `from a page of another origin (${facts.url ?? 'gone'})` };
  }
  return { trusted: true };
}
