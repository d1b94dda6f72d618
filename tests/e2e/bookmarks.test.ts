/**
 * Named bookmarks in a real browser against the real server: a bookmark keeps the camera and the colouring;
 * after both change, jumping back restores the bookmarked view (probe bounds and canvas pixels); the bookmark
 * survives a project file saved, the page reloaded and the project opened again; rename and delete work.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { guardAppPage, openAppPage, type AppPage } from './app-page';
import { findChromium } from './chromium-path';
import { canvasImage, probe, waitForPoints, type ProbePoints, type ProbeView } from './page-helpers';
import type { Rgba } from './png';
import type { WebServerProcess } from './web-server-process';

const chromiumPath = findChromium();

async function waitForIdle(page: Page): Promise<void> {
  await page.getByTestId('job-progress').waitFor({ state: 'detached', timeout: 60_000 });
}

/** Share of pixels whose colour differs by more than `tolerance` in any channel. */
function differingShare(a: Rgba, b: Rgba, tolerance = 8): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differing = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    for (let c = 0; c < 3; c++) {
      if (Math.abs((a.data[i + c] ?? 0) - (b.data[i + c] ?? 0)) > tolerance) {
        differing++;
        break;
      }
    }
  }
  return differing / (a.width * a.height);
}

function expectSameView(actual: ProbeView, expected: ProbeView): void {
  const span = expected.right - expected.left;
  for (const key of ['left', 'right', 'bottom', 'top'] as const)
    expect(Math.abs(actual[key] - expected[key])).toBeLessThan(span * 1e-6);
}

describe.skipIf(chromiumPath === undefined)('bookmarks of views (npm run web)', () => {
  let app: AppPage;
  let server: WebServerProcess;
  let page: Page;

  beforeAll(async () => {
    app = await openAppPage(chromiumPath ?? '');
    ({ page, server } = app);
    await waitForIdle(page);
  });

  guardAppPage(() => app);

  /** Zooms the 2D plot with the wheel at a point of the canvas and waits for the view to change. */
  async function zoom(deltaY: number, fx: number, fy: number): Promise<void> {
    const before = await probe<ProbeView>(page, 'getView');
    const box = await page.getByTestId('plot-canvas').boundingBox();
    if (box === null) throw new Error('no canvas');
    await page.mouse.move(box.x + box.width * fx, box.y + box.height * fy);
    await page.mouse.wheel(0, deltaY);
    await expect
      .poll(async () => (await probe<ProbeView>(page, 'getView')).left !== before.left, { timeout: 10_000 })
      .toBe(true);
  }

  it('jumps back to a bookmarked camera and colouring, and keeps it through a project file', async () => {
    await page.getByTestId('sample-select').selectOption('sentences-ru-en');
    await page.getByTestId('run-map').click();
    await waitForPoints(page, 150);
    await waitForIdle(page);

    await zoom(-300, 0.4, 0.6);
    await page.getByTestId('bookmark-name').fill('Темы крупно');
    await page.getByTestId('bookmark-add').click();
    await expect.poll(async () => page.getByTestId('bookmark-item').count()).toBe(1);
    const bookmarked = await probe<ProbeView>(page, 'getView');
    const colorBy = await page.getByTestId('color-by').inputValue();
    await page.waitForTimeout(300);
    const bookmarkedImage = await canvasImage(page);

    // Change the camera and the colouring: the picture is clearly another one.
    await zoom(400, 0.7, 0.3);
    await page.getByTestId('color-by').selectOption('uniform');
    await page.waitForTimeout(300);
    expect(differingShare(await canvasImage(page), bookmarkedImage)).toBeGreaterThan(0.01);

    await page.getByRole('button', { name: 'Go to bookmark “Темы крупно”' }).click();
    await expect.poll(async () => page.getByTestId('color-by').inputValue()).toBe(colorBy);
    expectSameView(await probe<ProbeView>(page, 'getView'), bookmarked);
    await page.waitForTimeout(300);
    expect(differingShare(await canvasImage(page), bookmarkedImage)).toBeLessThan(0.002);

    // Saved in the project: reload, open the file, jump again.
    const saved = await probe<ProbePoints>(page, 'getPoints');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('save-project').click(),
    ]);
    const bytes = readFileSync(await download.path());
    await page.goto(server.url);
    await waitForPoints(page);
    await waitForIdle(page);
    await page
      .getByTestId('open-project-input')
      .setInputFiles({ name: 'embedding-map.esproj', mimeType: 'application/octet-stream', buffer: bytes });
    await expect
      .poll(async () => JSON.stringify((await probe<ProbePoints>(page, 'getPoints')).texts), {
        timeout: 60_000,
      })
      .toBe(JSON.stringify(saved.texts));
    await expect.poll(async () => page.getByTestId('bookmark-item').count(), { timeout: 20_000 }).toBe(1);
    await zoom(500, 0.2, 0.2);
    await page.getByRole('button', { name: 'Go to bookmark “Темы крупно”' }).click();
    await expect.poll(async () => page.getByTestId('color-by').inputValue()).toBe(colorBy);
    expectSameView(await probe<ProbeView>(page, 'getView'), bookmarked);
  });

  it('renames and deletes a bookmark', async () => {
    await page.getByTestId('bookmark-rename').click();
    await page.getByTestId('bookmark-rename-input').fill('  Животные и техника ');
    await page.getByTestId('bookmark-rename-save').click();
    await page.getByRole('button', { name: 'Go to bookmark “Животные и техника”' }).waitFor();
    // An unnamed bookmark gets the next free default name.
    await page.getByTestId('bookmark-add').click();
    await page.getByRole('button', { name: 'Go to bookmark “View 1”' }).waitFor();
    await page.getByRole('button', { name: 'Delete bookmark “Животные и техника”' }).click();
    await expect.poll(async () => page.getByTestId('bookmark-open').allTextContents()).toEqual(['View 1']);
  });
});
