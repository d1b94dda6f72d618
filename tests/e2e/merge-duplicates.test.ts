/**
 * Merging duplicate texts in a real browser: a file whose rows repeat texts (one Cyrillic, one with spaces
 * around it) shows how many repeat, "Merge duplicates" opens the merged copy with a `copies` column, and the
 * map of it has one point per distinct text.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from './chromium-path';
import { guardAppPage, openAppPage, type AppPage } from './app-page';
import { probe, waitForPoints, type ProbePoints } from './page-helpers';

const chromiumPath = findChromium();

/** Six rows, two of which repeat an earlier text: "кошка" (with spaces) and "keyboard". */
const CSV = [
  'text,label',
  'кошка,animal',
  'keyboard,tech',
  'собака,animal',
  '  кошка ,pet',
  'monitor,tech',
  'keyboard,device',
].join('\n');

describe.skipIf(chromiumPath === undefined)('merge duplicate texts (npm run web)', () => {
  let app: AppPage;
  let page: Page;

  beforeAll(async () => {
    app = await openAppPage(chromiumPath ?? '');
    ({ page } = app);
    await page.getByTestId('job-progress').waitFor({ state: 'detached', timeout: 60_000 });
  });

  guardAppPage(() => app);

  it('says how many rows repeat a text, merges them into a new data set with copies, and maps one point each', async () => {
    await page.getByTestId('file-input').setInputFiles({
      name: 'pets-and-tech.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV, 'utf8'),
    });
    const rowCount = page.getByTestId('row-count');
    await expect.poll(() => rowCount.textContent(), { timeout: 30_000 }).toMatch(/\b6\b/);

    const notice = page.getByTestId('duplicate-texts-notice');
    await notice.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await notice.getAttribute('data-count')).toBe('2');
    expect(await notice.textContent()).toContain(
      "2 rows repeat an earlier row's text: they would sit on one spot of the map.",
    );
    const merge = page.getByRole('button', { name: 'Merge duplicates' });
    expect(await merge.getAttribute('data-testid')).toBe('merge-duplicates');

    await merge.click();
    await expect.poll(() => rowCount.textContent(), { timeout: 30_000 }).toMatch(/\b4\b/);
    await notice.waitFor({ state: 'detached', timeout: 10_000 });
    const headers = await page.locator('.preview th').allTextContents();
    expect(headers).toEqual(['text', 'label', 'copies']);
    const firstRow = await page.locator('.preview tbody tr').first().locator('td').allTextContents();
    expect(firstRow).toEqual(['кошка', 'animal', '2']);
    // The new column is offered like any other, and the chosen columns stayed.
    const labelOptions = await page.getByTestId('label-column').locator('option').allTextContents();
    expect(labelOptions).toContain('copies');
    expect(await page.getByTestId('text-column').inputValue()).toBe('text');
    expect(await page.getByTestId('label-column').inputValue()).toBe('label');
    expect(await page.locator('[data-testid="error-alert"]').allTextContents()).toEqual([]);

    await page.getByTestId('method-select').selectOption('pca');
    await page.getByTestId('run-map').click();
    await waitForPoints(page, 4);
    const points = await probe<ProbePoints>(page, 'getPoints');
    expect(points.texts).toEqual(['кошка', 'keyboard', 'собака', 'monitor']);
    expect(points.labels).toEqual(['animal', 'tech', 'animal', 'tech']);
  });
});
