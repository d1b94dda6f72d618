/**
 * Issue 8 end to end: the compute worker is killed for real while a map job runs (the web server's
 * test-only route, on only with EMBEDDING_STUDIO_TEST_HOOKS=1). The supervisor restarts it empty; the page
 * restores it without the user doing anything: the map on screen stays (same points, same coordinates),
 * the data set opened since is still previewed, a notice says the data was restored, neighbours of a point
 * work again (they need the restored embeddings) and the next map job completes.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from './chromium-path';
import {
  isolated,
  probe,
  screenPoints2d,
  waitForPoints,
  type ProbePoints,
  type ProbeView,
} from './page-helpers';
import { startWebServerProcess, type WebServerProcess } from './web-server-process';

const chromiumPath = findChromium();

/** Lines of the file opened before the kill: enough that mapping them takes seconds, so the kill lands mid-job. */
const BIG_ROWS = 12_000;

interface NeighborProbe {
  readonly mapId: string | null;
  readonly source: number;
  readonly indices: number[];
}

async function waitForIdle(page: Page): Promise<void> {
  await page.getByTestId('job-progress').waitFor({ state: 'detached', timeout: 120_000 });
}

/** The autosave's item count, read straight from IndexedDB (0 while there is none). */
function autosavedItems(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const opening = indexedDB.open('embedding-studio');
        opening.onsuccess = () => {
          const db = opening.result;
          if (!db.objectStoreNames.contains('autosave')) {
            db.close();
            resolve(0);
            return;
          }
          const get = db.transaction('autosave').objectStore('autosave').get('meta');
          get.onsuccess = () => {
            db.close();
            resolve((get.result as { items: number } | undefined)?.items ?? 0);
          };
        };
      }),
  );
}

async function killWorker(serverUrl: string): Promise<void> {
  const url = new URL(serverUrl);
  const response = await fetch(new URL('/api/__test__/kill-worker', url.origin), {
    method: 'POST',
    headers: { Authorization: `Bearer ${url.searchParams.get('token') ?? ''}` },
  });
  expect(response.status).toBe(200);
}

describe.skipIf(chromiumPath === undefined)('crash recovery (npm run web, worker killed)', () => {
  let server: WebServerProcess;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  /** Clicks an isolated point of the 2D map and returns the neighbours the panel then lists. */
  async function neighboursOfIsolatedPoint(): Promise<NeighborProbe> {
    const bounds = await probe<ProbeView>(page, 'getView');
    const source = isolated(await screenPoints2d(page), 16, bounds)[0];
    if (source === undefined) throw new Error('no isolated point to click');
    const box = await page.locator('canvas').first().boundingBox();
    if (box === null) throw new Error('no plot canvas');
    await page.mouse.click(box.x + source.x, box.y + source.y);
    await expect
      .poll(async () => (await probe<NeighborProbe>(page, 'getNeighbors')).indices.length, {
        timeout: 30_000,
      })
      .toBe(10);
    const shown = await probe<NeighborProbe>(page, 'getNeighbors');
    expect(shown.source).toBe(source.index);
    return shown;
  }

  beforeAll(async () => {
    server = await startWebServerProcess({ EMBEDDING_STUDIO_TEST_HOOKS: '1' });
    browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true });
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: 1,
      locale: 'en-US',
    });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(`page error: ${error.message}`));
    await page.goto(server.url);
    await waitForPoints(page);
    await waitForIdle(page);
  });

  afterEach(() => {
    expect(consoleErrors.splice(0), 'console errors in the page').toEqual([]);
  });

  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it('a kill mid-job keeps the map and the opened data, says so, and neighbours and the next map work', async () => {
    const before = await probe<ProbePoints>(page, 'getPoints');
    await expect.poll(() => autosavedItems(page), { timeout: 30_000 }).toBe(before.texts.length);
    const neighboursBefore = await neighboursOfIsolatedPoint();

    // A data set opened since the last map: the restore must open it again from the chosen file.
    const lines = Array.from({ length: BIG_ROWS }, (_unused, i) => `row ${i} topic${i % 17} word${i % 389}`);
    await page.getByTestId('file-input').setInputFiles({
      name: 'big.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(lines.join('\n')),
    });
    const rowCount = page.getByTestId('row-count');
    await expect.poll(() => rowCount.textContent(), { timeout: 30_000 }).toMatch(/12[,. \u00a0]?000/);
    const previewText = await rowCount.textContent();

    await page.getByTestId('run-map').click();
    await page.getByTestId('job-progress').waitFor({ state: 'visible', timeout: 30_000 });
    await killWorker(server.url);

    await page.getByTestId('core-restored-notice').waitFor({ state: 'visible', timeout: 60_000 });
    expect(await page.getByTestId('core-restored-notice').textContent()).toContain(
      'The compute engine restarted; your data was restored',
    );
    expect(await page.locator('[data-testid="error-alert"]').allTextContents()).toEqual([]);
    await waitForIdle(page);
    const after = await probe<ProbePoints>(page, 'getPoints');
    expect(after.texts).toEqual(before.texts);
    expect(after.coords.every((value, index) => Object.is(value, before.coords[index]))).toBe(true);
    expect(await rowCount.textContent()).toBe(previewText);

    // Neighbours come from the embeddings the restore brought back, under the map's new id.
    await expect
      .poll(async () => (await probe<NeighborProbe>(page, 'getNeighbors')).mapId, { timeout: 10_000 })
      .not.toBe(neighboursBefore.mapId);
    const neighboursAfter = await neighboursOfIsolatedPoint();
    expect(neighboursAfter.mapId).not.toBe(neighboursBefore.mapId);
    expect(neighboursAfter.indices).toEqual(neighboursBefore.indices);

    // "Map it" works at once on the data set opened before the crash.
    await page.getByTestId('run-map').click();
    await waitForPoints(page, BIG_ROWS);
    await waitForIdle(page);
    expect(await page.getByTestId('error-alert').count()).toBe(0);
    expect((await probe<ProbePoints>(page, 'getPoints')).texts.length).toBe(BIG_ROWS);
  });
});
