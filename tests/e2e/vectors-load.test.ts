import { closeSync, mkdtempSync, openSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '../../src/core/math/random';
import { guardAppPage, openAppPage, type AppPage } from './app-page';
import { findChromium } from './chromium-path';
import { probe, waitForPoints } from './page-helpers';

const chromiumPath = findChromium();
const work = mkdtempSync(join(tmpdir(), 'es-vectors-load-e2e-'));
const FILE_NAME = 'random-glove.txt';
/** 100 dimensions: GloVe's common size, and ~700 bytes a line, so 30 MB is ~45,000 words. */
const DIMENSION = 100;
/** ~30 MB: four 8 MB slices, so the bar has steps between empty and full. */
const TARGET_BYTES = 30 * 1024 * 1024;
/** The words of the mapped list: the first ones of the file, and one it lacks. */
const MAPPED_WORDS = Array.from({ length: 40 }, (_unused, index) => `word${index}`);
const MISSING_WORD = 'жираф';

/** Writes a GloVe text file of seeded random vectors (4 decimals) up to TARGET_BYTES; returns its word count. */
function writeRandomGlove(path: string): number {
  const random = createRandom(20261129);
  const file = openSync(path, 'w');
  let bytes = 0;
  let words = 0;
  try {
    while (bytes < TARGET_BYTES) {
      const lines: string[] = [];
      for (let line = 0; line < 1000; line++, words++) {
        const values = Array.from({ length: DIMENSION }, () => (random.next() * 2 - 1).toFixed(4));
        lines.push(`word${words} ${values.join(' ')}\n`);
      }
      bytes += writeSync(file, lines.join(''));
    }
  } finally {
    closeSync(file);
  }
  return words;
}

/** The embedder menu as the user sees it: every option's value, and the chosen one. */
async function embedderMenu(page: Page): Promise<{ options: string[]; chosen: string }> {
  const select = page.getByTestId('embedder-select');
  return {
    options: await select
      .locator('option')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('value') ?? '')),
    chosen: await select.inputValue(),
  };
}

/** Records every value the load's progress bar shows (in the page, so no step is missed between polls). */
async function recordBarValues(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { vectorsBarValues: number[] }).vectorsBarValues = seen;
    const note = (): void => {
      const bar = document.querySelector('[data-testid="vectors-load-bar"]');
      const value = bar?.getAttribute('aria-valuenow');
      if (value !== null && value !== undefined && seen[seen.length - 1] !== Number(value))
        seen.push(Number(value));
    };
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
}

describe.skipIf(chromiumPath === undefined)('loading a big word-vector file in the browser', () => {
  let app: AppPage;
  const path = join(work, FILE_NAME);
  let wordCount = 0;

  beforeAll(async () => {
    wordCount = writeRandomGlove(path);
    app = await openAppPage(chromiumPath ?? '');
  }, 120_000);

  guardAppPage(() => app);

  it('shows progress, cancels without touching the embedders, then loads and maps a word list', async () => {
    const { page } = app;
    const before = await embedderMenu(page);
    expect(before.options).not.toContain(`vectors:${FILE_NAME}`);

    // Cancel as soon as the bar appears: the core drops the load, even in the middle of a chunk.
    await page.getByTestId('vectors-input').setInputFiles(path);
    await page.getByTestId('vectors-load-bar').waitFor({ state: 'visible' });
    await page.getByTestId('vectors-load-cancel').click();
    await page.getByTestId('vectors-load-progress').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByText('Loading word vectors…').count()).toBe(0);
    expect(await embedderMenu(page)).toEqual(before);
    expect(await page.getByRole('alert').count()).toBe(0);

    // Loaded again, to the end: the bar moves through intermediate steps and the new embedder is chosen.
    await recordBarValues(page);
    await page.getByTestId('vectors-input').setInputFiles(path);
    await expect
      .poll(() => page.getByTestId('embedder-select').inputValue(), { timeout: 60_000 })
      .toBe(`vectors:${FILE_NAME}`);
    const values = await page.evaluate(
      () => (window as unknown as { vectorsBarValues: number[] }).vectorsBarValues,
    );
    expect(values[0]).toBe(0);
    expect(values.some((value) => value > 0 && value < 100)).toBe(true);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    const after = await embedderMenu(page);
    expect(after.options).toEqual([...before.options, `vectors:${FILE_NAME}`]);
    const described = `${wordCount.toLocaleString('en-US')} words, ${DIMENSION}-d`;
    expect(await page.getByText(described).count()).toBe(1);

    // Map a word list with it: every known word becomes a point; the missing one is listed.
    await page.getByTestId('file-input').setInputFiles({
      name: 'words.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['word', ...MAPPED_WORDS, MISSING_WORD].join('\n')),
    });
    await expect.poll(() => page.getByTestId('row-count').textContent()).toMatch(/41/);
    await page.getByTestId('method-select').selectOption('pca');
    await page.getByTestId('run-map').click();
    await waitForPoints(page, MAPPED_WORDS.length);
    await expect.poll(() => page.getByTestId('unembedded').textContent()).toContain(MISSING_WORD);
    const { texts } = await probe<{ texts: string[] }>(page, 'getPoints');
    expect([...texts].sort()).toEqual([...MAPPED_WORDS].sort());
  }, 180_000);
});
