/**
 * Autosave and recovery in a real browser against the real server: the finished map and its view are
 * autosaved to IndexedDB; a reload with ?recover=1 (how Electron reloads a crashed renderer) shows the same
 * points at bit-identical coordinates, with the same colouring, selection and camera; a second window while
 * the first is still open (its session never closed) is asked whether to restore.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from './chromium-path';
import { guardAppPage, openAppPage, type AppPage } from './app-page';
import { probe, type ProbePoints, type ProbeView } from './page-helpers';

const chromiumPath = findChromium();

async function waitForIdle(page: Page): Promise<void> {
  await page.getByTestId('job-progress').waitFor({ state: 'detached', timeout: 60_000 });
}

/** The autosave's metadata record, read straight from IndexedDB (null while there is none). */
async function autosaveMeta(page: Page): Promise<{ savedAt: number; items: number } | null> {
  return page.evaluate(
    () =>
      new Promise<{ savedAt: number; items: number } | null>((resolve) => {
        const opening = indexedDB.open('embedding-studio');
        opening.onsuccess = () => {
          const db = opening.result;
          if (!db.objectStoreNames.contains('autosave')) {
            db.close();
            resolve(null);
            return;
          }
          const get = db.transaction('autosave').objectStore('autosave').get('meta');
          get.onsuccess = () => {
            db.close();
            resolve((get.result as { savedAt: number; items: number } | undefined) ?? null);
          };
        };
      }),
  );
}

describe.skipIf(chromiumPath === undefined)('autosave and recovery (npm run web)', () => {
  let app: AppPage;
  let page: Page;

  beforeAll(async () => {
    app = await openAppPage(chromiumPath ?? '');
    ({ page } = app);
    await waitForIdle(page);
  });

  guardAppPage(() => app);

  it('restores the autosaved map, colouring, selection and camera after a reload with ?recover=1', async () => {
    const before = await probe<ProbePoints>(page, 'getPoints');
    await page.getByTestId('color-by').selectOption('uniform');
    await page.getByTestId('search-input').fill('о');
    await page.getByTestId('search-select').click();
    const selection = await probe<number[]>(page, 'getSelection');
    expect(selection.length).toBeGreaterThan(0);
    // Pan the 2D view, so the camera differs from the fitted one a fresh map gets.
    const canvas = page.locator('canvas').first();
    const box = await canvas.boundingBox();
    if (box === null) throw new Error('no plot canvas');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 + 40, { steps: 4 });
    await page.mouse.up();
    const view = await probe<ProbeView>(page, 'getView');
    const startedAt = Date.now();
    // The view changes are saved 2 s after the last one.
    await expect
      .poll(async () => (await autosaveMeta(page))?.savedAt ?? 0, { timeout: 20_000 })
      .toBeGreaterThan(startedAt);
    expect((await autosaveMeta(page))?.items).toBe(before.texts.length);

    const url = new URL(page.url());
    url.searchParams.set('recover', '1');
    await page.goto(url.toString());
    await expect
      .poll(async () => (await probe<number[]>(page, 'getSelection').catch(() => [])).length, {
        timeout: 60_000,
      })
      .toBe(selection.length);
    await waitForIdle(page);
    const restored = await probe<ProbePoints>(page, 'getPoints');
    expect(restored.texts).toEqual(before.texts);
    expect(restored.coords.every((value, index) => Object.is(value, before.coords[index]))).toBe(true);
    expect(await probe<number[]>(page, 'getSelection')).toEqual(selection);
    expect(await page.getByTestId('color-by').inputValue()).toBe('uniform');
    const restoredView = await probe<ProbeView>(page, 'getView');
    expect(restoredView.left).toBeCloseTo(view.left, 6);
    expect(restoredView.top).toBeCloseTo(view.top, 6);
    expect(await page.getByTestId('recovery-prompt').count()).toBe(0);
  });

  it('asks a second window (the first never closed) whether to restore, and Discard empties the slot', async () => {
    const second = await page.context().newPage();
    try {
      await second.goto(page.url().replace(/([?&])recover=1&?/, '$1'));
      const prompt = second.getByTestId('recovery-prompt');
      await prompt.waitFor({ state: 'visible', timeout: 30_000 });
      const count = (await probe<ProbePoints>(page, 'getPoints')).texts.length;
      expect(await prompt.textContent()).toContain(`${count} items`);
      await second.getByTestId('recovery-discard').click();
      await prompt.waitFor({ state: 'detached' });
    } finally {
      await second.close();
    }
  });
});
