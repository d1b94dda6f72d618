/**
 * "Embed one word in context" end to end: the tiny BERT model installed into a temporary data folder (by the
 * real CLI), a real web server and Chromium. The option appears only for the model, "Map it" waits for a
 * word, the map has one point per text containing «замок», the texts without it are listed, and while the
 * texts are embedded the progress line shows texts/s.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppPage } from './app-page';
import { findChromium } from './chromium-path';
import { waitForPoints } from './page-helpers';
import { tinyModelFolder } from './tiny-model-folder';

const chromiumPath = findChromium();
/** The real `embedding-studio` command, which installs the model as a user would. */
const CLI_BIN = resolve(import.meta.dirname, '..', '..', 'bin', 'embedding-studio.mjs');
/** 1,500 texts with the word: at ~2,000 texts/s the embed stage lasts long enough to show its speed. */
const WITH_WORD = 1500;
const WITHOUT_WORD = 7;
const PLACES = ['на холме', 'у реки', 'в мире', 'и король', 'и королева'];
const DOORS = ['на двери', 'и дверь', 'это не банк', 'и деньги', 'в банк'];

/** The data set: the word in castle and lock contexts, and a few texts without it (one inside «замочек»). */
function datasetCsv(): string {
  const lines = ['text'];
  for (let i = 0; i < WITH_WORD; i++) {
    const context = i % 2 === 0 ? PLACES[i % PLACES.length] : DOORS[i % DOORS.length];
    lines.push(`${i % 3 === 0 ? 'Замок' : 'замок'} ${context ?? ''} ${i}`);
  }
  for (let i = 0; i < WITHOUT_WORD; i++) lines.push(i === 0 ? 'замочек на двери' : `кошка сидит ${i}`);
  return lines.join('\n');
}

/** Records every text the speed line shows, in the page, so a short-lived line is not missed. */
async function recordRateLines(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { rateSeen: string[] }).rateSeen = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="job-rate"]')?.textContent;
      if (text !== undefined && seen[seen.length - 1] !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

describe.skipIf(chromiumPath === undefined)('embedding one word in context (web app, tiny model)', () => {
  let page: Page;
  const cleanup: (() => Promise<void>)[] = [];
  let consoleErrors: string[] = [];

  beforeAll(async () => {
    const { temp, model, remove } = await tinyModelFolder('embedding-studio-contextual-e2e-', 'tiny-bert');
    cleanup.push(remove);
    const data = join(temp, 'data');
    const add = spawnSync(
      process.execPath,
      [CLI_BIN, 'models', 'add', '--from-folder', model.folder, '--id', 'tiny'],
      {
        encoding: 'utf8',
        env: { ...process.env, EMBEDDING_STUDIO_DATA: data },
      },
    );
    expect(add.status, add.stderr).toBe(0);
    const app = await openAppPage(chromiumPath ?? '', { height: 900, env: { EMBEDDING_STUDIO_DATA: data } });
    cleanup.push(() => app.close());
    ({ page, consoleErrors } = app);
  });

  afterAll(async () => {
    for (const undo of cleanup.reverse()) await undo();
  });

  it('offers the option for the model only, and waits for a word before mapping', async () => {
    await page.getByTestId('file-input').setInputFiles({
      name: 'zamok.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(datasetCsv(), 'utf8'),
    });
    await page.getByTestId('embedder-select').selectOption('tfidf-svd');
    expect(await page.getByTestId('contextual-option').count()).toBe(0);
    await page.getByTestId('embedder-select').selectOption('model:tiny');
    await page.getByLabel('Embed one word in context').check();
    await expect.poll(() => page.getByTestId('run-map').isDisabled()).toBe(true);
    await page.getByLabel('Word', { exact: true }).fill('замок');
    await expect.poll(() => page.getByTestId('run-map').isDisabled()).toBe(false);
  });

  it('maps one point per text with the word, lists the others, and shows texts/s while embedding', async () => {
    await recordRateLines(page);
    await page.getByTestId('run-map').click();
    await waitForPoints(page, WITH_WORD);
    await expect.poll(() => page.getByTestId('unembedded').textContent()).toContain('замочек на двери');
    const seen = await page.evaluate(() => (window as unknown as { rateSeen: string[] }).rateSeen);
    console.log(`speed lines shown: ${seen.slice(0, 5).join(' | ')}`);
    expect(seen.length, 'no speed line was shown').toBeGreaterThan(0);
    expect(
      seen.every((line) => /^[\d,.]+ texts\/s( · about \d+ (s|min) left)?$/.test(line)),
      seen.join(' | '),
    ).toBe(true);
    expect(await page.getByTestId('error-alert').count()).toBe(0);
  });

  it('logged no console error', () => {
    expect(consoleErrors).toEqual([]);
  });
});
