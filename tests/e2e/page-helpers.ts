/**
 * Reading the app's state through its read-only probe, and working out on the test's side where each point
 * must be drawn: from the 2D view bounds, or by projecting with the published 3D view-projection matrix.
 * The app never tells the test where a point is; the test computes it and checks real pixels and events there.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { colourDistance, decodePng, hexToRgb, pixelAt, type Rgba } from './png';

/** The 2D view bounds and the canvas CSS size. */
export interface ProbeView {
  left: number;
  right: number;
  bottom: number;
  top: number;
  cssWidth: number;
  cssHeight: number;
}

/** The points as the probe hands them over. */
export interface ProbePoints {
  coords: number[];
  dims: number;
  labels: (string | null)[];
  texts: string[];
}

/** A point and where the test computed it lands, in CSS pixels of the canvas. */
export interface ScreenPoint {
  readonly index: number;
  readonly x: number;
  readonly y: number;
  readonly label: string | null;
  readonly text: string;
}

type Probe = Record<string, (...args: never[]) => unknown>;

/** Calls a read-only probe method in the page. */
export async function probe<T>(page: Page, method: string): Promise<T> {
  return page.evaluate(
    (name) => (window as unknown as { embeddingStudioProbe: Probe }).embeddingStudioProbe[name]?.() as T,
    method,
  );
}

/** Waits until a frame with `count` points (or any points) has been drawn. */
export async function waitForPoints(page: Page, count?: number): Promise<void> {
  await page.waitForFunction(
    (expected) => {
      const found = (window as { embeddingStudioProbe?: { isRendered(): boolean; getPointCount(): number } })
        .embeddingStudioProbe;
      if (found === undefined || !found.isRendered()) return false;
      return expected === undefined ? found.getPointCount() > 0 : found.getPointCount() === expected;
    },
    count,
    { timeout: 60_000 },
  );
}

/** Where each point of a 2D map lands, from the data and the view bounds. */
export async function screenPoints2d(page: Page): Promise<ScreenPoint[]> {
  const bounds = await probe<ProbeView>(page, 'getView');
  const points = await probe<ProbePoints>(page, 'getPoints');
  return points.texts.map((text, index) => {
    const x = points.coords[index * points.dims] ?? 0;
    const y = points.coords[index * points.dims + 1] ?? 0;
    return {
      index,
      text,
      label: points.labels[index] ?? null,
      x: ((x - bounds.left) / (bounds.right - bounds.left)) * bounds.cssWidth,
      y: ((bounds.top - y) / (bounds.top - bounds.bottom)) * bounds.cssHeight,
    };
  });
}

/**
 * Where each point of a 3D map lands, projected here with the probe's view-projection matrix (column-major);
 * points behind the camera are left out.
 */
export async function screenPoints3d(page: Page): Promise<ScreenPoint[]> {
  const bounds = await probe<ProbeView>(page, 'getView');
  const m = await probe<number[]>(page, 'getViewProjection');
  const points = await probe<ProbePoints>(page, 'getPoints');
  const at = (i: number): number => m[i] ?? 0;
  return points.texts.flatMap((text, index) => {
    const [x, y, z] = [0, 1, 2].map((axis) => points.coords[index * points.dims + axis] ?? 0) as [
      number,
      number,
      number,
    ];
    const w = at(3) * x + at(7) * y + at(11) * z + at(15);
    if (w <= 0) return [];
    const cx = (at(0) * x + at(4) * y + at(8) * z + at(12)) / w;
    const cy = (at(1) * x + at(5) * y + at(9) * z + at(13)) / w;
    const label = points.labels[index] ?? null;
    return [
      { index, text, label, x: ((cx + 1) / 2) * bounds.cssWidth, y: ((1 - cy) / 2) * bounds.cssHeight },
    ];
  });
}

/** Points with no other point within `radius` CSS pixels and at least `radius` inside the canvas. */
export function isolated(points: readonly ScreenPoint[], radius: number, bounds: ProbeView): ScreenPoint[] {
  return points.filter(
    (point) =>
      point.x > radius &&
      point.y > radius &&
      point.x < bounds.cssWidth - radius &&
      point.y < bounds.cssHeight - radius &&
      points.every((other) => other === point || Math.hypot(other.x - point.x, other.y - point.y) > radius),
  );
}

