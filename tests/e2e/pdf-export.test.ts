/**
 * PDF export in the browser build: the PDF button sends the 2D view's SVG to the web server, which prints it
 * in headless Chromium; the download is a one-page PDF of the export's size whose text holds the labels the
 * SVG export holds, Cyrillic included.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { mediaBoxes, pageCount, pdfTextRuns } from '../support/pdf-text';
import { guardAppPage, openAppPage, type AppPage } from './app-page';
import { findChromium } from './chromium-path';
import { mapTopicCsv } from './page-helpers';

const ARTIFACTS = join(resolve(import.meta.dirname, '..', '..'), 'tests', '.artifacts');
const chromiumPath = findChromium();

/** Two topics of Russian words, as a teacher's lesson has them. */
const CSV = [
  'text,topic',
  'кошка,животные',
  'собака,животные',
  'мышь,животные',
  'корова,животные',
  'компьютер,техника',
  'клавиатура,техника',
  'монитор,техника',
  'принтер,техника',
].join('\n');

async function download(page: Page, button: string, name: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByTestId(button).click(),
  ]);
  const path = join(ARTIFACTS, name);
  await file.saveAs(path);
  return readFileSync(path);
}

describe.skipIf(chromiumPath === undefined)('PDF export (npm run web)', () => {
  let app: AppPage;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    app = await openAppPage(chromiumPath ?? '');
    ({ page } = app);
    await mapTopicCsv(page, 'слова.csv', CSV, 8);
  });

  guardAppPage(() => app);

  it('downloads a one-page PDF of the SVG export’s size, with its Cyrillic labels as text', async () => {
    await page.getByTestId('export-scale').selectOption('1');
    const svg = (await download(page, 'export-svg', 'pdf-export.svg')).toString('utf8');
    const root = /<svg[^>]*\swidth="(\d+)"[^>]*\sheight="(\d+)"/.exec(svg);
    const width = Number(root?.[1]);
    const height = Number(root?.[2]);
    expect(width).toBeGreaterThan(100);
    const labels = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return [...doc.querySelectorAll('text')].map((node) => node.textContent);
    }, svg);
    const cyrillic = labels.filter((text) => /^[а-яё]+$/.test(text));
    expect(cyrillic.length).toBeGreaterThan(2);

    const pdf = new Uint8Array(await download(page, 'export-pdf', 'export.pdf'));
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(pageCount(pdf)).toBe(1);
    const [box] = mediaBoxes(pdf);
    expect(box?.[2]).toBeCloseTo(width * 0.75, 0);
    expect(box?.[3]).toBeCloseTo(height * 0.75, 0);
    const text = pdfTextRuns(pdf).join('');
    for (const label of cyrillic) expect(text).toContain(label);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'embedding-map.pdf' }).count())
      .toBe(1);
  }, 120_000);

  it('offers PDF for 2D maps only', async () => {
    expect(await page.getByTestId('export-pdf').isDisabled()).toBe(false);
    expect(await page.getByTestId('export-pdf').textContent()).toBe('Download PDF');
  });
});
