/**
 * The streamed import of a large data file in a real browser: a CSV just over the 32 MiB threshold chosen
 * through the file input asks keep-all or sample; a 5,000-row sample stratified by the label column reads
 * the file with a moving progress bar, keeps each label's share, previews and maps 5,000 points; a second
 * import cancelled mid-way leaves that data set (preview and map) as it was, with no error shown.
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '../../src/core/math/random';
import { guardAppPage, openAppPage, type AppPage } from './app-page';
import { findChromium } from './chromium-path';
import { probe, waitForPoints, type ProbePoints } from './page-helpers';

const chromiumPath = findChromium();
const work = mkdtempSync(join(tmpdir(), 'es-streamed-import-e2e-'));
/** 36 MiB: over the 32 MiB streaming threshold, and five 8 MiB slices, so the bar has steps in between. */
const FILE_BYTES = 36 * 1024 * 1024;
const SAMPLE_ROWS = 5_000;

const WORDS = [
  'кошка',
  'собака',
  'мышь',
  'компьютер',
  'клавиатура',
  'монитор',
  'cat',
  'dog',
  'tree',
  'river',
];

/**
 * Writes a CSV of about `targetBytes` — `id,text,label,score`, texts of 3–10 words (every tenth quoted, with a
 * comma), one of 12 labels (label k drawn 2k + 1 times as often as label 0) and a number — and returns its rows.
 */
function writeCsv(path: string, targetBytes: number): number {
  const random = createRandom(20261129);
  const file = openSync(path, 'w');
  let bytes = writeSync(file, 'id,text,label,score\n');
  let rows = 0;
  try {
    while (bytes < targetBytes) {
      const lines: string[] = [];
      for (let line = 0; line < 1000; line++, rows++) {
        const words = Array.from({ length: 3 + Math.floor(random.next() * 8) }, () => {
          return WORDS[Math.floor(random.next() * WORDS.length)] ?? '';
        });
        const text = rows % 10 === 0 ? `"${words.join(', ')}"` : words.join(' ');
        const label = Math.floor(Math.sqrt(random.next()) * 12);
        lines.push(`${rows},${text},label-${label},${random.next().toFixed(6)}\n`);
      }
      bytes += writeSync(file, lines.join(''));
    }
  } finally {
    closeSync(file);
  }
  return rows;
}

/** A count as the English UI writes it (the i18n layer formats numbers for the language). */
function english(value: number): string {
  return value.toLocaleString('en-US');
}

/** How many rows of the generated file carry each label (its third column; no text holds "label-"). */
function labelCounts(path: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of readFileSync(path, 'utf8').matchAll(/,(label-\d+),/g)) {
    const label = match[1] ?? '';
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return counts;
}

/** Records every value the import bar shows (in the page, so no step is missed between polls). */
async function recordBarValues(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { importBarValues: number[] }).importBarValues = seen;
    const note = (): void => {
      const bar = document.querySelector<HTMLProgressElement>('[data-testid="import-bar"]');
      if (bar !== null && seen[seen.length - 1] !== bar.value) seen.push(bar.value);
    };
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
}

async function barValues(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { importBarValues: number[] }).importBarValues);
}

describe.skipIf(chromiumPath === undefined)('streaming a large CSV in the browser', () => {
  let app: AppPage;
  const path = join(work, 'large-table.csv');
  let fileRows = 0;

  beforeAll(async () => {
    fileRows = writeCsv(path, FILE_BYTES);
    app = await openAppPage(chromiumPath ?? '');
  }, 120_000);

  guardAppPage(() => app);

  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it('samples 5,000 rows stratified by label with a moving bar, previews and maps them', async () => {
    const { page } = app;
    await page.getByTestId('file-input').setInputFiles(path);
    const offer = page.getByTestId('import-offer');
    await offer.waitFor({ state: 'visible' });
    expect(await offer.textContent()).toContain('large-table.csv');
    // The header's columns are offered once the head is read.
    await expect
      .poll(() => page.getByTestId('import-stratum').locator('option').allTextContents())
      .toContain('label');
    await page.getByTestId('import-stratum').selectOption('label');
    await page.getByTestId('import-sample-size').fill(String(SAMPLE_ROWS));
    await page.getByTestId('import-sample-size').blur();

    await recordBarValues(page);
    await page.getByTestId('import-sample').click();
    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ state: 'visible', timeout: 120_000 });
    expect(await summary.textContent()).toBe(
      `Kept a random sample of ${english(SAMPLE_ROWS)} of ${english(fileRows)} rows.`,
    );
    // The bar showed steps between empty and full, never going back.
    const values = await barValues(page);
    expect(values.some((value) => value > 0 && value < FILE_BYTES)).toBe(true);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    await expect.poll(() => page.getByTestId('row-count').textContent()).toContain(english(SAMPLE_ROWS));

    await page.getByTestId('method-select').selectOption('pca');
    await page.getByTestId('run-map').click();
    await waitForPoints(page, SAMPLE_ROWS);
    const points = await probe<ProbePoints>(page, 'getPoints');
    expect(points.texts).toHaveLength(SAMPLE_ROWS);
    // Stratified: each label keeps its share of the file (±1 row).
    const inFile = labelCounts(path);
    const inSample = new Map<string, number>();
    for (const label of points.labels) inSample.set(label ?? '', (inSample.get(label ?? '') ?? 0) + 1);
    expect([...inSample.keys()].sort()).toEqual([...inFile.keys()].sort());
    for (const [label, count] of inFile) {
      expect(Math.abs((inSample.get(label) ?? 0) - (SAMPLE_ROWS * count) / fileRows)).toBeLessThanOrEqual(1);
    }
  }, 300_000);

  it('cancelled mid-way, leaves the open data set, its preview and its map as they were', async () => {
    const { page } = app;
    const rowCount = await page.getByTestId('row-count').textContent();
    const before = await probe<ProbePoints>(page, 'getPoints');
    expect(before.texts).toHaveLength(SAMPLE_ROWS);

    await recordBarValues(page);
    await page.getByTestId('file-input').setInputFiles(path);
    await page.getByTestId('import-offer').waitFor({ state: 'visible' });
    await page.getByTestId('import-all').click();
    // Cancel once the first slice is in: reading has begun and is not over.
    await page.waitForFunction(() => {
      const bar = document.querySelector<HTMLProgressElement>('[data-testid="import-bar"]');
      return bar !== null && bar.value > 0;
    });
    await page.getByTestId('import-cancel').click();
    await page.getByTestId('import-progress').waitFor({ state: 'detached' });
    expect((await barValues(page)).every((value) => value < FILE_BYTES)).toBe(true);

    expect(await page.getByTestId('row-count').textContent()).toBe(rowCount);
    const after = await probe<ProbePoints>(page, 'getPoints');
    expect(after.texts).toEqual(before.texts);
    expect(after.coords).toEqual(before.coords);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.getByTestId('import-summary').count()).toBe(0);
  }, 120_000);
});
