import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from './chromium-path';
import {
  callCore,
  canvasImage,
  encodeJsonEnvelope,
  frameDuringTransition,
  isolated,
  legendColours,
  pixelsNear,
  probe,
  saveScreenshot,
  screenPoints2d,
  screenPoints3d,
  waitForPoints,
  type ProbeView,
  type ScreenPoint,
} from './page-helpers';
import { colourDistance, differingPixels, hexToRgb, pixelAt, type Rgba } from './png';
import type { WebServerProcess } from './web-server-process';
import { guardAppPage, openAppPage, type AppPage } from './app-page';

const ARTIFACTS = join(resolve(import.meta.dirname, '..', '..'), 'tests', '.artifacts');
const chromiumPath = findChromium();
/** The neighbour lines' colour in the light theme (the theme's ring colour, see plot-layers.ts). */
const PLOT_THEMES_LIGHT_RING = '#1f2430';

/** What the probe says about the neighbours on screen. */
interface NeighborProbe {
  mapId: string | null;
  source: number;
  indices: number[];
}

/** Even-odd point-in-polygon, written here independently of the app's. */
function inside(polygon: readonly (readonly [number, number])[], x: number, y: number): boolean {
  let result = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i] ?? [0, 0];
    const [xj, yj] = polygon[j] ?? [0, 0];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) result = !result;
  }
  return result;
}

/** Distance from (x, y) to the polygon's outline: points within a pixel of it may fall either way. */
function edgeDistance(polygon: readonly (readonly [number, number])[], x: number, y: number): number {
  let best = Infinity;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [ax, ay] = polygon[j] ?? [0, 0];
    const [bx, by] = polygon[i] ?? [0, 0];
    const length = Math.hypot(bx - ax, by - ay) ** 2 || 1;
    const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / length));
    best = Math.min(best, Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))));
  }
  return best;
}

/** The points a shape must select: clearly inside, and those too close to its edge to call. */
function expectedInside(
  points: readonly ScreenPoint[],
  polygon: readonly (readonly [number, number])[],
): { sure: number[]; unsure: number[] } {
  const unsure = points.filter((p) => edgeDistance(polygon, p.x, p.y) < 1).map((p) => p.index);
  const sure = points
    .filter((p) => !unsure.includes(p.index) && inside(polygon, p.x, p.y))
    .map((p) => p.index);
  return { sure, unsure };
}

function expectSelection(actual: number[], expected: { sure: number[]; unsure: number[] }): void {
  expect(actual.filter((i) => !expected.unsure.includes(i))).toEqual(
    [...expected.sure].sort((a, b) => a - b),
  );
}

/** Share of `points` whose pixel shows exactly their legend colour. */
function shareInColour(image: Rgba, points: readonly ScreenPoint[], legend: Map<string, string>): number {
  const hits = points.filter(
    (p) => colourDistance(pixelAt(image, p.x, p.y), hexToRgb(legend.get(p.label ?? '') ?? '#ffffff')) <= 24,
  );
  return points.length === 0 ? 0 : hits.length / points.length;
}

