/**
 * The recent-files list in a real browser: a sample and a file opened are listed (newest first) and survive a
 * reload; the sample reopens with one click, the file says it must be picked again and offers the picker.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { guardAppPage, openAppPage, type AppPage } from './app-page';
import { findChromium } from './chromium-path';
import type { WebServerProcess } from './web-server-process';

const chromiumPath = findChromium();

describe.skipIf(chromiumPath === undefined)('recent files (npm run web)', () => {
  let app: AppPage;
  let server: WebServerProcess;
  let page: Page;

  beforeAll(async () => {
    app = await openAppPage(chromiumPath ?? '');
    ({ page, server } = app);
  });

  guardAppPage(() => app);

  it('lists what was opened across a reload, reopens a sample and asks for a file to be picked again', async () => {
    await page.getByTestId('sample-select').selectOption('sentences-ru-en');
    const csv = 'text,topic\nкошка,животные\nсобака,животные\nмонитор,техника\nклавиатура,техника\n';
    await page
      .getByTestId('file-input')
      .setInputFiles({ name: 'слова.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect
      .poll(async () => page.getByTestId('row-count').textContent(), { timeout: 30_000 })
      .toBe('Rows: 4');

    await page.goto(server.url);
    const items = page.getByTestId('recent-item');
    await page.getByTestId('recent-files').locator('summary').click();
    await expect.poll(async () => items.count()).toBe(2);
    expect(await items.nth(0).textContent()).toContain('слова.csv');
    expect(await items.nth(0).textContent()).toContain('pick “слова.csv” again');
    expect(await items.nth(1).textContent()).toContain('sentences-ru-en');
    expect(await items.nth(0).getByTestId('recent-pick-again').getAttribute('accept')).toContain('.csv');

    // Another sample is on screen after the reload; the recent entry brings the sentences back.
    await page.getByTestId('sample-select').selectOption({ index: 1 });
    await page.getByRole('button', { name: /^Open “sentences-ru-en/ }).click();
    await expect.poll(async () => page.getByTestId('sample-select').inputValue()).toBe('sentences-ru-en');
    await expect.poll(async () => page.getByTestId('row-count').textContent()).toBe('Rows: 150');
  });
});
