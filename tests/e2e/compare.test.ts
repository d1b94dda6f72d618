import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { guardAppPage, openAppPage, type AppPage } from './app-page';
import { findChromium } from './chromium-path';
import { callCore, pixelsNear, probe, type ProbeView } from './page-helpers';
import { decodePng, hexToRgb, type Rgba } from './png';

const chromiumPath = findChromium();
/** The top of the viridis ramp: overlap 1 on the companion, similarity 1 on the heatmap's diagonal. */
const RAMP_TOP = hexToRgb('#fde725');
/** The light theme's colour of points outside the selection (theme.ts). */
const DIM = hexToRgb('#c4c7ce');

interface CompanionPoints {
  coords: number[];
  dims: number;
  texts: string[];
}

async function companion<T>(page: Page, method: string): Promise<T> {
  return page.evaluate(
    (name) =>
      (
        window as unknown as { embeddingStudioCompanionProbe: Record<string, () => unknown> }
      ).embeddingStudioCompanionProbe[name]?.() as T,
    method,
  );
}

async function waitForCompanion(page: Page, count: number, dims = 2): Promise<void> {
  await page.waitForFunction(
    ([expected, expectedDims]) => {
      const found = (
        window as { embeddingStudioCompanionProbe?: { isRendered(): boolean; getPoints(): CompanionPoints } }
      ).embeddingStudioCompanionProbe;
      if (found === undefined || !found.isRendered()) return false;
      const points = found.getPoints();
      return points.texts.length === expected && points.dims === expectedDims;
    },
    [count, dims] as const,
    { timeout: 120_000 },
  );
}

/** Where each companion point lands on its canvas (2D), from its data and view. */
async function companionScreenPoints(page: Page): Promise<{ x: number; y: number }[]> {
  const view = await companion<ProbeView>(page, 'getView');
  const points = await companion<CompanionPoints>(page, 'getPoints');
  return points.texts.map((_, i) => ({
    x: (((points.coords[i * points.dims] ?? 0) - view.left) / (view.right - view.left)) * view.cssWidth,
    y: ((view.top - (points.coords[i * points.dims + 1] ?? 0)) / (view.top - view.bottom)) * view.cssHeight,
  }));
}

async function companionImage(page: Page): Promise<Rgba> {
  return decodePng(await page.getByTestId('companion-canvas').screenshot());
}

