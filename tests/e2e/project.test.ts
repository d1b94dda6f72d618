/**
 * Project files and drag and drop in a real browser against the real server: a map saved as a project
 * (download) and opened again after a reload shows the same texts at bit-identical coordinates without
 * running a job; files dropped on the window open as data, as a project, or say why they cannot.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from './chromium-path';
import { probe, waitForPoints, type ProbePoints } from './page-helpers';
import type { WebServerProcess } from './web-server-process';
import { guardAppPage, openAppPage, type AppPage } from './app-page';

const chromiumPath = findChromium();

/** Waits until no map job is running (its progress bar is gone). */
async function waitForIdle(page: Page): Promise<void> {
  await page.getByTestId('job-progress').waitFor({ state: 'detached', timeout: 60_000 });
}

/** From now on, records in the page whether a job's progress bar ever appears. */
async function watchForJobs(page: Page): Promise<void> {
  await page.evaluate(() => {
    const flag = window as unknown as { sawJob: boolean };
    flag.sawJob = document.querySelector('[data-testid="job-progress"]') !== null;
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="job-progress"]') !== null) flag.sawJob = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
}

/** Dispatches a drag of one file onto the window (dragenter, then drop unless `enterOnly`). */
async function dropFile(page: Page, name: string, content: string, enterOnly = false): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ fileName, text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], fileName, { type: 'text/plain' }));
      return transfer;
    },
    { fileName: name, text: content },
  );
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  if (!enterOnly) await page.dispatchEvent('main', 'drop', { dataTransfer });
  await dataTransfer.dispose();
}

describe.skipIf(chromiumPath === undefined)('project files and drag and drop (npm run web)', () => {
  let app: AppPage;
  let server: WebServerProcess;
  let page: Page;

  beforeAll(async () => {
    app = await openAppPage(chromiumPath ?? '');
    ({ page, server } = app);
    await waitForIdle(page);
  });

  guardAppPage(() => app);

  it('saves the map as a project and opens it after a reload exactly as it was, without a job', async () => {
    await page.getByTestId('sample-select').selectOption('sentences-ru-en');
    await page.getByTestId('run-map').click();
    await waitForPoints(page, 150);
    await waitForIdle(page);
    const saved = await probe<ProbePoints>(page, 'getPoints');
    expect(saved.texts).toHaveLength(150);

    const saveButton = page.getByTestId('save-project');
    expect(await saveButton.isEnabled()).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), saveButton.click()]);
    expect(download.suggestedFilename()).toBe('embedding-map.esproj');
    const path = await download.path();
    const bytes = readFileSync(path);
    // A ZIP container (docs/project-format.md): local file header "PK\x03\x04".
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);

    // A fresh page: the first sample is mapped again on load; wait for that to finish first.
    await page.goto(server.url);
    await waitForPoints(page);
    await waitForIdle(page);
    // Another map is on screen now, so finding the saved texts below can only come from the project.
    expect((await probe<ProbePoints>(page, 'getPoints')).texts).not.toEqual(saved.texts);
    await watchForJobs(page);

    await page
      .getByTestId('open-project-input')
      .setInputFiles({ name: 'embedding-map.esproj', mimeType: 'application/octet-stream', buffer: bytes });
    await page.waitForFunction(
      (expected) => {
        const found = (
          window as unknown as {
            embeddingStudioProbe?: {
              isRendered(): boolean;
              getPoints(): { texts: string[]; coords: number[] };
            };
          }
        ).embeddingStudioProbe;
        if (found === undefined || !found.isRendered()) return false;
        const points = found.getPoints();
        return JSON.stringify(points.texts) === expected;
      },
      JSON.stringify(saved.texts),
      { timeout: 60_000 },
    );
    const restored = await probe<ProbePoints>(page, 'getPoints');
    expect(restored.texts).toEqual(saved.texts);
    expect(restored.labels).toEqual(saved.labels);
    expect(restored.dims).toBe(saved.dims);
    // Bit-identical: float32 values read back as the same doubles, compared exactly.
    expect(restored.coords).toHaveLength(saved.coords.length);
    expect(restored.coords.every((value, index) => Object.is(value, saved.coords[index]))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { sawJob: boolean }).sawJob)).toBe(false);
    expect(await page.getByTestId('error-alert').count()).toBe(0);
    expect(await page.getByTestId('row-count').textContent()).toBe('Rows: 150');
    expect(await page.getByTestId('sample-select').inputValue()).toBe('');
  });

  it('shows an overlay while a file is dragged and opens a dropped CSV like the file picker', async () => {
    const csv =
      'text,topic\nred apple,fruit\ngreen pear,fruit\nblue car,vehicle\nfast train,vehicle\nslow boat,vehicle\n';
    await dropFile(page, 'dropped.csv', csv, true);
    await page.getByTestId('drop-overlay').waitFor({ state: 'visible' });
    await dropFile(page, 'dropped.csv', csv);
    await page.getByTestId('drop-overlay').waitFor({ state: 'detached' });
    await expect
      .poll(async () => page.getByTestId('row-count').textContent(), { timeout: 30_000 })
      .toBe('Rows: 5');
    expect(await page.getByTestId('error-alert').count()).toBe(0);
  });

  it('refuses a dropped file that is neither data nor a project, naming it', async () => {
    await dropFile(page, 'holiday.png', 'not really a picture');
    const alert = page.getByTestId('error-alert');
    await alert.waitFor({ state: 'visible' });
    expect(await alert.getAttribute('data-code')).toBe('unsupported-format');
    expect(await alert.textContent()).toContain('holiday.png');
    expect(await page.getByTestId('row-count').textContent()).toBe('Rows: 5');
  });
});
