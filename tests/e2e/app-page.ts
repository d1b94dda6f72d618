import { afterAll, afterEach, expect } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from './chromium-path';
import { waitForPoints } from './page-helpers';
import { startWebServerProcess, type WebServerProcess } from './web-server-process';

/** The app as an end-to-end test drives it: its server, a fresh browser page on it, and the page's errors. */
export interface AppPage {
  readonly server: WebServerProcess;
  readonly browser: Browser;
  readonly page: Page;
  /** Every console.error and uncaught page error so far; tests drain it after each case and expect none. */
  readonly consoleErrors: string[];
  close(): Promise<void>;
}

/**
 * Starts `npm run web`'s server, opens the printed URL in a fresh Chromium context (1280 CSS px wide, device
 * pixel ratio 1, English, downloads allowed) and waits for the first map, as a user would see it. `env` adds
 * to the server's environment (a data folder, a model host).
 */
export async function openAppPage(
  chromiumPath: string,
  options: { height?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<AppPage> {
  const server = await startWebServerProcess(options.env);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  const context = await browser.newContext({
    viewport: { width: 1280, height: options.height ?? 800 },
    deviceScaleFactor: 1,
    acceptDownloads: true,
    locale: 'en-US',
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`page error: ${error.message}`));
  await page.goto(server.url);
  await waitForPoints(page);
  return {
    server,
    browser,
    page,
    consoleErrors,
    close: async () => {
      await browser.close();
      await server.stop();
    },
  };
}

/**
 * The end of every browser suite's page lifecycle: after each case, the page must have logged no console
 * error (the list is drained); after the last, the app closes. Call inside the suite's `describe`, with a
 * getter for the app its `beforeAll` opened.
 */
export function guardAppPage(app: () => AppPage): void {
  afterEach(() => {
    expect(app().consoleErrors.splice(0), 'console errors in the page').toEqual([]);
  });

  afterAll(async () => {
    await app().close();
  });
}
