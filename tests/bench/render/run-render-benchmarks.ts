/**
 * `npm run bench:render`: time to first frame, median pan/zoom frame time, hover pick and lasso at 100,000
 * and 1,000,000 points, for our plot controller, a plain three.js `Points` (default PointsMaterial) and
 * regl-scatterplot, in one headless Chromium run. WebGL runs on SwiftShader (the CPU) here, so the ratios to
 * the three.js baseline are what to read, not the milliseconds.
 *
 * The page (tests/renderer/plot/render-bench-page, typed with the renderer; see bench-page-server.ts) imports
 * the plot modules directly, so the benchmark needs no test hook in the app and measures only the plot.
 */
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { chromiumPath, serveBenchPage } from './bench-page-server';
import { describeTasks, longestTasks, type TaskBreakdown, type TraceEvent } from './trace-tasks';

/** What one renderer measured at one size (the page's BenchResult: the page is typed by the web project). */
interface BenchResult {
  readonly firstFrameMs: number;
  readonly frameMs: number;
  readonly pickMs: number;
  readonly lassoMs: number;
  readonly selected: number;
  readonly lassoMinMs?: number;
  readonly colorChangeMs?: number;
  readonly filterChangeMs?: number;
  readonly hiddenLabelsAfterFilter?: number;
  readonly streamLongestTaskMs?: number;
  readonly streamLongestCallMs?: number;
  readonly labelsAfterStream?: number;
  readonly rest3dLongestCallMs?: number;
  readonly rest3dLongestTaskMs?: number;
  readonly labels3d?: number;
}

/** The page's entry points (see tests/renderer/plot/render-bench-page/bench-page.ts). */
type RenderBench = Record<string, (count: number) => Promise<BenchResult>>;

const SIZES = [100_000, 1_000_000];
const RENDERERS = ['three', 'ours', 'regl', 'regl4'] as const;
type RendererName = (typeof RENDERERS)[number];
const LABELS: Record<RendererName, string> = {
  three: 'three.js Points, 1 px (baseline)',
  ours: 'Embedding Studio, 8 px discs',
  regl: 'regl-scatterplot, 8 px (same drawing)',
  regl4: 'regl-scatterplot, 4 px',
};
/**
 * What the trace of the streaming phase records: every task of the page's main thread and the script, GC,
 * painting and GPU-client events inside them (enough to name what made a task long, light enough for a few
 * seconds at a million points).
 */
const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.gc',
  'gpu',
];
/** The longest tasks of the streaming phase that the benchmark breaks down. */
const TRACED_TASKS = 3;

/** One renderer at one size may take this long on SwiftShader before it counts as failed (ms). */
const CASE_TIMEOUT_MS = 300_000;

function format(value: number, digits = 1): string {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}

function ratio(value: number, base: number): string {
  return Number.isFinite(value) && Number.isFinite(base) && base > 0
    ? `${(value / base).toFixed(2)}×`
    : 'n/a';
}

function printTable(count: number, results: Partial<Record<RendererName, BenchResult | string>>): void {
  const base = results.three;
  const baseline = typeof base === 'object' ? base : undefined;
  console.log(`\n${count.toLocaleString('en')} points`);
  console.log(
    '| renderer | first frame ms (× base) | frame ms (× base) | hover pick ms | lasso ms (selected) |',
  );
  console.log('|---|---|---|---|---|');
  for (const name of RENDERERS) {
    const result = results[name];
    if (result === undefined) continue;
    if (typeof result === 'string') {
      console.log(`| ${LABELS[name]} | failed: ${result} | | | |`);
      continue;
    }
    console.log(
      `| ${LABELS[name]} | ${format(result.firstFrameMs, 0)} (${ratio(result.firstFrameMs, baseline?.firstFrameMs ?? NaN)}) | ` +
        `${format(result.frameMs)} (${ratio(result.frameMs, baseline?.frameMs ?? NaN)}) | ${format(result.pickMs, 3)} | ` +
        `${format(result.lassoMs)} (${result.selected}) |`,
    );
  }
}