/** The legend's colours by label (`data-label` → `data-color`). */
export async function legendColours(page: Page): Promise<Map<string, string>> {
  const entries = await page
    .locator('[data-testid="legend-entry"]')
    .evaluateAll((nodes) =>
      nodes.map(
        (node) => [node.getAttribute('data-label') ?? '', node.getAttribute('data-color') ?? ''] as const,
      ),
    );
  return new Map(entries);
}

/** A screenshot of the WebGL canvas, decoded. */
export async function canvasImage(page: Page): Promise<Rgba> {
  return decodePng(await page.locator('[data-testid="plot-canvas"]').screenshot());
}

/**
 * The canvas pixels of the frame drawn nearest to the middle of the next point transition (progress 0.5),
 * captured inside `requestAnimationFrame` right after the plot drew: a screenshot takes longer than a 600 ms
 * transition on SwiftShader, and the WebGL buffer is only readable before the frame is composited. Start it
 * before triggering the transition. Resolves with the frame and its progress, or null when no frame strictly
 * between the ends was drawn within `timeoutMs`.
 */
export async function frameDuringTransition(
  page: Page,
  timeoutMs = 60_000,
): Promise<{ image: Rgba; progress: number } | null> {
  const found = await page.evaluate(
    (timeout) =>
      new Promise<{ url: string; progress: number } | null>((resolve) => {
        const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="plot-canvas"]');
        const probe = (window as { embeddingStudioProbe?: { getTransitionProgress(): number | null } })
          .embeddingStudioProbe;
        const deadline = performance.now() + timeout;
        let best: { url: string; progress: number } | null = null;
        let started = false;
        // Registering from a timer, after the frame, puts this callback behind the plot's own in the next
        // frame: the plot draws first, then this reads the fresh drawing buffer.
        const later = (): void => {
          setTimeout(() => requestAnimationFrame(step), 0);
        };
        const step = (): void => {
          const progress = probe?.getTransitionProgress() ?? null;
          if (progress !== null) started = true;
          if (canvas !== null && progress !== null && progress > 0 && progress < 1) {
            if (best === null || Math.abs(progress - 0.5) < Math.abs(best.progress - 0.5)) {
              best = { url: canvas.toDataURL('image/png'), progress };
            }
          }
          if ((started && progress === null) || performance.now() > deadline) resolve(best);
          else later();
        };
        later();
      }),
    timeoutMs,
  );
  if (found === null) return null;
  const bytes = Buffer.from(found.url.slice(found.url.indexOf(',') + 1), 'base64');
  return { image: decodePng(bytes), progress: found.progress };
}

/** "ESB1" as a little-endian u32: the web transport's envelope (src/shared/binary-envelope.ts). */
const ENVELOPE_MAGIC = 0x31425345;

/**
 * The web transport's envelope for a JSON-only value (no typed arrays), written here independently of the
 * app's encoder: magic, JSON byte length, JSON, zero padding to a multiple of 8.
 */
export function encodeJsonEnvelope(value: unknown): Buffer {
  const json = Buffer.from(JSON.stringify(value), 'utf8');
  const out = Buffer.alloc(Math.ceil((8 + json.length) / 8) * 8);
  out.writeUInt32LE(ENVELOPE_MAGIC, 0);
  out.writeUInt32LE(json.length, 4);
  json.copy(out, 8);
  return out;
}

function decodeJsonEnvelope(bytes: Buffer): unknown {
  if (bytes.readUInt32LE(0) !== ENVELOPE_MAGIC) throw new Error('not an envelope');
  return JSON.parse(bytes.subarray(8, 8 + bytes.readUInt32LE(4)).toString('utf8'));
}

/**
 * Calls the core directly over the web server's API (as the browser's client does), so the test gets its
 * own answer to the same request the UI made.
 */
