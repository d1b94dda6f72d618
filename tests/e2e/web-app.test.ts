import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from './chromium-path';
import {
  canvasImage,
  isolated,
  legendColours,
  probe,
  screenPoints2d,
  waitForPoints,
  type ProbeView,
  type ScreenPoint,
} from './page-helpers';
import { colourDistance, decodePng, hexToRgb, pixelAt } from './png';
import { guardAppPage, openAppPage, type AppPage } from './app-page';

const ROOT = resolve(import.meta.dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'tests', '.artifacts');
const chromiumPath = findChromium();

/** The 2D view bounds and canvas size, as the probe reports them. */
function view(page: Page): Promise<ProbeView> {
  return probe<ProbeView>(page, 'getView');
}

/** Where each point lands, computed here from the data and the camera bounds, not by the app. */
function screenPoints(page: Page): Promise<ScreenPoint[]> {
  return screenPoints2d(page);
}

async function pointCount(page: Page): Promise<number> {
  return page.evaluate(() =>
    (
      window as unknown as { embeddingStudioProbe: { getPointCount(): number } }
    ).embeddingStudioProbe.getPointCount(),
  );
}

async function mapSample(page: Page, sampleId: string, count: number): Promise<void> {
  await page.getByTestId('sample-select').selectOption(sampleId);
  await page.getByTestId('run-map').click();
  await waitForPoints(page, count);
}

