import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { guardAppPage, openAppPage, type AppPage } from './app-page';
import { findChromium } from './chromium-path';
import {
  canvasImage,
  pixelsNear,
  probe,
  screenPoints2d,
  type ProbeView,
  type ScreenPoint,
} from './page-helpers';
import { colourDistance, decodePng, hexToRgb, type Rgba } from './png';
import { mapWordsWithVectors } from './word-vectors-map';

const chromiumPath = findChromium();
const work = mkdtempSync(join(tmpdir(), 'es-analogy-e2e-'));
/** The light theme's annotation accent (ANNOTATION_ACCENT.light in plot/annotation-layer.ts). */
const ACCENT = hexToRgb('#b0197e');
/**
 * Word vectors where king − man + woman = queen exactly (all four of length √2), as a GloVe text file; PCA is
 * linear, so the parallelogram stays one on the map.
 */
const GLOVE = [
  'king 1 1 0 0',
  'man 0 1 1 0',
  'woman 0 -1 1 0',
  'queen 1 -1 0 0',
  'apple 0 0 0 1',
  'prince 1 0.5 0 0.5',
].join('\n');
/** Antialiased edges blend with the background; the 2 px shaft's centre keeps the accent within this. */
const TOLERANCE = 40;
const WORDS = ['king', 'man', 'woman', 'queen', 'apple', 'prince'];

/** Pixels of the accent colour in the whole image. */
function accentPixels(image: Rgba): number {
  let count = 0;
  for (let offset = 0; offset < image.data.length; offset += 4) {
    const pixel = [image.data[offset] ?? 0, image.data[offset + 1] ?? 0, image.data[offset + 2] ?? 0];
    if (colourDistance(pixel, ACCENT) <= TOLERANCE) count++;
  }
  return count;
}

/** How many of 11 samples along the middle of segment a → b (scaled by `scale`) have the accent nearby. */
function hitsAlong(image: Rgba, a: ScreenPoint, b: ScreenPoint, scale: number): number {
  let hits = 0;
  for (let step = 0; step <= 10; step++) {
    const t = 0.2 + (0.55 * step) / 10;
    const x = Math.round((a.x + (b.x - a.x) * t) * scale);
    const y = Math.round((a.y + (b.y - a.y) * t) * scale);
    if (pixelsNear(image, x, y, ACCENT, 2, TOLERANCE) > 0) hits++;
  }
  return hits;
}

describe.skipIf(chromiumPath === undefined)('analogy workbench in the browser', () => {
  let app: AppPage;

  beforeAll(async () => {
    app = await openAppPage(chromiumPath ?? '');
  }, 120_000);

  guardAppPage(() => app);

  it('solves king − man + woman = queen and draws the parallelogram’s arrows, also into the PNG', async () => {
    const { page } = app;
    await mapWordsWithVectors(
      page,
      work,
      { file: 'royal-glove.txt', text: GLOVE },
      { file: 'royal-words.csv', list: WORDS },
    );
    await expect.poll(async () => (await probe<{ texts: string[] }>(page, 'getPoints')).texts).toEqual(WORDS);

    expect(accentPixels(await canvasImage(page))).toBe(0);

    await page.locator('#tool-tab-analogy').click();
    await page.getByTestId('analogy-expression').fill('king − man + woman');
    await page.getByTestId('analogy-solve').click();
    const answers = page.getByTestId('analogy-answer');
    await expect.poll(() => answers.first().getAttribute('data-text')).toBe('queen');
    expect(await answers.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-text')))).toEqual(
      ['queen', 'prince', 'apple'],
    );
    expect(await page.getByTestId('analogy-result').textContent()).toContain('cos 1.00');

    const points = await screenPoints2d(page);
    const at = (word: string): ScreenPoint => {
      const found = points.find((point) => point.text === word);
      if (found === undefined) throw new Error(`"${word}" is not on the map`);
      return found;
    };
    await expect
      .poll(async () => hitsAlong(await canvasImage(page), at('man'), at('king'), 1))
      .toBeGreaterThanOrEqual(10);
    const image = await canvasImage(page);
    expect(hitsAlong(image, at('woman'), at('queen'), 1)).toBeGreaterThanOrEqual(10);
    // Nowhere else: no accent along the unrelated segment apple → prince (unless it crosses an arrow).
    expect(accentPixels(image)).toBeGreaterThan(50);

    const bounds = await probe<ProbeView>(page, 'getView');
    await page.getByTestId('export-scale').selectOption('2');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-png').click(),
    ]);
    const path = join(work, 'analogy.png');
    await download.saveAs(path);
    const png = decodePng(readFileSync(path));
    const scale = png.width / bounds.cssWidth;
    expect(scale).toBeCloseTo(2, 1);
    expect(hitsAlong(png, at('man'), at('king'), scale)).toBeGreaterThanOrEqual(10);
    expect(hitsAlong(png, at('woman'), at('queen'), scale)).toBeGreaterThanOrEqual(10);
  }, 180_000);
});
