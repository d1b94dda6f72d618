/**
 * Builds the render benchmark page (tests/renderer/plot/render-bench-page, which imports the plot modules
 * directly) with Vite's API into a temporary folder and serves it on a local port, for the benchmark and
 * for the GPU buffer check that drive it in Chromium.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** The served page: its address, and `close` to stop serving and delete the build. */
export interface ServedPage {
  readonly url: string;
  readonly close: () => void;
}

/** Builds the page and serves it from 127.0.0.1 on a free port. */
export async function serveBenchPage(): Promise<ServedPage> {
  const outDir = mkdtempSync(join(tmpdir(), 'es-render-bench-'));
  await build({
    root: resolve(import.meta.dirname, '..', '..', 'renderer', 'plot', 'render-bench-page'),
    base: './',
    logLevel: 'warn',
    configFile: false,
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(outDir, path === '/' ? 'index.html' : path);
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  const port = await new Promise<number>((done) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done(typeof address === 'object' && address !== null ? address.port : 0);
    });
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => {
      server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** The e2e tests' browser lookup and launch flags (tests/e2e/chromium-path.ts). */
export interface ChromiumPath {
  readonly CHROMIUM_ARGS: readonly string[];
  readonly findChromium: () => string | undefined;
}

/**
 * Loaded at run time: the e2e folder is its own TypeScript project, which this one may not import from, and
 * the flags must stay the tests' own (one list, not a copy).
 */
export async function chromiumPath(): Promise<ChromiumPath> {
  const file = resolve(import.meta.dirname, '..', '..', 'e2e', 'chromium-path.ts');
  return (await import(pathToFileURL(file).href)) as ChromiumPath;
}
