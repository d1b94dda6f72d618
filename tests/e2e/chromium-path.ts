import { existsSync } from 'node:fs';

/** Flags that make headless Chromium render WebGL on the CPU and stay off the (closed) network. */
export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * The Chromium to drive: $CHROMIUM_PATH, else Debian's. When none is found the browser tests skip with a
 * message, unless EMBEDDING_STUDIO_REQUIRE_BROWSER=1 (as in CI), where a missing browser is a failure.
 */
export function findChromium(): string | undefined {
  const configured = process.env['CHROMIUM_PATH'];
  if (configured !== undefined && configured !== '') {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH=${configured} does not exist.`);
    return configured;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found === undefined && process.env['EMBEDDING_STUDIO_REQUIRE_BROWSER'] === '1') {
    throw new Error(
      'No Chromium found (install it with `apt-get install -y chromium` or set CHROMIUM_PATH).',
    );
  }
  if (found === undefined) {
    console.warn(
      'Skipping browser tests: no Chromium found; install it (apt-get install -y chromium) or set CHROMIUM_PATH.',
    );
  }
  return found;
}
