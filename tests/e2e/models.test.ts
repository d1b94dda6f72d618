/**
 * The Models panel end to end: a real web server (with a temporary data folder, an extra catalogue and a
 * local model host in its environment), a real Chromium, and the tiny BERT model served over HTTP from
 * 127.0.0.1. Downloads start switched off and must send nothing; switched on, the download shows byte
 * progress, installs the model, selects its embedder, and maps the sentence sample with it.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppPage } from './app-page';
import { findChromium } from './chromium-path';
import { waitForPoints } from './page-helpers';
import { tinyModelFolder } from './tiny-model-folder';
import { startModelServer, type ModelServer } from '../support/model-server/model-server';
import { TINY_MODEL_ID, writeTinyCatalogue } from '../support/model-server/tiny-catalogue';

const chromiumPath = findChromium();

const EMBEDDER_ID = `model:${TINY_MODEL_ID}`;
/** The sentence sample's size: every sentence must be mapped with the downloaded model. */
const SENTENCES = 150;
/** 30 ms between 4 KiB chunks: the ~70 KB download takes about half a second, long enough to watch. */
const CHUNK_DELAY_MS = 30;

/** Records every aria-valuenow the progress bar shows, in the page, so no short-lived value is missed. */
async function recordProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { progressSeen: number[] }).progressSeen = seen;
    new MutationObserver(() => {
      const value = document.querySelector('[data-testid="model-progress"]')?.getAttribute('aria-valuenow');
      if (value !== null && value !== undefined && seen[seen.length - 1] !== Number(value)) {
        seen.push(Number(value));
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
}

async function progressSeen(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
}

async function embedderOptions(page: Page): Promise<string[]> {
  return page
    .getByTestId('embedder-select')
    .locator('option')
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
}

describe.skipIf(chromiumPath === undefined)('the Models panel (web app, local model host)', () => {
  let models: ModelServer;
  let page: Page;
  // What beforeAll started, undone in reverse order by afterAll (however far beforeAll got).
  const cleanup: (() => Promise<void>)[] = [];
  let consoleErrors: string[] = [];

  beforeAll(async () => {
    const { temp, model, remove } = await tinyModelFolder(
      'embedding-studio-models-e2e-',
      'served',
      'tiny-bert',
    );
    cleanup.push(remove);
    models = await startModelServer({ [TINY_MODEL_ID]: model.folder });
    cleanup.push(() => models.close());
    const app = await openAppPage(chromiumPath ?? '', {
      height: 900,
      env: {
        EMBEDDING_STUDIO_MODEL_HOST: models.host,
        EMBEDDING_STUDIO_EXTRA_CATALOGUE: await writeTinyCatalogue(temp),
        EMBEDDING_STUDIO_DATA: join(temp, 'data'),
      },
    });
    cleanup.push(() => app.close());
    ({ page, consoleErrors } = app);
    await page.getByTestId('models-panel').locator('summary').click();
  });

  afterAll(async () => {
    for (const undo of cleanup.reverse()) await undo();
  });

  it('starts with downloads off, refuses to download, and sends nothing', async () => {
    const allow = page.getByTestId('allow-downloads');
    await expect.poll(() => allow.isChecked()).toBe(false);
    await expect.poll(() => allow.getAttribute('role')).toBe('switch');
    await page.getByTestId(`download-model-${TINY_MODEL_ID}`).click();
    await expect.poll(() => page.getByTestId('models-notice').textContent()).toContain('Downloads are off');
    expect(await page.getByTestId('model-progress').count()).toBe(0);
    expect(models.requests).toEqual([]);
  });

  it('downloads the model with moving byte progress, installs it and selects its embedder', async () => {
    await page.getByTestId('allow-downloads').click();
    await expect.poll(() => page.getByTestId('allow-downloads').isChecked()).toBe(true);
    models.faults.chunkDelayMs = CHUNK_DELAY_MS;
    await recordProgress(page);
    await page.getByTestId(`download-model-${TINY_MODEL_ID}`).click();
    await page.getByTestId(`installed-model-${TINY_MODEL_ID}`).waitFor({ timeout: 60_000 });
    await expect.poll(() => page.getByTestId('model-progress').count()).toBe(0);
    const seen = await progressSeen(page);
    expect(
      seen.some((value) => value > 0 && value < 100),
      `progress seen: ${seen.join(', ')}`,
    ).toBe(true);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(models.requests.some((request) => request.file.endsWith('.onnx'))).toBe(true);
    await expect.poll(() => page.getByTestId('embedder-select').inputValue()).toBe(EMBEDDER_ID);
    await expect
      .poll(() => page.getByTestId(`catalogue-model-${TINY_MODEL_ID}`).getAttribute('data-installed'))
      .toBe('true');
  });

  it('maps the sentence sample with the downloaded model', async () => {
    await page.getByTestId('sample-select').selectOption('sentences-ru-en');
    await expect.poll(() => page.getByTestId('embedder-select').inputValue()).toBe(EMBEDDER_ID);
    await page.getByTestId('run-map').click();
    await waitForPoints(page, SENTENCES);
    expect(await page.getByTestId('error-alert').count()).toBe(0);
  });

  it('removes the model after a confirmation, and its embedder leaves the list', async () => {
    await page.getByTestId(`remove-model-${TINY_MODEL_ID}`).click();
    await page.getByTestId(`confirm-remove-${TINY_MODEL_ID}`).click();
    await page.getByTestId(`installed-model-${TINY_MODEL_ID}`).waitFor({ state: 'detached' });
    await expect.poll(() => embedderOptions(page)).not.toContain(EMBEDDER_ID);
    expect(await page.getByTestId('embedder-select').inputValue()).not.toBe(EMBEDDER_ID);
    expect(await page.getByTestId('error-alert').count()).toBe(0);
  });

  it('logged no console error', () => {
    expect(consoleErrors).toEqual([]);
  });
});
