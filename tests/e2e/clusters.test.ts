import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClusteringResult } from '../../src/shared/contract';
import { guardAppPage, openAppPage, type AppPage } from './app-page';
import { findChromium } from './chromium-path';
import {
  canvasImage,
  isolatedPoints2d,
  legendColours,
  mapSentencesSample,
  showsColour,
} from './page-helpers';
import { APP_SEED, sentencesInCore } from './sentences-in-core';

const ROOT = resolve(import.meta.dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'tests', '.artifacts');
const chromiumPath = findChromium();
const TOPICS = 5;

/**
 * The test's own answer: the sample mapped and clustered by a core in this process, with the request the UI
 * makes (k-means with k = 5, the map's seed). The clustering is deterministic, so the page must show
 * exactly these clusters.
 */
async function expectedClusters(): Promise<ClusteringResult> {
  const { core, mapId, endOf } = await sentencesInCore();
  const { jobId } = await core.startClustering({
    mapId,
    method: 'kmeans',
    k: TOPICS,
    minClusterSize: 5,
    seed: APP_SEED,
  });
  const clustered = await endOf(jobId);
  if (clustered.type !== 'clusters') throw new Error(`clustering ended with ${clustered.type}`);
  return clustered.result;
}

describe.skipIf(chromiumPath === undefined)('clusters with names in a browser (npm run web)', () => {
  let app: AppPage;
  let page: Page;
  let expected: ClusteringResult;

  beforeAll(async () => {
    expected = await expectedClusters();
    app = await openAppPage(chromiumPath ?? '');
    ({ page } = app);
    await mapSentencesSample(page);
  });

  guardAppPage(() => app);

  it('runs k-means with k = the number of topics and lists the clusters with their sizes and names', async () => {
    await page.getByRole('tab', { name: 'Clusters' }).click();
    await page.getByTestId('clusters-k').fill(String(TOPICS));
    await page.getByTestId('clusters-run').click();
    await expect.poll(() => page.getByTestId('cluster-row').count(), { timeout: 30_000 }).toBe(TOPICS);
    const sizes = await page
      .getByTestId('cluster-row')
      .evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-size'))));
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(150);
    expect(sizes).toEqual(expected.clusters.map((cluster) => cluster.size));
    const names = await page
      .getByTestId('cluster-name')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(names).toEqual(expected.clusters.map((cluster) => cluster.name));
    await expect.poll(() => page.getByTestId('clusters-silhouette').textContent()).toContain('Silhouette');
  });

  it('recolours the points: each drawn in its cluster’s legend colour', async () => {
    const names = expected.clusters.map((cluster) => cluster.name);
    await expect.poll(async () => [...(await legendColours(page)).keys()].sort()).toEqual([...names].sort());
    const legend = await legendColours(page);
    // The swatches in the list are the legend's colours.
    const swatches = await page
      .getByTestId('cluster-row')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-color')));
    expect(swatches).toEqual(names.map((name) => legend.get(name)));
    await page.waitForTimeout(300);
    const image = await canvasImage(page);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'web-clusters.png'), await page.screenshot());
    const candidates = await isolatedPoints2d(page, 14);
    expect(candidates.length).toBeGreaterThanOrEqual(10);
    const inColour = candidates.filter((point) => {
      const name = names[expected.labels[point.index] ?? -1] ?? '';
      return showsColour(image, point, legend.get(name) ?? '#ffffff');
    });
    console.log(
      `clusters e2e: ${inColour.length} of ${candidates.length} isolated points in their cluster's colour`,
    );
    // Cluster-name tags and text labels may cover a few centres; nearly all must show exactly their colour.
    expect(inColour.length / candidates.length).toBeGreaterThanOrEqual(0.8);
  });

  it('renaming a cluster renames its legend entry, keeping its colour', async () => {
    const before = await legendColours(page);
    const oldName = expected.clusters[0]?.name ?? '';
    const colour = before.get(oldName);
    expect(colour).toBeDefined();
    await page.getByRole('textbox', { name: 'Name of cluster 1' }).fill('Спорт и игры');
    await expect.poll(async () => (await legendColours(page)).get('Спорт и игры')).toBe(colour);
    expect((await legendColours(page)).has(oldName)).toBe(false);
  });
});