describe.skipIf(chromiumPath === undefined)('the app in a browser (npm run web)', () => {
  let app: AppPage;
  let page: Page;

  beforeAll(async () => {
    app = await openAppPage(chromiumPath ?? '');
    ({ page } = app);
  });

  guardAppPage(() => app);

  it('opens with a bundled sample already mapped, and removes the token from the address bar', async () => {
    expect(await pointCount(page)).toBeGreaterThan(0);
    expect(page.url()).not.toContain('token=');
  });

  it('maps the sentence sample and draws every point where its coordinates say, in its legend colour', async () => {
    await mapSample(page, 'sentences-ru-en', 150);
    const legend = await legendColours(page);
    expect([...legend.keys()].sort()).toEqual(['computers', 'cooking', 'space', 'sport', 'weather']);
    expect(new Set(legend.values()).size).toBe(5);
    const bounds = await view(page);
    const image = await canvasImage(page);
    mkdirSync(ARTIFACTS, { recursive: true });
    const screenshot = await page.screenshot();
    writeFileSync(join(ARTIFACTS, 'web-sentences.png'), screenshot);
    // The README's screenshot comes from here: `UPDATE_README_SCREENSHOT=1 npm run test:e2e` refreshes it.
    if (process.env['UPDATE_README_SCREENSHOT'] === '1')
      writeFileSync(join(ROOT, 'docs', 'screenshot.png'), screenshot);
    const candidates = isolated(await screenPoints(page), 14, bounds);
    expect(candidates.length).toBeGreaterThanOrEqual(10);
    const matches = candidates.filter((point) => {
      const expected = hexToRgb(legend.get(point.label ?? '') ?? '#ffffff');
      return colourDistance(pixelAt(image, point.x, point.y), expected) <= 24;
    });
    // Labels of neighbouring points may cross a few centres; nearly all must show exactly their colour.
    expect(matches.length / candidates.length).toBeGreaterThanOrEqual(0.9);
    // And where no point is, there is no point colour: sample a ring of pixels 30 px around isolated points.
    const legendRgb = [...legend.values()].map(hexToRgb);
    const emptyPixels = candidates.flatMap((point) =>
      [0, 90, 180, 270].map((angle) =>
        pixelAt(image, point.x + 30 * Math.cos(angle), point.y + 30 * Math.sin(angle)),
      ),
    );
    const strayColoured = emptyPixels.filter((pixel) =>
      legendRgb.some((rgb) => colourDistance(pixel, rgb) <= 24),
    );
    expect(strayColoured.length / emptyPixels.length).toBeLessThan(0.1);
  });

  it('shows the tooltip of the point under the cursor', async () => {
    const bounds = await view(page);
    const canvasBox = await page.getByTestId('plot-canvas').boundingBox();
    const target = isolated(await screenPoints(page), 20, bounds)[0];
    expect(target).toBeDefined();
    if (target === undefined || canvasBox === null) return;
    await page.mouse.move(canvasBox.x + target.x, canvasBox.y + target.y);
    const tooltip = page.getByTestId('tooltip');
    await expect
      .poll(async () => (await tooltip.isVisible()) && (await tooltip.textContent()))
      .toContain(target.text);
    await page.mouse.move(canvasBox.x + 2, canvasBox.y + 2);
  });

  it('zooms around the cursor with the wheel and pans by dragging', async () => {
    const canvasBox = await page.getByTestId('plot-canvas').boundingBox();
    if (canvasBox === null) throw new Error('no canvas');
    const before = await view(page);
    const cursor = { x: canvasBox.width * 0.3, y: canvasBox.height * 0.6 };
    const dataAt = (bounds: ProbeView): [number, number] => [
      bounds.left + (cursor.x / bounds.cssWidth) * (bounds.right - bounds.left),
      bounds.top - (cursor.y / bounds.cssHeight) * (bounds.top - bounds.bottom),
    ];
    await page.mouse.move(canvasBox.x + cursor.x, canvasBox.y + cursor.y);
    await page.mouse.wheel(0, -400);
    await expect
      .poll(async () => (await view(page)).right - (await view(page)).left)
      .toBeLessThan(before.right - before.left);
    const zoomed = await view(page);
    const [beforeX, beforeY] = dataAt(before);
    const [afterX, afterY] = dataAt(zoomed);
    // The data point under the cursor stays under the cursor (within a pixel).
    expect(Math.abs(afterX - beforeX) / (zoomed.right - zoomed.left)).toBeLessThan(1 / zoomed.cssWidth);
    expect(Math.abs(afterY - beforeY) / (zoomed.top - zoomed.bottom)).toBeLessThan(1 / zoomed.cssHeight);
    await page.mouse.down();
    await page.mouse.move(canvasBox.x + cursor.x + 100, canvasBox.y + cursor.y, { steps: 5 });
    await page.mouse.up();
    const panned = await view(page);
    const shift = ((panned.left - zoomed.left) / (zoomed.right - zoomed.left)) * zoomed.cssWidth;
    expect(shift).toBeCloseTo(-100, 0);
  });

  it('exports the view as a PNG of the requested pixel size, not blank', async () => {
    const bounds = await view(page);
    await page.getByTestId('export-scale').selectOption('2');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-png').click(),
    ]);
    const path = join(ARTIFACTS, 'export-2x.png');
    await download.saveAs(path);
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const image = decodePng(bytes);
    expect(image.width).toBe(Math.round(bounds.cssWidth * 2));
    expect(image.height).toBe(Math.round(bounds.cssHeight * 2));
    const legend = [...(await legendColours(page)).values()].map(hexToRgb);
    let coloured = 0;
    for (let offset = 0; offset < image.data.length; offset += 4) {
      const pixel = [image.data[offset] ?? 0, image.data[offset + 1] ?? 0, image.data[offset + 2] ?? 0];
      if (legend.some((rgb) => colourDistance(pixel, rgb) <= 8)) coloured++;
    }
    // 150 points of ~16 px diameter at 2× cover tens of thousands of pixels in their exact colours.
    expect(coloured).toBeGreaterThan(150 * 50);
  });

  it('cancels a running job and keeps the current map', async () => {
    const before = await pointCount(page);
    const lines = Array.from(
      { length: 40_000 },
      (_unused, i) =>
        `item ${i} ${['alpha', 'beta', 'gamma', 'дельта'][i % 4]} word${i % 997} text${i % 131}`,
    );
    await page
      .getByTestId('file-input')
      .setInputFiles({ name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.from(lines.join('\n')) });
    await page.getByTestId('run-map').click();
    await page.getByTestId('job-progress').waitFor({ state: 'visible' });
    await page.getByTestId('cancel-job').click();
    await page.getByTestId('job-progress').waitFor({ state: 'hidden', timeout: 30_000 });
    expect(await pointCount(page)).toBe(before);
    expect(await page.getByTestId('error-alert').count()).toBe(0);
  });

  it('names the file and line of a malformed file, and keeps the current map', async () => {
    const before = await pointCount(page);
    await page.getByTestId('file-input').setInputFiles({
      name: 'broken.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('text,label\nok,a\n"unterminated,b\nfine,c\n'),
    });
    const alert = page.getByTestId('error-alert');
    await alert.waitFor({ state: 'visible' });
    expect(await alert.textContent()).toMatch(/broken\.csv.*3|3.*broken\.csv/s);
    expect(await pointCount(page)).toBe(before);
  });

  it('loads a word-vector file as an embedder and lists the words it does not know', async () => {
    // Four planted directions: the file's own geometry decides the map, so the test knows the answer.
    const vectors = [
      ['кошка', [1, 0, 0, 0.1]],
      ['собака', [0.9, 0.1, 0, 0]],
      ['мышь', [1, 0.1, 0.1, 0]],
      ['компьютер', [0, 0, 1, 0.1]],
      ['клавиатура', [0.1, 0, 0.9, 0]],
      ['монитор', [0, 0.1, 1, 0]],
    ] as const;
    const glove = vectors.map(([word, values]) => `${word} ${values.join(' ')}`).join('\n');
    await page
      .getByTestId('vectors-input')
      .setInputFiles({ name: 'tiny-glove.txt', mimeType: 'text/plain', buffer: Buffer.from(glove) });
    await expect.poll(() => page.getByTestId('embedder-select').inputValue()).toContain('tiny-glove');
    const words = ['word', ...vectors.map(([word]) => word), 'жираф'].join('\n');
    await page
      .getByTestId('file-input')
      .setInputFiles({ name: 'words.csv', mimeType: 'text/csv', buffer: Buffer.from(words) });
    await expect.poll(() => page.getByTestId('row-count').textContent()).toMatch(/7/);
    await page.getByTestId('run-map').click();
    await waitForPoints(page, 6);
    await expect.poll(() => page.getByTestId('unembedded').textContent()).toContain('жираф');
    const points = await screenPoints(page);
    const at = (word: string): ScreenPoint => {
      const found = points.find((point) => point.text === word);
      if (found === undefined) throw new Error(`"${word}" is not on the map`);
      return found;
    };
    const distance = (a: string, b: string): number => Math.hypot(at(a).x - at(b).x, at(a).y - at(b).y);
    // Animals with animals, devices with devices: the planted structure survives PCA.
    expect(distance('кошка', 'собака')).toBeLessThan(distance('кошка', 'компьютер'));
    expect(distance('монитор', 'клавиатура')).toBeLessThan(distance('монитор', 'мышь'));
  });

  it('streams UMAP layouts while it settles, then shows the final map', async () => {
    const topics = [
      'orbit planet rocket',
      'recipe oven soup',
      'match goal team',
      'keyboard file code',
      'rain wind snow',
    ];
    const rows = Array.from({ length: 2500 }, (_unused, i) => {
      const topic = topics[i % topics.length] ?? '';
      return `"${topic} note ${i % 101} extra${i % 7}",t${i % topics.length}`;
    });
    await page.getByTestId('file-input').setInputFiles({
      name: 'topics.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['text,topic', ...rows].join('\n')),
    });
    await expect.poll(() => page.getByTestId('row-count').textContent()).toMatch(/2[,.\s]?500/);
    await page.getByTestId('embedder-select').selectOption('tfidf-svd');
    await page.getByTestId('method-select').selectOption('umap');
    await page.getByTestId('umap-neighbors').waitFor({ state: 'visible' });
    await page.getByTestId('run-map').click();
    // An intermediate layout is on screen while the job still runs: all 2,500 points, progress still shown.
    await page.waitForFunction(
      () => {
        const probe = (
          window as { embeddingStudioProbe?: { getPointCount(): number; isRendered(): boolean } }
        ).embeddingStudioProbe;
        const running = document.querySelector('[data-testid="job-progress"]') !== null;
        return running && probe !== undefined && probe.isRendered() && probe.getPointCount() === 2500;
      },
      undefined,
      { timeout: 60_000 },
    );
    await page.getByTestId('job-progress').waitFor({ state: 'hidden', timeout: 120_000 });
    expect(await pointCount(page)).toBe(2500);
    expect(await page.getByTestId('result-summary').textContent()).not.toContain('PCA');
    const points = await screenPoints(page);
    expect(points.every((point) => Number.isFinite(point.x) && Number.isFinite(point.y))).toBe(true);
    await page.getByTestId('method-select').selectOption('pca');
  });

  it('switches the interface to Russian and maps Cyrillic words', async () => {
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('ru');
    await mapSample(page, 'words-ru-en', 96);
    expect(await page.getByTestId('run-map').textContent()).toMatch(/[А-Яа-яЁё]/);
    writeFileSync(join(ARTIFACTS, 'web-words-ru.png'), await page.screenshot());
  });
});