describe.skipIf(chromiumPath === undefined)('plot interaction in a browser (npm run web)', () => {
  let app: AppPage;
  let server: WebServerProcess;
  let page: Page;

  const canvasBox = async (): Promise<{ x: number; y: number; width: number; height: number }> => {
    const box = await page.getByTestId('plot-canvas').boundingBox();
    if (box === null) throw new Error('no canvas');
    return box;
  };
  /** Drags through `path` (canvas CSS pixels) with the left button, in small steps like a hand would. */
  const drag = async (
    path: readonly (readonly [number, number])[],
    modifiers: ('Shift' | 'Alt')[] = [],
  ): Promise<void> => {
    const box = await canvasBox();
    const [first, ...rest] = path;
    if (first === undefined) return;
    for (const key of modifiers) await page.keyboard.down(key);
    await page.mouse.move(box.x + first[0], box.y + first[1]);
    await page.mouse.down();
    for (const [x, y] of rest) await page.mouse.move(box.x + x, box.y + y, { steps: 4 });
    await page.mouse.up();
    for (const key of modifiers) await page.keyboard.up(key);
  };

  beforeAll(async () => {
    app = await openAppPage(chromiumPath ?? '');
    ({ page, server } = app);
  });

  guardAppPage(() => app);

  it('lasso selects exactly the points inside the polygon', async () => {
    const bounds = await probe<ProbeView>(page, 'getView');
    const points = await screenPoints2d(page);
    const cx = Math.round(bounds.cssWidth / 2);
    const cy = Math.round(bounds.cssHeight / 2);
    // A concave pentagon around the middle: its notch tests the exact polygon, not its bounding box.
    const polygon = [
      [cx - 220, cy - 160],
      [cx + 200, cy - 180],
      [cx + 40, cy - 10],
      [cx + 230, cy + 170],
      [cx - 200, cy + 150],
    ] as const;
    const expected = expectedInside(points, polygon);
    expect(expected.sure.length).toBeGreaterThan(3);
    await page.getByTestId('mode-lasso').click();
    await drag([...polygon, polygon[0]]);
    expectSelection(await probe<number[]>(page, 'getSelection'), expected);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'web-lasso.png'), await page.screenshot());
    await expect
      .poll(() => page.getByTestId('selection-count').textContent())
      .toContain(`${(await probe<number[]>(page, 'getSelection')).length} selected`);
  });

  it('box-selects, shift-click adds, the panel counts per label, Escape clears', async () => {
    const points = await screenPoints2d(page);
    const bounds = await probe<ProbeView>(page, 'getView');
    const rect = [
      Math.round(bounds.cssWidth * 0.2),
      Math.round(bounds.cssHeight * 0.2),
      Math.round(bounds.cssWidth * 0.55),
      Math.round(bounds.cssHeight * 0.6),
    ] as const;
    const corners = [
      [rect[0], rect[1]],
      [rect[2], rect[1]],
      [rect[2], rect[3]],
      [rect[0], rect[3]],
    ] as const;
    const expected = expectedInside(points, corners);
    await page.getByTestId('mode-box').click();
    await drag([
      [rect[0], rect[1]],
      [rect[2], rect[3]],
    ]);
    const boxed = await probe<number[]>(page, 'getSelection');
    expectSelection(boxed, expected);
    // Shift-click an isolated point outside the box: it joins the selection.
    const extra = isolated(points, 16, bounds).find(
      (p) => !boxed.includes(p.index) && (p.x < rect[0] - 10 || p.x > rect[2] + 10),
    );
    expect(extra).toBeDefined();
    if (extra === undefined) return;
    await page.getByTestId('mode-pan').click();
    const box = await canvasBox();
    await page.keyboard.down('Shift');
    await page.mouse.click(box.x + extra.x, box.y + extra.y);
    await page.keyboard.up('Shift');
    const selection = await probe<number[]>(page, 'getSelection');
    expect(selection).toEqual([...boxed, extra.index].sort((a, b) => a - b));
    const tally = new Map<string, number>();
    for (const index of selection) {
      const label = points[index]?.label ?? '';
      tally.set(label, (tally.get(label) ?? 0) + 1);
    }
    const shown = await page
      .getByTestId('selection-label-count')
      .evaluateAll((nodes) =>
        nodes.map(
          (node) => [node.getAttribute('data-label') ?? '', Number(node.getAttribute('data-count'))] as const,
        ),
      );
    expect(new Map(shown)).toEqual(tally);
    await page.keyboard.press('Escape');
    expect(await probe<number[]>(page, 'getSelection')).toEqual([]);
    await expect.poll(() => page.getByTestId('selection-clear').isDisabled()).toBe(true);
  });

  it('search highlights exactly the matching points, counts them, and zooms to them', async () => {
    const points = await screenPoints2d(page);
    const legend = await legendColours(page);
    // Substring, case-insensitive, over texts and labels; Cyrillic folds too.
    const query = 'КА';
    const expectedSubstring = points
      .filter(
        (p) =>
          p.text.toLocaleLowerCase().includes('ка') || (p.label ?? '').toLocaleLowerCase().includes('ка'),
      )
      .map((p) => p.index);
    await page.getByTestId('search-input').fill(query);
    await expect.poll(() => probe<number[]>(page, 'getMatches')).toEqual(expectedSubstring);
    await expect
      .poll(() => page.getByTestId('search-count').textContent())
      .toContain(`${expectedSubstring.length} matches`);
    // Regex mode: compare with the same pattern run here.
    await page.getByTestId('search-regex').check();
    await page.getByTestId('search-input').fill('^[а-в]|an');
    const pattern = /^[а-в]|an/iu;
    const expected = points
      .filter((p) => pattern.test(p.text) || pattern.test(p.label ?? ''))
      .map((p) => p.index);
    expect(expected.length).toBeGreaterThan(2);
    await expect.poll(() => probe<number[]>(page, 'getMatches')).toEqual(expected);
    // Matches keep their colour at the centre; the rest turn grey.
    const bounds = await probe<ProbeView>(page, 'getView');
    const alone = isolated(points, 16, bounds);
    const image = await canvasImage(page);
    expect(
      shareInColour(
        image,
        alone.filter((p) => expected.includes(p.index)),
        legend,
      ),
    ).toBeGreaterThanOrEqual(0.9);
    expect(
      shareInColour(
        image,
        alone.filter((p) => !expected.includes(p.index)),
        legend,
      ),
    ).toBeLessThanOrEqual(0.1);
    // Zoom to matches: every match inside the canvas, and the view is tighter than the whole map.
    await page.getByTestId('search-zoom').click();
    await expect.poll(async () => (await probe<ProbeView>(page, 'getView')).right).not.toBe(bounds.right);
    const zoomed = await screenPoints2d(page);
    for (const index of expected) {
      const p = zoomed[index];
      expect(
        p !== undefined && p.x >= 0 && p.y >= 0 && p.x <= bounds.cssWidth && p.y <= bounds.cssHeight,
        p?.text,
      ).toBe(true);
    }
    // The keyboard's way into the selection: select the matches.
    await page.getByTestId('search-select').click();
    expect(await probe<number[]>(page, 'getSelection')).toEqual(expected);
    await page.getByTestId('selection-clear').click();
    // Enter goes to the first match and names it.
    await page.getByTestId('search-input').press('Enter');
    await expect
      .poll(() => page.getByTestId('search-current').textContent())
      .toContain(points[expected[0] ?? 0]?.text ?? '');
    // An invalid pattern says so and matches nothing.
    await page.getByTestId('search-input').fill('(unclosed');
    await expect
      .poll(() => page.getByTestId('search-error').textContent())
      .toMatch(/Invalid regular expression/);
    expect(await probe<number[]>(page, 'getMatches')).toEqual([]);
    await page.getByTestId('search-regex').uncheck();
    await page.getByTestId('search-input').fill('');
    await page.getByTestId('reset-view').click();
  });

  it('hides a category from the legend (pixels, hover) and brings it back', async () => {
    const legend = await legendColours(page);
    const [label, colour] = [...legend.entries()][0] ?? ['', '#000000'];
    const bounds = await probe<ProbeView>(page, 'getView');
    const ofLabel = isolated(await screenPoints2d(page), 16, bounds).filter((p) => p.label === label);
    expect(ofLabel.length).toBeGreaterThan(0);
    const shown = await canvasImage(page);
    expect(shareInColour(shown, ofLabel, legend)).toBeGreaterThanOrEqual(0.9);
    const entry = page.locator(`[data-testid="legend-entry"][data-label="${label}"]`);
    await entry.getByTestId('legend-toggle').click();
    await expect.poll(() => probe<string[]>(page, 'getHiddenLabels')).toEqual([label]);
    await expect.poll(async () => shareInColour(await canvasImage(page), ofLabel, legend)).toBe(0);
    const rgb = hexToRgb(colour);
    const hidden = await canvasImage(page);
    for (const p of ofLabel) expect(colourDistance(pixelAt(hidden, p.x, p.y), rgb)).toBeGreaterThan(24);
    // No tooltip over a hidden point.
    const box = await canvasBox();
    const target = ofLabel[0];
    if (target === undefined) return;
    await page.mouse.move(box.x + target.x, box.y + target.y);
    await page.waitForTimeout(100);
    expect(await page.getByTestId('tooltip').count()).toBe(0);
    // "only" isolates another entry, "Show all" restores everything.
    await page.locator('[data-testid="legend-only"]').nth(1).click();
    await expect
      .poll(async () => (await probe<string[]>(page, 'getHiddenLabels')).length)
      .toBe(legend.size - 1);
    await page.getByTestId('legend-show-all').click();
    await expect.poll(() => probe<string[]>(page, 'getHiddenLabels')).toEqual([]);
    await expect
      .poll(async () => shareInColour(await canvasImage(page), ofLabel, legend))
      .toBeGreaterThanOrEqual(0.9);
    await page.mouse.move(box.x + 2, box.y + 2);
  });

  it('switches to the dark theme, the plot background follows, and the choice is kept', async () => {
    await page.getByTestId('theme-toggle').click();
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark');
    await expect
      .poll(async () => colourDistance(pixelAt(await canvasImage(page), 2, 2), hexToRgb('#2a2e37')))
      .toBeLessThanOrEqual(2);
    expect(await page.evaluate(() => localStorage.getItem('embedding-studio.theme'))).toBe('dark');
    await page.getByTestId('theme-toggle').click();
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('light');
  });

  it('lists a clicked point’s nearest neighbours as the core computes them, and draws lines to them', async () => {
    const bounds = await probe<ProbeView>(page, 'getView');
    const points = await screenPoints2d(page);
    const source = isolated(points, 16, bounds)[0];
    if (source === undefined) throw new Error('no isolated point to click');
    const box = await canvasBox();
    await page.mouse.click(box.x + source.x, box.y + source.y);
    await expect.poll(async () => (await probe<NeighborProbe>(page, 'getNeighbors')).indices.length).toBe(10);
    const shown = await probe<NeighborProbe>(page, 'getNeighbors');
    expect(shown.source).toBe(source.index);
    if (shown.mapId === null) throw new Error('no finished map');
    const expected = await callCore<{ neighbors: { index: number; score: number }[] }>(
      server.url,
      'nearestNeighbors',
      { mapId: shown.mapId, index: source.index, k: 10, metric: 'cosine' },
    );
    const listed = await page
      .getByTestId('neighbor')
      .evaluateAll((nodes) => nodes.map((node) => Number(node.getAttribute('data-index'))));
    expect(listed).toEqual(expected.neighbors.map((n) => n.index));
    const scores = await page
      .getByTestId('neighbor-score')
      .evaluateAll((nodes) => nodes.map((node) => Number(node.getAttribute('data-score'))));
    expect(scores).toEqual(expected.neighbors.map((n) => n.score));
    // A line runs from the point to each neighbour: sample each segment away from every point's disc.
    const image = await canvasImage(page);
    const ink = hexToRgb(PLOT_THEMES_LIGHT_RING);
    let samples = 0;
    let onLine = 0;
    for (const n of expected.neighbors) {
      const target = points[n.index];
      if (target === undefined) continue;
      for (let t = 0.2; t <= 0.8; t += 0.1) {
        const x = source.x + (target.x - source.x) * t;
        const y = source.y + (target.y - source.y) * t;
        if (points.some((p) => Math.hypot(p.x - x, p.y - y) < 8)) continue;
        samples++;
        if (pixelsNear(image, x, y, ink) > 0) onLine++;
      }
    }
    expect(samples).toBeGreaterThan(5);
    expect(onLine / samples).toBeGreaterThanOrEqual(0.9);
    await saveScreenshot(page, 'web-2d-neighbours.png', 'screenshot-2d.png');
    // Euclidean distance: the list follows, and matches the core's own answer again.
    await page.getByTestId('neighbors-metric').selectOption('euclidean');
    const euclidean = await callCore<{ neighbors: { index: number }[] }>(server.url, 'nearestNeighbors', {
      mapId: shown.mapId,
      index: source.index,
      k: 10,
      metric: 'euclidean',
    });
    await expect
      .poll(() =>
        page
          .getByTestId('neighbor')
          .evaluateAll((nodes) => nodes.map((node) => Number(node.getAttribute('data-index')))),
      )
      .toEqual(euclidean.neighbors.map((n) => n.index));
    // k is adjustable.
    await page.getByTestId('neighbors-k').fill('3');
    await expect.poll(() => page.getByTestId('neighbor').count()).toBe(3);
    // A map the core no longer keeps: the translated message, not a crash.
    await page.route('**/api/call/nearestNeighbors', (route) =>
      route.fulfill({
        status: 200,
        body: encodeJsonEnvelope({
          ok: false,
          error: { code: 'unknown-map', message: 'map m-old is not kept' },
        }),
      }),
    );
    await page.getByTestId('neighbors-k').fill('4');
    await expect
      .poll(() => page.getByTestId('neighbors-error').textContent())
      .toContain('no longer kept in memory');
    await page.unroute('**/api/call/nearestNeighbors');
    await page.getByTestId('neighbors-close').click();
    await expect.poll(() => page.getByTestId('neighbors-panel').count()).toBe(0);
    await page.keyboard.press('Escape');
  });

  it('maps in 3D with an animation from the 2D positions, renders in legend colours and rotates', async () => {
    // The sentence sample spreads out in 3D (the word sample's TF-IDF map is one tight cluster and a few strays).
    await page.getByTestId('sample-select').selectOption('sentences-ru-en');
    await page.getByTestId('run-map').click();
    await waitForPoints(page, 150);
    const transitionEnded = (): Promise<unknown> =>
      page.waitForFunction(
        () =>
          (
            window as { embeddingStudioProbe?: { getTransitionProgress(): number | null } }
          ).embeddingStudioProbe?.getTransitionProgress() === null,
      );
    const switchTo = async (dims: '2' | '3'): Promise<Awaited<ReturnType<typeof frameDuringTransition>>> => {
      const midway = frameDuringTransition(page);
      await page.getByTestId('dims-select').selectOption(dims);
      const frame = await midway;
      await transitionEnded();
      return frame;
    };
    const nearMiddle = (frame: { progress: number } | null): boolean =>
      frame !== null && frame.progress > 0.1 && frame.progress < 0.9;
    // The move lasts 600 ms; on a loaded machine two frames may straddle most of it, so a switch whose frames
    // all missed the middle is undone and tried again (at most three times).
    let before = await canvasImage(page);
    let middle = await switchTo('3');
    for (let attempt = 1; attempt < 3 && !nearMiddle(middle); attempt++) {
      await switchTo('2');
      before = await canvasImage(page);
      middle = await switchTo('3');
    }
    await page.waitForFunction(
      () =>
        (window as { embeddingStudioProbe?: { getMode(): string } }).embeddingStudioProbe?.getMode() === '3d',
      undefined,
      { timeout: 60_000 },
    );
    const after = await canvasImage(page);
    mkdirSync(ARTIFACTS, { recursive: true });
    await saveScreenshot(page, 'web-3d.png', 'screenshot-3d.png');
    // A frame taken while the points move differs from the frame before and the frame after.
    if (middle === null) throw new Error('no frame captured while the points moved');
    // The frame nearest the middle of the move: on a loaded machine frames may be far apart.
    expect(middle.progress).toBeGreaterThan(0.1);
    expect(middle.progress).toBeLessThan(0.9);
    expect(differingPixels(middle.image, before)).toBeGreaterThan(200);
    expect(differingPixels(middle.image, after)).toBeGreaterThan(200);
    await page.getByTestId('depth-cues-toggle').click();
    await waitForPoints(page);
    // Without depth cues every point is drawn in its exact legend colour where the matrix projects it.
    const legend = await legendColours(page);
    const bounds = await probe<ProbeView>(page, 'getView');
    const check = async (): Promise<number> => {
      const alone = isolated(await screenPoints3d(page), 12, bounds);
      expect(alone.length).toBeGreaterThanOrEqual(6);
      return shareInColour(await canvasImage(page), alone, legend);
    };
    expect(await check()).toBeGreaterThanOrEqual(0.85);
    // Dragging rotates: the matrix and the picture change, and the points are still where it says.
    const matrix = await probe<number[]>(page, 'getViewProjection');
    const still = await canvasImage(page);
    await drag([
      [300, 300],
      [420, 330],
    ]);
    const turned = await probe<number[]>(page, 'getViewProjection');
    expect(turned.some((value, i) => Math.abs(value - (matrix[i] ?? 0)) > 1e-3)).toBe(true);
    expect(differingPixels(await canvasImage(page), still)).toBeGreaterThan(200);
    expect(await check()).toBeGreaterThanOrEqual(0.85);
    // Hover picks by screen projection.
    const target = isolated(await screenPoints3d(page), 20, bounds)[0];
    if (target === undefined) return;
    const box = await canvasBox();
    await page.mouse.move(box.x + target.x, box.y + target.y);
    await expect.poll(() => page.getByTestId('tooltip').textContent()).toContain(target.text);
    await page.mouse.move(box.x + 2, box.y + 2);
    // Orthographic: the matrix loses its perspective row (w no longer depends on depth), after an animation.
    const toParallel = frameDuringTransition(page);
    await page.getByTestId('projection-select').selectOption('orthographic');
    expect(await toParallel).not.toBeNull();
    const parallel = await probe<number[]>(page, 'getViewProjection');
    for (const i of [3, 7, 11]) expect(Math.abs(parallel[i] ?? 1)).toBeLessThan(1e-9);
    expect(await check()).toBeGreaterThanOrEqual(0.85);
    // And back to 2D, animated too.
    const toFlat = frameDuringTransition(page);
    await page.getByTestId('dims-select').selectOption('2');
    expect(await toFlat).not.toBeNull();
    await expect.poll(() => probe<string>(page, 'getMode')).toBe('2d');
  });
});