export async function callCore<T>(serverUrl: string, name: string, input: unknown): Promise<T> {
  const url = new URL(serverUrl);
  const token = url.searchParams.get('token') ?? '';
  const response = await fetch(new URL(`/api/call/${name}`, url.origin), {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: new Uint8Array(encodeJsonEnvelope(input)),
  });
  const reply = decodeJsonEnvelope(Buffer.from(await response.arrayBuffer())) as {
    ok: boolean;
    output?: T;
    error?: { code: string; message: string };
  };
  if (!reply.ok || reply.output === undefined) throw new Error(`${name} failed: ${reply.error?.message}`);
  return reply.output;
}

/** How many pixels within `radius` of (x, y) have colour `rgb` (within `tolerance` per channel). */
export function pixelsNear(
  image: Rgba,
  x: number,
  y: number,
  rgb: readonly number[],
  radius = 1,
  tolerance = 24,
): number {
  let count = 0;
  for (let dy = -radius; dy <= radius; dy++) {
    for (let dx = -radius; dx <= radius; dx++) {
      if (colourDistance(pixelAt(image, x + dx, y + dy), rgb) <= tolerance) count++;
    }
  }
  return count;
}

const REPO_ROOT = resolve(import.meta.dirname, '..', '..');

/**
 * Saves a screenshot of the page to tests/.artifacts/`name`; with `UPDATE_README_SCREENSHOT=1` it also
 * becomes docs/`docsName`, the README's picture (`UPDATE_README_SCREENSHOT=1 npm run test:e2e`).
 */
export async function saveScreenshot(page: Page, name: string, docsName: string): Promise<void> {
  const artifacts = join(REPO_ROOT, 'tests', '.artifacts');
  mkdirSync(artifacts, { recursive: true });
  const path = join(artifacts, name);
  writeFileSync(path, await page.screenshot());
  if (process.env['UPDATE_README_SCREENSHOT'] === '1') copyFileSync(path, join(REPO_ROOT, 'docs', docsName));
}

/**
 * How far (largest per-channel difference, 0–255) a point's centre pixel may be from a colour and still show
 * it: antialiasing and SwiftShader's blending move a centre pixel by a few units, never by this much.
 */
export const SAME_COLOUR = 24;

/** The pixel drawn at a point's centre. */
export function colourAt(image: Rgba, point: ScreenPoint): [number, number, number, number] {
  return pixelAt(image, point.x, point.y);
}

/** Whether the pixel at `point`'s centre shows `colour` (RGB values, or `#rrggbb`) within SAME_COLOUR. */
export function showsColour(image: Rgba, point: ScreenPoint, colour: string | readonly number[]): boolean {
  const wanted = typeof colour === 'string' ? hexToRgb(colour) : colour;
  return colourDistance(colourAt(image, point), wanted) <= SAME_COLOUR;
}

/** The points of the 2D map on screen now that have no other point within `radius` CSS pixels. */
export async function isolatedPoints2d(page: Page, radius: number): Promise<ScreenPoint[]> {
  const bounds = await probe<ProbeView>(page, 'getView');
  return isolated(await screenPoints2d(page), radius, bounds);
}

/** Waits until the `topic` column is chosen as the labels, maps with the app's defaults and waits for the points. */
async function mapWithTopicLabels(page: Page, points: number): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector<HTMLSelectElement>('[data-testid="label-column"]')?.value === 'topic',
  );
  await page.getByTestId('run-map').click();
  await waitForPoints(page, points);
}

/**
 * Picks the bundled sentences sample, waits until its topic column is chosen as the labels, and maps it with
 * the app's defaults (TF-IDF + SVD, PCA, seed 42): 150 points coloured by topic.
 */
export async function mapSentencesSample(page: Page): Promise<void> {
  await page.getByTestId('sample-select').selectOption('sentences-ru-en');
  await mapWithTopicLabels(page, 150);
}

/** Chooses a CSV with a `topic` column through the real file input and maps it: one point per row. */
export async function mapTopicCsv(page: Page, name: string, csv: string, points: number): Promise<void> {
  await page
    .getByTestId('file-input')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await mapWithTopicLabels(page, points);
}
