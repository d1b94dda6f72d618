/**
 * The plot's WebGL buffers in a real Chromium (SwiftShader): recolouring, filtering and streaming layouts
 * replace buffers rather than rewriting them in place, so every replaced buffer must be deleted. Counts the
 * page's live buffers (createBuffer minus deleteBuffer, see bufferCheck in the benchmark page) over 50
 * rounds of changes. Skipped without Chromium.
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, serveBenchPage, type ServedPage } from './bench-page-server';

/** The page's result (typed by the web project, which this one may not import). */
interface BufferCheckResult {
  readonly liveAfterFirstFrame: number;
  readonly liveAfterRounds: number[];
  readonly created: number;
  readonly deleted: number;
  readonly drawn: boolean;
}

const ROUNDS = 50;
/** Enough points for real buffers, few enough for 50 rounds of frames on SwiftShader in seconds. */
const POINTS = 5_000;

const { CHROMIUM_ARGS, findChromium } = await chromiumPath();
const executablePath = findChromium();

describe.skipIf(executablePath === undefined)('plot GPU buffers', () => {
  let browser: Browser;
  let served: ServedPage;

  beforeAll(async () => {
    served = await serveBenchPage();
    browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  }, 180_000);

  afterAll(async () => {
    await browser.close();
    served.close();
  });

  it('keeps the number of live WebGL buffers flat over 50 recolours, filters and streamed layouts', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    await page.goto(served.url);
    await page.waitForFunction(() => 'bufferCheck' in globalThis);
    const result = await page.evaluate(
      ([count, rounds]) => {
        const check = (globalThis as { bufferCheck?: (n: number, r: number) => Promise<BufferCheckResult> })
          .bufferCheck;
        if (check === undefined) throw new Error('the benchmark page did not load');
        return check(count, rounds);
      },
      [POINTS, ROUNDS] as const,
    );
    await page.close();
    expect(result.drawn).toBe(true);
    expect(result.liveAfterRounds).toHaveLength(ROUNDS);
    // Each round uploads new colour, size (every other round), state and position buffers...
    expect(result.created).toBeGreaterThanOrEqual(result.liveAfterFirstFrame + 3 * ROUNDS);
    // ...and deletes what they replace: the count after every round is the first frame's (sizes add one
    // buffer in the rounds that have them).
    for (const [round, live] of result.liveAfterRounds.entries()) {
      expect(live, `round ${round}`).toBe(result.liveAfterFirstFrame + (round % 2 === 0 ? 1 : 0));
    }
  }, 180_000);
});
