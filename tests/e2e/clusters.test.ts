import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { StudioCore } from '../../src/core/studio-core';
import type { ClusteringResult, JobEvent } from '../../src/shared/contract';
import { StudioError } from '../../src/shared/errors';
import { openAppPage, type AppPage } from './app-page';
import { findChromium } from './chromium-path';
import {
  canvasImage,
  isolated,
  legendColours,
  probe,
  screenPoints2d,
  waitForPoints,
  type ProbeView,
} from './page-helpers';
import { colourDistance, hexToRgb, pixelAt } from './png';

const ROOT = resolve(import.meta.dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'tests', '.artifacts');
const SENTENCES = join(ROOT, 'resources', 'samples', 'sentences-ru-en.csv');
const chromiumPath = findChromium();
/** The seed every map of the app uses (workflow-state's DEFAULT_SEED), which the Clusters tool passes on. */
const APP_SEED = 42;
const TOPICS = 5;

/** Waits for one job of `core` to end and returns its last event. */
function endOf(core: StudioCore, jobId: string): Promise<JobEvent> {
  return new Promise((resolveEnd) => {
    core.onJobEvent((event) => {
      if (event.jobId === jobId && ['done', 'clusters', 'failed', 'cancelled'].includes(event.type))
        resolveEnd(event);
    });
  });
}

/**
 * The test's own answer: the same sample mapped and clustered by a core in this process, with the request the
 * UI makes (TF-IDF + SVD, seed 42, k-means with k = 5). The clustering is deterministic, so the page must
 * show exactly these clusters.
 */
async function expectedClusters(): Promise<ClusteringResult> {
  const core = new StudioCore({
    samples: {
      list: () => Promise.resolve([]),
      read: (sampleId) => Promise.reject(new StudioError('unknown-sample', `No sample "${sampleId}".`)),
    },
  });
  const preview = await core.openFile({ fileName: 'sentences-ru-en.csv', bytes: readFileSync(SENTENCES) });
  const mapJob = await core.startMap({
    datasetId: preview.datasetId,
    textColumn: 'text',
    labelColumn: 'topic',
    embedderId: 'tfidf-svd',
    method: 'pca',
    dims: 2,
    seed: APP_SEED,
  });
  const mapped = await endOf(core, mapJob.jobId);
  if (mapped.type !== 'done') throw new Error(`map ended with ${mapped.type}`);
  const clusterJob = await core.startClustering({
    mapId: mapped.result.mapId,
    method: 'kmeans',
    k: TOPICS,
    minClusterSize: 5,
    seed: APP_SEED,
  });
  const clustered = await endOf(core, clusterJob.jobId);
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
    await page.getByTestId('sample-select').selectOption('sentences-ru-en');
    await page.waitForFunction(
      () => document.querySelector<HTMLSelectElement>('[data-testid="label-column"]')?.value === 'topic',
    );
    await page.getByTestId('run-map').click();
    await waitForPoints(page, 150);
  });

  afterEach(() => {
    expect(app.consoleErrors.splice(0), 'console errors in the page').toEqual([]);
  });

  afterAll(async () => {
    await app.close();
  });

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
    const bounds = await probe<ProbeView>(page, 'getView');
    const candidates = isolated(await screenPoints2d(page), 14, bounds);
    expect(candidates.length).toBeGreaterThanOrEqual(10);
    const inColour = candidates.filter((point) => {
      const name = names[expected.labels[point.index] ?? -1] ?? '';
      return colourDistance(pixelAt(image, point.x, point.y), hexToRgb(legend.get(name) ?? '#ffffff')) <= 24;
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
