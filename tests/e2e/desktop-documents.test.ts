/**
 * Files the OS hands the desktop app: a file named on the command line (as a double-click, "Open with" or a
 * jump-list entry starts the app) opens in the window, is listed in Recent Files with a one-click Open, and
 * that Open reads it again through main's allow-list. Skipped where the Electron binary is not installed;
 * the allow-list, the chunked read and the streamed open are tested without Electron in
 * tests/main/recent-documents.test.ts and tests/integration/recent-document-reopen.test.ts.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, type ElectronApplication } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installedElectronBinary } from './electron-binary';

const ROOT = resolve(import.meta.dirname, '..', '..');
const binary = installedElectronBinary();
const CSV =
  'text,topic\nкошка,животные\nсобака,животные\nмонитор,техника\nклавиатура,техника\nпринтер,техника\n';

describe.skipIf(binary === undefined)('desktop documents (Electron)', () => {
  let app: ElectronApplication;
  let file: string;

  beforeAll(async () => {
    const folder = await mkdtemp(join(tmpdir(), 'es-desktop-doc-'));
    file = join(folder, 'слова-из-системы.csv');
    await writeFile(file, CSV, 'utf8');
    app = await electron.launch({
      executablePath: binary,
      args: [join(ROOT, 'out', 'main', 'index.js'), file],
    });
  });

  afterAll(async () => {
    await app.close();
  });

  it('opens a file named on the command line and reopens it from Recent Files with one click', async () => {
    const page = await app.firstWindow();
    await expect
      .poll(async () => page.getByTestId('row-count').textContent(), { timeout: 60_000 })
      .toBe('Rows: 5');
    await page.getByTestId('sample-select').selectOption({ index: 1 });
    await expect.poll(async () => page.getByTestId('row-count').textContent()).not.toBe('Rows: 5');
    await page.getByTestId('recent-files').locator('summary').click();
    const entry = page.getByTestId('recent-item').filter({ hasText: 'слова-из-системы.csv' });
    await entry.getByTestId('recent-reopen').click();
    await expect.poll(async () => page.getByTestId('row-count').textContent()).toBe('Rows: 5');
  }, 180_000);
});
