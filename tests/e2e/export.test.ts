import { mkdirSync, readFileSync } from 'node:fs';
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
  mapTopicCsv,
  type ProbeView,
} from './page-helpers';
import { colourDistance, decodePng, hexToRgb, pixelAt, type Rgba } from './png';
import { guardAppPage, openAppPage, type AppPage } from './app-page';

const ARTIFACTS = join(resolve(import.meta.dirname, '..', '..'), 'tests', '.artifacts');
const chromiumPath = findChromium();
/** Viridis' ends (matplotlib's table), written here independently of the app's ramp. */
const VIRIDIS_LOW = '#440154';
const VIRIDIS_HIGH = '#fde725';
/** A drawn point's radius in CSS pixels (8 px discs). */
const POINT_RADIUS = 4;

/**
 * A small table with a numeric column: five topics share words within a topic; the last two rows, the
 * lowest and the highest score, are drawn last (on top) and come from different topics.
 */
function scoredCsv(): string {
  const topics = [
    'river water boat',
    'engine wheel road',
    'piano violin song',
    'bread butter oven',
    'rain snow wind',
  ];
  const rows = ['text,topic,score'];
  for (let i = 0; i < 40; i++) {
    const topic = i % topics.length;
    rows.push(`${topics[topic]} item${i},t${topic},${i + 1}`);
  }
  rows.push(`${topics[0]} lowest,t0,0`, `${topics[2]} highest,t2,100`);
  return rows.join('\n');
}

/** A download's bytes. */
async function download(page: Page, button: string, name: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(button).click()]);
  const path = join(ARTIFACTS, name);
  await file.saveAs(path);
  return readFileSync(path);
}

/** Pixels within `tolerance` of any of `colours`. */
function countColoured(image: Rgba, colours: readonly (readonly number[])[], tolerance = 8): number {
  let count = 0;
  for (let offset = 0; offset < image.data.length; offset += 4) {
    const pixel = [image.data[offset] ?? 0, image.data[offset + 1] ?? 0, image.data[offset + 2] ?? 0];
    if (colours.some((rgb) => colourDistance(pixel, rgb) <= tolerance)) count++;
  }
  return count;
}

/** The view once two reads 150 ms apart agree on the canvas size. */
async function settledView(page: Page): Promise<ProbeView> {
  let previous = await probe<ProbeView>(page, 'getView');
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.waitForTimeout(150);
    const current = await probe<ProbeView>(page, 'getView');
    if (current.cssWidth === previous.cssWidth && current.cssHeight === previous.cssHeight) return current;
    previous = current;
  }
  throw new Error('The plot kept resizing for 3 s.');
}

