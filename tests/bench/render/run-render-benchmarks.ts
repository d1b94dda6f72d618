/**
 * `npm run bench:render`: time to first frame, median pan/zoom frame time, hover pick and lasso at 100,000
 * and 1,000,000 points, for our plot controller, a plain three.js `Points` (default PointsMaterial) and
 * regl-scatterplot, in one headless Chromium run. WebGL runs on SwiftShader (the CPU) here, so the ratios to
 * the three.js baseline are what to read, not the milliseconds.
 *
 * The page (tests/renderer/plot/render-bench-page, typed with the renderer) is built with Vite's API into a
 * temporary folder: a small self-contained page imports
 * the plot modules directly, so the benchmark needs no test hook in the app and measures only the plot.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { pathToFileURL } from 'node:url';

/** What one renderer measured at one size (the page's BenchResult: the page is typed by the web project). */
interface BenchResult {
  readonly firstFrameMs: number;
  readonly frameMs: number;
  readonly pickMs: number;
  readonly lassoMs: number;
  readonly selected: number;
  readonly colorChangeMs?: number;
  readonly filterChangeMs?: number;
  readonly streamLongestTaskMs?: number;
  readonly streamLongestCallMs?: number;
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
/** One renderer at one size may take this long on SwiftShader before it counts as failed (ms). */
const CASE_TIMEOUT_MS = 300_000;

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

function serve(root: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(root, path === '/' ? 'index.html' : path);
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      done({ server, url: `http://127.0.0.1:${port}/` });
    });
  });
}

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
function printTargets(count: number, results: Partial<Record<RendererName, BenchResult | string>>): void {
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
      `lasso ${format(ours.lassoMs)} ms (≤ 50), colour change ${format(ours.colorChangeMs ?? NaN)} ms, ` +
      `filter change ${format(ours.filterChangeMs ?? NaN)} ms (≤ 100, main thread); while layouts stream, ` +
      `longest plot call ${format(ours.streamLongestCallMs ?? NaN)} ms and longest task ` +
      `${format(ours.streamLongestTaskMs ?? NaN)} ms (none over 50; a task includes waits for SwiftShader)`,
  );
}

/** The e2e tests' browser lookup and launch flags (tests/e2e/chromium-path.ts). */
interface ChromiumPath {
  readonly CHROMIUM_ARGS: readonly string[];
  readonly findChromium: () => string | undefined;
}

/**
 * Loaded at run time: the e2e folder is its own TypeScript project, which this one may not import from, and
 * the flags must stay the tests' own (one list, not a copy).
 */
async function chromiumPath(): Promise<ChromiumPath> {
  const file = resolve(import.meta.dirname, '..', '..', 'e2e', 'chromium-path.ts');
  return (await import(pathToFileURL(file).href)) as ChromiumPath;
}

async function main(): Promise<void> {
  const { CHROMIUM_ARGS, findChromium } = await chromiumPath();
  const executablePath = findChromium();
  if (executablePath === undefined) {
    console.log('bench:render skipped: no Chromium (apt-get install -y chromium, or set CHROMIUM_PATH).');
    return;
  }
  const here = import.meta.dirname;
  const outDir = mkdtempSync(join(tmpdir(), 'es-render-bench-'));
  await build({
    root: resolve(here, '..', '..', 'renderer', 'plot', 'render-bench-page'),
    base: './',
    logLevel: 'warn',
    configFile: false,
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  const { server, url } = await serve(outDir);
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  try {
    const only = process.env['BENCH_RENDER_SIZES']?.split(',').map(Number);
    const renderers = process.env['BENCH_RENDER_ONLY']?.split(',') ?? RENDERERS;
    for (const count of only ?? SIZES) {
      const results: Partial<Record<RendererName, BenchResult | string>> = {};
      for (const name of RENDERERS.filter((r) => renderers.includes(r))) {
        // A fresh page per case: one renderer's garbage and GPU memory never slow the next.
        const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
        page.setDefaultTimeout(CASE_TIMEOUT_MS);
        page.on('console', (message) => {
          console.log(`  [${name}] ${message.text()}`);
        });
        try {
          await page.goto(url);
          await page.waitForFunction(() => 'renderBench' in globalThis);
          results[name] = await page.evaluate(
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
          await page.close();
        }
        console.log(`${name} at ${count}: ${JSON.stringify(results[name])}`);
      }
      printTable(count, results);
      printTargets(count, results);
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

await main();
