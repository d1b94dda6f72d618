import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startCoreWorker } from '../node/core-worker-host';
import { testHooksFromEnv } from './test-hooks';
import { startWebServer } from './web-server';

/**
 * `npm run web`: serves the renderer from out/renderer and the core from a worker thread, on 127.0.0.1.
 * Flags: --port N (default: a free port), --static DIR (default: out/renderer).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: '0' }, static: { type: 'string' } },
    allowPositionals: false,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be an integer from 0 to 65535, got "${values.port}".`);
  }
  const staticDir = resolve(values.static ?? join(import.meta.dirname, '..', '..', 'out', 'renderer'));
  if (!existsSync(join(staticDir, 'index.html'))) {
    throw new Error(
      `No built renderer in ${staticDir}: run \`npm run build:renderer\` first (npm run web does it).`,
    );
  }
  // The worker runs from the TypeScript source through tsx, like this file.
  const core = startCoreWorker({ workerUrl: new URL('../node/core-worker.ts', import.meta.url) });
  const token = randomBytes(24).toString('base64url');
  const testHooks = testHooksFromEnv(process.env, core);
  const server = await startWebServer({ core, staticDir, token, port, ...(testHooks ? { testHooks } : {}) });
  console.log(`Embedding Studio is running at ${server.url}`);
  console.log('Open that URL (it carries this launch’s access token). Press Ctrl+C to stop.');
  const stop = (): void => {
    void Promise.all([server.close(), core.close()]).then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`embedding-studio web: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
