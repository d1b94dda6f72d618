import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MapQualityResult } from '../../src/shared/contract';
import { guardAppPage, openAppPage, type AppPage } from './app-page';
import { findChromium } from './chromium-path';
import { canvasImage, colourAt, isolatedPoints2d, mapSentencesSample, showsColour } from './page-helpers';
import { colourDistance } from './png';
import { sentencesInCore } from './sentences-in-core';

const ROOT = resolve(import.meta.dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'tests', '.artifacts');
const chromiumPath = findChromium();
/** The panel's default neighbourhood size. */
const K = 15;

/**
 * The test's own answer: the sample mapped as the UI maps it by a core in this process, and its quality at
 * k = 15. Both are deterministic, so the page must show these numbers.
 */
async function expectedQuality(): Promise<MapQualityResult> {
  const { core, mapId, endOf } = await sentencesInCore();
  const { jobId } = await core.startMapQuality({ mapId, k: K });
  const measured = await endOf(jobId);
  if (measured.type !== 'map-quality') throw new Error(`quality ended with ${measured.type}`);
  return measured.result;
}

describe.skipIf(chromiumPath === undefined)('map quality in a browser (npm run web)', () => {
  let app: AppPage;
  let page: Page;
  let expected: MapQualityResult;

  beforeAll(async () => {
    expected = await expectedQuality();
    app = await openAppPage(chromiumPath ?? '');
    ({ page } = app);
    await mapSentencesSample(page);
  });

  guardAppPage(() => app);

  it('computes trustworthiness, continuity and neighbours kept as the core does, each explained', async () => {
    await page.getByTestId('quality-compute').click();
    const result = page.getByTestId('quality-result');
    await expect.poll(() => result.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await page.getByTestId('quality-trustworthiness').textContent()).toContain(
      `Trustworthiness: ${expected.trustworthiness.toFixed(3)}`,
    );
    expect(await page.getByTestId('quality-continuity').textContent()).toContain(
      `Continuity: ${expected.continuity.toFixed(3)}`,
    );
    expect(await page.getByTestId('quality-preservation').textContent()).toContain(
      `Neighbours kept: ${expected.knnPreservation.toFixed(3)}`,
    );
    expect(await page.getByTestId('quality-preservation').textContent()).toContain('15 nearest neighbours');
    // A PCA of TF-IDF vectors keeps some neighbourhoods and loses others: neither perfect nor random.
    expect(expected.knnPreservation).toBeGreaterThan(0.05);
    expect(expected.knnPreservation).toBeLessThan(0.95);
  });

  it('colour by distortion shows a colour bar and recolours the points by their own score', async () => {
    await page.waitForTimeout(300);
    const before = await canvasImage(page);
    const points = await isolatedPoints2d(page, 14);
    expect(points.length).toBeGreaterThanOrEqual(10);
    await page.getByTestId('quality-colour').click();
    await expect.poll(() => page.getByTestId('color-bar').isVisible()).toBe(true);
    const bar = page.getByTestId('color-bar');
    expect(await bar.getAttribute('aria-label')).toContain(`Neighbours kept (k=${K})`);
    // The bar spans the scores as the column carries them (two decimals).
    const rounded = (score: number): string => String(Number(score.toFixed(2)));
    expect(await bar.getAttribute('data-min')).toBe(rounded(Math.min(...expected.perPoint)));
    expect(await bar.getAttribute('data-max')).toBe(rounded(Math.max(...expected.perPoint)));
    await page.waitForTimeout(300);
    const after = await canvasImage(page);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'web-quality.png'), await page.screenshot());
    const changed = points.filter((point) => !showsColour(after, point, colourAt(before, point)));
    // Items with different scores now differ in colour, so most points' centres change from the label colours.
    expect(changed.length / points.length).toBeGreaterThanOrEqual(0.5);
    // Points with the same score share a colour, points with the lowest and highest differ.
    const low = points.filter(
      (point) => (expected.perPoint[point.index] ?? -1) === Math.min(...expected.perPoint),
    );
    const high = points.filter(
      (point) => (expected.perPoint[point.index] ?? -1) === Math.max(...expected.perPoint),
    );
    if (low[0] !== undefined && high[0] !== undefined)
      expect(colourDistance(colourAt(after, low[0]), colourAt(after, high[0]))).toBeGreaterThan(40);
  });
});