describe.skipIf(chromiumPath === undefined)('colour by a column and export (npm run web)', () => {
  let app: AppPage;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    app = await openAppPage(chromiumPath ?? '');
    ({ page } = app);
    await mapTopicCsv(page, 'scored.csv', scoredCsv(), 42);
  });

  guardAppPage(() => app);

  it('colours by a numeric column along the ramp, with a colour bar from min to max', async () => {
    await page.getByTestId('color-by').selectOption('column:score');
    const bar = page.getByTestId('color-bar');
    await expect.poll(() => bar.getAttribute('data-min')).toBe('0');
    expect(await bar.getAttribute('data-max')).toBe('100');
    const points = await screenPoints2d(page);
    const low = points[40];
    const high = points[41];
    if (low === undefined || high === undefined) throw new Error('missing rows');
    expect(Math.hypot(low.x - high.x, low.y - high.y)).toBeGreaterThan(2 * POINT_RADIUS);
    await expect
      .poll(async () => colourDistance(pixelAt(await canvasImage(page), low.x, low.y), hexToRgb(VIRIDIS_LOW)))
      .toBeLessThanOrEqual(3);
    const image = await canvasImage(page);
    expect(colourDistance(pixelAt(image, high.x, high.y), hexToRgb(VIRIDIS_HIGH))).toBeLessThanOrEqual(3);
    // The tooltip shows the item's other columns.
    const box = await page.getByTestId('plot-canvas').boundingBox();
    if (box === null) throw new Error('no canvas');
    await page.mouse.move(box.x + high.x, box.y + high.y);
    await expect.poll(() => page.getByTestId('tooltip-columns').textContent()).toContain('100');
    await page.mouse.move(box.x + 2, box.y + 2);
    await page.getByTestId('color-by').selectOption('label');
  });

  it('exports the 2D view as SVG: one circle per visible point where the view puts it, in its colour, with labels and title', async () => {
    await page.getByTestId('export-title').fill('Scores & topics');
    // The view as exported: read before saving, since the "Saved" status may reflow the toolbar.
    const bounds = await probe<ProbeView>(page, 'getView');
    const legend = await legendColours(page);
    const visible = (await screenPoints2d(page)).filter(
      (p) =>
        p.x >= -POINT_RADIUS &&
        p.y >= -POINT_RADIUS &&
        p.x <= bounds.cssWidth + POINT_RADIUS &&
        p.y <= bounds.cssHeight + POINT_RADIUS,
    );
    const svg = (await download(page, 'export-svg', 'export.svg')).toString('utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror') !== null,
        circles: [...doc.querySelectorAll('g[data-layer="points"] circle')].map((c) => ({
          index: Number(c.getAttribute('data-index')),
          x: Number(c.getAttribute('cx')),
          y: Number(c.getAttribute('cy')),
          fill: c.getAttribute('fill') ?? '',
        })),
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
      };
    }, svg);
    expect(parsed.error).toBe(false);
    expect(parsed.circles.map((c) => c.index)).toEqual(visible.map((p) => p.index));
    for (const [k, circle] of parsed.circles.entries()) {
      const point = visible[k];
      expect(Math.abs(circle.x - (point?.x ?? NaN))).toBeLessThan(0.02);
      expect(Math.abs(circle.y - (point?.y ?? NaN))).toBeLessThan(0.02);
      expect(circle.fill).toBe(legend.get(point?.label ?? ''));
    }
    expect(parsed.texts).toContain('Scores & topics');
    const itemTexts = new Set(visible.map((p) => p.text));
    const labels = parsed.texts.filter((text) => itemTexts.has(text));
    expect(labels.length).toBeGreaterThan(3);
    for (const name of legend.keys()) expect(parsed.texts).toContain(name);
    await page.getByTestId('export-title').fill('');
  });

  it('exports a PNG 4000 px wide with points in legend colours, and a transparent background', async () => {
    await page.getByTestId('export-scale').selectOption('custom');
    await page.getByTestId('export-width').fill('4000');
    // Read once the layout has settled after the width field appeared: the toolbar may wrap and the plot
    // resize a frame or two later (ResizeObserver), and the export must match the plot as it is then.
    const bounds = await settledView(page);
    const wide = decodePng(await download(page, 'export-png', 'export-4000.png'));
    expect(wide.width).toBe(4000);
    expect(wide.height).toBe(Math.round((bounds.cssHeight * 4000) / bounds.cssWidth));
    // The "Saved: …" status must not re-wrap the toolbar and resize the plot under the user's eyes.
    const after = await probe<ProbeView>(page, 'getView');
    expect([after.cssWidth, after.cssHeight]).toEqual([bounds.cssWidth, bounds.cssHeight]);
    const legend = [...(await legendColours(page)).values()].map(hexToRgb);
    // 42 discs of 8 CSS px at ×4.4 are each ~900 px in their exact colour, partly under each other.
    expect(countColoured(wide, legend)).toBeGreaterThan(42 * 300);
    await page.getByTestId('export-scale').selectOption('1');
    await page.getByTestId('export-transparent').check();
    const clear = decodePng(await download(page, 'export-png', 'export-transparent.png'));
    const points = await screenPoints2d(page);
    expect(clear.width).toBe((await probe<ProbeView>(page, 'getView')).cssWidth);
    const empty = [
      [4, bounds.cssHeight - 4],
      [bounds.cssWidth / 2, bounds.cssHeight - 4],
      [4, bounds.cssHeight / 2],
    ].filter(([x = 0, y = 0]) => points.every((p) => Math.hypot(p.x - x, p.y - y) > 20));
    expect(empty.length).toBeGreaterThan(0);
    for (const [x = 0, y = 0] of empty) expect(pixelAt(clear, x, y)[3]).toBe(0);
    for (const p of isolated(points, 12, bounds)) expect(pixelAt(clear, p.x, p.y)[3]).toBe(255);
    await page.getByTestId('export-transparent').uncheck();
  });
});