describe.skipIf(chromiumPath === undefined)('compare, concept axes and heatmap in a browser', () => {
  let app: AppPage;
  let page: Page;

  beforeAll(async () => {
    app = await openAppPage(chromiumPath ?? '');
    ({ page } = app);
  });
  guardAppPage(() => app);

  it('compares the PCA map with UMAP: a companion with points, linked selection drawn on it', async () => {
    const count = (await probe<CompanionPoints>(page, 'getPoints')).texts.length;
    await page.locator('#tool-tab-compare').click();
    await page.getByTestId('compare-target').selectOption('method:umap');
    await page.getByTestId('compare-start').click();
    await page.getByTestId('compare-output').waitFor({ timeout: 120_000 });
    await waitForCompanion(page, count);
    // One embedder, two reductions: every item keeps its neighbours, so every point wears the ramp's top.
    await expect.poll(() => page.getByTestId('compare-output').textContent()).toContain('100%');
    const positions = await companionScreenPoints(page);
    let image = await companionImage(page);
    const drawn = positions.filter(
      (p) => pixelsNear(image, Math.round(p.x), Math.round(p.y), RAMP_TOP, 1) > 0,
    );
    expect(drawn.length).toBeGreaterThan(count * 0.8);

    // Select the left half of the main plot with a box: the companion draws those in colour, the rest grey.
    const bounds = await probe<ProbeView>(page, 'getView');
    const box = await page.getByTestId('plot-canvas').boundingBox();
    if (box === null) throw new Error('no main canvas');
    await page.getByTestId('mode-box').click();
    await page.mouse.move(box.x + 5, box.y + 5);
    await page.mouse.down();
    await page.mouse.move(box.x + bounds.cssWidth / 2, box.y + bounds.cssHeight - 5, { steps: 6 });
    await page.mouse.up();
    const selection = await probe<number[]>(page, 'getSelection');
    expect(selection.length).toBeGreaterThan(2);
    expect(selection.length).toBeLessThan(count);
    await expect.poll(() => companion<number[]>(page, 'getSelection')).toEqual(selection);
    await page.waitForTimeout(300);
    image = await companionImage(page);
    const isSelected = new Set(selection);
    const colourOf = (rgb: readonly number[]): number =>
      positions.filter((p, i) => {
        const expected = isSelected.has(i);
        return expected && pixelsNear(image, Math.round(p.x), Math.round(p.y), rgb, 1) > 0;
      }).length;
    const dimOfUnselected = positions.filter(
      (p, i) => !isSelected.has(i) && pixelsNear(image, Math.round(p.x), Math.round(p.y), DIM, 1) > 0,
    ).length;
    expect(colourOf(RAMP_TOP)).toBeGreaterThan(selection.length * 0.7);
    expect(dimOfUnselected).toBeGreaterThan((count - selection.length) * 0.5);
    await page.getByTestId('mode-pan').click();
  });
  it('a cancelled second comparison leaves the first one on screen', async () => {
    await page.locator('#tool-tab-compare').click();
    const before = await page.getByTestId('compare-output').textContent();
    expect(before).toContain('100%');
    await page.getByTestId('compare-target').selectOption('method:tsne');
    await page.getByTestId('compare-start').click();
    // The second map is still being made (seconds of t-SNE): the bar and Cancel are up.
    await page.getByTestId('compare-progress').waitFor();
    expect(await page.getByTestId('compare-job').getAttribute('data-phase')).toBe('map');
    await page.getByTestId('compare-cancel').click();
    await page.getByTestId('compare-start').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('compare-output').textContent()).toBe(before);
    expect(await page.getByTestId('companion-canvas').isVisible()).toBe(true);
  });

  it('concept axes: the companion orders words along x as their dot products with the axis say', async () => {
    const mapId = (await probe<{ mapId: string }>(page, 'getNeighbors')).mapId;
    const texts = (await probe<CompanionPoints>(page, 'getPoints')).texts;
    await page.locator('#tool-tab-axes').click();
    await page.getByTestId('axis-from-0').fill('кошка');
    await page.getByTestId('axis-to-0').fill('компьютер');
    await page.getByTestId('axes-project').click();
    await page.waitForFunction(() =>
      (document.querySelector('.companion-plot h2')?.textContent ?? '').includes('компьютер'),
    );
    await waitForCompanion(page, texts.length);
    const points = await companion<CompanionPoints>(page, 'getPoints');
    // Independently: x·t − x·f = (|x − f|² − |x − t|² + |t|² − |f|²) / 2, so the order along the unit axis
    // follows |x − f|² − |x − t|², which the euclidean distances of the original space give directly.
    const f = texts.indexOf('кошка');
    const t = texts.indexOf('компьютер');
    const words = ['cat', 'dog', 'computer', 'keyboard', 'кошка', 'компьютер'].map((w) => texts.indexOf(w));
    expect(words.every((i) => i >= 0)).toBe(true);
    const indices = [f, t, ...words.filter((i) => i !== f && i !== t)];
    // The sample has fewer than MAX_NEIGHBORS (100) words, so each call lists every other item's distance.
    const distancesFrom = async (index: number): Promise<Map<number, number>> => {
      const answer = await callCore<{ neighbors: { index: number; score: number }[] }>(
        app.server.url,
        'nearestNeighbors',
        { mapId, index, k: Math.min(100, texts.length - 1), metric: 'euclidean' },
      );
      return new Map([[index, 0], ...answer.neighbors.map((n) => [n.index, n.score] as const)]);
    };
    const fromF = await distancesFrom(f);
    const fromT = await distancesFrom(t);
    const score = (item: number): number => (fromF.get(item) ?? NaN) ** 2 - (fromT.get(item) ?? NaN) ** 2;
    const expected = [...indices].sort((a, b) => score(a) - score(b));
    const shown = [...indices].sort((a, b) => (points.coords[a * 2] ?? 0) - (points.coords[b * 2] ?? 0));
    expect(shown).toEqual(expected);
  });

  it('draws an n × n heatmap of the selection with the top colour on the diagonal', async () => {
    const selection = await probe<number[]>(page, 'getSelection');
    await page.locator('#tool-tab-heatmap').click();
    const canvas = page.getByTestId('heatmap-canvas');
    await canvas.waitFor({ timeout: 30_000 });
    const cell = Number(await canvas.getAttribute('data-cell'));
    const labels = Number(await canvas.getAttribute('data-label-space'));
    const n = selection.length;
    const image = decodePng(await canvas.screenshot());
    expect(image.width).toBe(labels + cell * n);
    for (let k = 0; k < n; k++) {
      const centre = Math.floor(labels + (k + 0.5) * cell);
      expect(pixelsNear(image, centre, centre, RAMP_TOP, 0, 8)).toBe(1);
    }
    // Off the diagonal, distinct words are less than identical: not the top colour.
    const offDiagonal = Math.floor(labels + 0.5 * cell);
    expect(pixelsNear(image, Math.floor(labels + 1.5 * cell), offDiagonal, RAMP_TOP, 0, 8)).toBe(0);
  });
});
