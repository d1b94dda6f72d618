import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from './chromium-path';
import {
  callCore,
  isolated,
  probe,
  screenPoints2d,
  waitForPoints,
  type ProbePoints,
  type ProbeView,
  type ScreenPoint,
} from './page-helpers';
import type { WebServerProcess } from './web-server-process';
import { guardAppPage, openAppPage, type AppPage } from './app-page';

const chromiumPath = findChromium();

/** The words sample: 6 categories × 16 words (RU + EN). */
const WORDS_SAMPLE = 'words-ru-en';
const WORDS = 96;

/**
 * CBOW, 10 epochs on the bundled corpus (about 148,000 words): a few seconds on one idle core, under 20 s on a
 * busy two-core runner, yet the topics are learnt (animals and devices fall apart on the map).
 */
const PARAMS = { algorithm: 'cbow', epochs: '10' } as const;

interface NeighborProbe {
  mapId: string | null;
  source: number;
  indices: number[];
}

/** Mean screen distance over the pairs of `a` × `b` (distinct points only). */
function meanDistance(a: readonly ScreenPoint[], b: readonly ScreenPoint[]): number {
  let sum = 0;
  let pairs = 0;
  for (const p of a) {
    for (const q of b) {
      if (p === q) continue;
      sum += Math.hypot(p.x - q.x, p.y - q.y);
      pairs++;
    }
  }
  return sum / pairs;
}

/** The progress bar's fraction and status text while it is shown; null once it is gone. */
async function progressNow(page: Page): Promise<{ fraction: number; status: string } | null> {
  return page.evaluate(() => {
    const bar = document.querySelector('[data-testid="training-progress"]');
    const status = document.querySelector('[data-testid="training-status"]');
    if (bar === null || status === null) return null;
    return { fraction: Number(bar.getAttribute('data-fraction')), status: status.textContent };
  });
}

describe.skipIf(chromiumPath === undefined)('training word vectors in the browser', () => {
  let app: AppPage;
  let server: WebServerProcess;
  let page: Page;

  beforeAll(async () => {
    app = await openAppPage(chromiumPath ?? '', { height: 900 });
    ({ page, server } = app);
  });

  guardAppPage(() => app);

  it('trains on the bundled corpus with a moving progress bar and a loss, then selects the new embedder', async () => {
    const panel = page.getByTestId('training-panel');
    await panel.locator('summary').click();
    await page.getByTestId('training-corpus').selectOption('bundled');
    await page.getByTestId('training-algorithm').selectOption(PARAMS.algorithm);
    await page.getByTestId('training-epochs').fill(PARAMS.epochs);
    await page.getByTestId('training-name').fill('E2E vectors');
    const started = Date.now();
    await page.getByTestId('training-train').click();
    await page.getByTestId('training-progress').waitFor({ state: 'visible' });
    // Sample the bar every 50 ms until it is gone: it must move, and show words/s and a loss on the way.
    const seen: { fraction: number; status: string }[] = [];
    for (let now = await progressNow(page); now !== null; now = await progressNow(page)) {
      seen.push(now);
      await page.waitForTimeout(50);
    }
    const seconds = (Date.now() - started) / 1000;
    console.log(`training (${PARAMS.algorithm}, ${PARAMS.epochs} epochs) took ${seconds.toFixed(1)} s`);
    const fractions = seen.map((s) => s.fraction);
    expect(new Set(fractions).size).toBeGreaterThanOrEqual(3);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.some((f) => f > 0.1 && f < 0.9)).toBe(true);
    expect(seen.some((s) => /words\/s/.test(s.status) && /loss \d+\.\d{3}/.test(s.status))).toBe(true);

    const done = page.getByTestId('training-done');
    await expect.poll(() => done.textContent()).toMatch(/Trained “E2E vectors.*”: [\d,]+ words/);
    expect(await page.getByTestId('error-alert').count()).toBe(0);
    const selected = page.getByTestId('embedder-select');
    await expect.poll(() => selected.locator('option:checked').textContent()).toContain('E2E vectors');
    // Keyboard users keep their place: the Train button is back and has the focus it had.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'training-train',
    );
  });

  it('maps the words sample with the trained vectors: animals lie closer to each other than to technology', async () => {
    await waitForPoints(page);
    const before = (await probe<ProbePoints>(page, 'getPoints')).coords;
    await page.getByTestId('sample-select').selectOption(WORDS_SAMPLE);
    expect(await page.getByTestId('embedder-select').locator('option:checked').textContent()).toContain(
      'E2E vectors',
    );
    await page.getByTestId('run-map').click();
    await waitForPoints(page, WORDS);
    await expect
      .poll(async () => (await probe<ProbePoints>(page, 'getPoints')).coords, { timeout: 60_000 })
      .not.toEqual(before);
    await expect.poll(() => probe<number | null>(page, 'getTransitionProgress')).toBeNull();
    expect(await page.getByTestId('unembedded').count()).toBe(0);

    const points = await screenPoints2d(page);
    const animals = points.filter((p) => p.label === 'animals');
    const technology = points.filter((p) => p.label === 'technology');
    expect(animals).toHaveLength(16);
    expect(technology).toHaveLength(16);
    const within = meanDistance(animals, animals);
    const across = meanDistance(animals, technology);
    console.log(
      `mean 2D distance: animals ${within.toFixed(1)} px, animals–technology ${across.toFixed(1)} px`,
    );
    expect(within).toBeLessThan(across);

    // кошка's nearest neighbours: asked through the UI (click the point, read the neighbour list) when the
    // point stands clear of others, and always checked against the core's own answer for the same map.
    const bounds = await probe<ProbeView>(page, 'getView');
    const cat = points.find((p) => p.text === 'кошка');
    if (cat === undefined) throw new Error('кошка is not on the map');
    const clickable = isolated(points, 8, bounds).includes(cat);
    let listed: number[] = [];
    if (clickable) {
      const box = await page.getByTestId('plot-canvas').boundingBox();
      if (box === null) throw new Error('no plot canvas');
      await page.mouse.click(box.x + cat.x, box.y + cat.y);
      await expect
        .poll(async () => (await probe<NeighborProbe>(page, 'getNeighbors')).source)
        .toBe(cat.index);
      await expect.poll(() => page.getByTestId('neighbor').count()).toBeGreaterThanOrEqual(5);
      listed = await page
        .getByTestId('neighbor')
        .evaluateAll((nodes) => nodes.map((node) => Number(node.getAttribute('data-index'))));
    }
    const mapId = (await probe<NeighborProbe>(page, 'getNeighbors')).mapId;
    if (mapId === null) throw new Error('no finished map');
    const { neighbors } = await callCore<{ neighbors: { index: number }[] }>(server.url, 'nearestNeighbors', {
      mapId,
      index: cat.index,
      k: 5,
      metric: 'cosine',
    });
    const nearest = neighbors.map((n) => n.index);
    if (clickable) expect(listed.slice(0, 5)).toEqual(nearest);
    console.log(
      `кошка → ${nearest.map((i) => points[i]?.text).join(', ')} (${clickable ? 'clicked in the UI' : 'core only: the point is crowded'})`,
    );
    expect(nearest.filter((i) => points[i]?.label === 'animals').length).toBeGreaterThanOrEqual(4);
  });
});