/** Ours against the peers and the targets, as ratios measured in this run. */
function printTargets(
  count: number,
  results: Partial<Record<RendererName, BenchResult | string>>,
  traced: readonly TaskBreakdown[],
): void {
  const ours = results.ours;
  if (typeof ours !== 'object') return;
  const peer = (name: RendererName): BenchResult | undefined => {
    const result = results[name];
    return typeof result === 'object' ? result : undefined;
  };
  const frames = RENDERERS.filter((name) => name !== 'ours')
    .map((name) => `${name} ${ratio(ours.frameMs, peer(name)?.frameMs ?? NaN)}`)
    .join(', ');
  const firsts = RENDERERS.filter((name) => name !== 'ours')
    .map((name) => `${name} ${ratio(ours.firstFrameMs, peer(name)?.firstFrameMs ?? NaN)}`)
    .join(', ');
  console.log(`ours / peer, pan frame: ${frames}; first frame: ${firsts}`);
  console.log(
    `ours at ${count.toLocaleString('en')}: hover pick ${format(ours.pickMs, 3)} ms (target ≤ 4), ` +
      `lasso ${format(ours.lassoMs)} ms (≤ 50; fastest ${format(ours.lassoMinMs ?? NaN)}), colour change ${format(ours.colorChangeMs ?? NaN)} ms, ` +
      `filter change ${format(ours.filterChangeMs ?? NaN)} ms (≤ 100, main thread; labels of hidden points ` +
      `on its first frame: ${ours.hiddenLabelsAfterFilter ?? 'n/a'}); while layouts stream, ` +
      `longest plot call ${format(ours.streamLongestCallMs ?? NaN)} ms and longest task ` +
      `${format(ours.streamLongestTaskMs ?? NaN)} ms (none over 50; a task includes waits for SwiftShader), ` +
      `of which on the main thread's CPU ${format(traced[0]?.cpuMs ?? NaN)} ms (trace), ` +
      `${ours.labelsAfterStream ?? 'n/a'} labels on screen once settled`,
  );
  console.log(
    `ours at ${count.toLocaleString('en')} in 3D, camera turned then resting until ${ours.labels3d ?? 'n/a'} ` +
      `labels showed: longest plot call ${format(ours.rest3dLongestCallMs ?? NaN)} ms, longest task ` +
      `${format(ours.rest3dLongestTaskMs ?? NaN)} ms`,
  );
  console.log(`longest main-thread tasks while layouts stream (trace, self ms by event):`);
  for (const line of describeTasks(traced)) console.log(`  ${line}`);
}

/**
 * Lets the page start and stop a Chrome trace around the phase it wants explained (`benchTrace('start' |
 * 'stop')`); after 'stop', `traced` holds the breakdown of the longest main-thread tasks.
 */
async function exposeTracing(browser: Browser, tab: Page, traced: TaskBreakdown[]): Promise<void> {
  await tab.exposeFunction('benchTrace', async (phase: string) => {
    if (phase === 'start') {
      await browser.startTracing(undefined, { categories: TRACE_CATEGORIES });
      return;
    }
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
      traceEvents?: TraceEvent[];
    };
    traced.splice(0, traced.length, ...longestTasks(trace.traceEvents ?? [], TRACED_TASKS));
  });
}

/**
 * Every renderer lassoes the same region of the data (mapped to its own screen), so each must select the
 * same points: a lasso time means nothing for a renderer that selected something else. A mismatch fails
 * the run.
 */
function checkSelections(count: number, results: Partial<Record<RendererName, BenchResult | string>>): void {
  const counts = RENDERERS.flatMap((name) => {
    const result = results[name];
    return typeof result === 'object' ? [`${name} ${result.selected}`] : [];
  });
  const distinct = new Set(counts.map((entry) => entry.split(' ')[1]));
  const verdict = distinct.size <= 1 ? 'all equal' : 'MISMATCH';
  console.log(`lasso at ${count.toLocaleString('en')}, points selected: ${counts.join(', ')} (${verdict})`);
  if (distinct.size > 1) process.exitCode = 1;
}

async function main(): Promise<void> {
  const { CHROMIUM_ARGS, findChromium } = await chromiumPath();
  const executablePath = findChromium();
  if (executablePath === undefined) {
    console.log('bench:render skipped: no Chromium (apt-get install -y chromium, or set CHROMIUM_PATH).');
    return;
  }
  const page = await serveBenchPage();
  const { url } = page;
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  try {
    const only = process.env['BENCH_RENDER_SIZES']?.split(',').map(Number);
    const renderers = process.env['BENCH_RENDER_ONLY']?.split(',') ?? RENDERERS;
    for (const count of only ?? SIZES) {
      const results: Partial<Record<RendererName, BenchResult | string>> = {};
      const traced: TaskBreakdown[] = [];
      for (const name of RENDERERS.filter((r) => renderers.includes(r))) {
        // A fresh page per case: one renderer's garbage and GPU memory never slow the next.
        const tab = await browser.newPage({ viewport: { width: 1000, height: 700 } });
        tab.setDefaultTimeout(CASE_TIMEOUT_MS);
        tab.on('console', (message) => {
          console.log(`  [${name}] ${message.text()}`);
        });
        try {
          if (name === 'ours') await exposeTracing(browser, tab, traced);
          await tab.goto(url);
          await tab.waitForFunction(() => 'renderBench' in globalThis);
          results[name] = await tab.evaluate(
            ([renderer, n]) => {
              const bench = (globalThis as { renderBench?: RenderBench }).renderBench?.[renderer];
              if (bench === undefined) throw new Error('the benchmark page did not load');
              return bench(n);
            },
            [name, count] as const,
          );
        } catch (error) {
          results[name] = error instanceof Error ? (error.message.split('\n')[0] ?? 'error') : String(error);
        } finally {
          await tab.close();
        }
        console.log(`${name} at ${count}: ${JSON.stringify(results[name])}`);
      }
      printTable(count, results);
      printTargets(count, results, traced);
      checkSelections(count, results);
    }
  } finally {
    await browser.close();
    page.close();
  }
}

await main();
