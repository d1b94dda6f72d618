/**
 * Data export in a real browser: "Export selection (CSV)" downloads exactly the selected items, each with
 * its text, label and the coordinates it has on the map (read back as the same float32).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from './chromium-path';
import { guardAppPage, openAppPage, type AppPage } from './app-page';
import { probe, type ProbePoints } from './page-helpers';

const chromiumPath = findChromium();

/** RFC 4180 rows of a CSV text (quoted fields with doubled quotes, commas and newlines), BOM removed. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i] ?? '';
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe.skipIf(chromiumPath === undefined)('data export (npm run web)', () => {
  let app: AppPage;
  let page: Page;

  beforeAll(async () => {
    app = await openAppPage(chromiumPath ?? '');
    ({ page } = app);
    await page.getByTestId('job-progress').waitFor({ state: 'detached', timeout: 60_000 });
  });

  guardAppPage(() => app);

  it('downloads the selection as CSV with exactly the selected rows, texts, labels and coordinates', async () => {
    await page.getByTestId('search-input').fill('а');
    await page.getByTestId('search-select').click();
    const selection = await probe<number[]>(page, 'getSelection');
    const points = await probe<ProbePoints>(page, 'getPoints');
    expect(selection.length).toBeGreaterThan(0);
    expect(selection.length).toBeLessThan(points.texts.length);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('selection-export').click(),
    ]);
    expect(download.suggestedFilename()).toBe('embedding-map-selection.csv');
    const rows = parseCsv(readFileSync(await download.path(), 'utf8'));
    const header = rows[0] ?? [];
    expect(header.slice(0, 2)).toEqual(['text', 'label']);
    expect(header.slice(-2)).toEqual(['x', 'y']);
    expect(rows.slice(1)).toHaveLength(selection.length);
    rows.slice(1).forEach((row, k) => {
      const index = selection[k] ?? -1;
      expect(row[0]).toBe(points.texts[index]);
      expect(row[1]).toBe(points.labels[index] ?? '');
      expect(Math.fround(Number(row.at(-2)))).toBe(points.coords[2 * index]);
      expect(Math.fround(Number(row.at(-1)))).toBe(points.coords[2 * index + 1]);
    });
    await expect
      .poll(async () => page.getByTestId('data-export-status').textContent())
      .toContain(`${selection.length} items exported`);
  });
});
